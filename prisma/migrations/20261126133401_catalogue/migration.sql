-- CreateTable
CREATE TABLE "CatalogueItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT,
    "communityId" TEXT,
    "name" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "dueAnchor" TEXT NOT NULL DEFAULT 'PERIOD_END',
    "dueDays" INTEGER NOT NULL,
    "responsible" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'DISCLOSURE',
    "effectiveFrom" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByName" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "retiredByName" TEXT,
    "retirementReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CatalogueItem_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CatalogueItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CatalogueItem_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "DisclosureCategory" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogueSuspension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "startedByName" TEXT NOT NULL,
    "endedAt" DATETIME,
    "endedByName" TEXT,
    "endReason" TEXT,
    CONSTRAINT "CatalogueSuspension_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CatalogueSuspension_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Disclosure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "categoryCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "periodKind" TEXT,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "publishedAt" DATETIME,
    "publishedById" TEXT,
    "publisherName" TEXT,
    "contentHash" TEXT,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "withdrawnAt" DATETIME,
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "catalogueItemId" TEXT,
    CONSTRAINT "Disclosure_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "DisclosureCategory" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Disclosure_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Disclosure_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Disclosure_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Disclosure" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Disclosure_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Disclosure_catalogueItemId_fkey" FOREIGN KEY ("catalogueItemId") REFERENCES "CatalogueItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Disclosure" ("body", "categoryCode", "contentHash", "correctionReason", "correctsId", "createdAt", "createdById", "id", "isSample", "periodEnd", "periodKind", "periodStart", "publishedAt", "publishedById", "publisherName", "status", "title", "updatedAt", "withdrawalReason", "withdrawnAt", "withdrawnById") SELECT "body", "categoryCode", "contentHash", "correctionReason", "correctsId", "createdAt", "createdById", "id", "isSample", "periodEnd", "periodKind", "periodStart", "publishedAt", "publishedById", "publisherName", "status", "title", "updatedAt", "withdrawalReason", "withdrawnAt", "withdrawnById" FROM "Disclosure";
DROP TABLE "Disclosure";
ALTER TABLE "new_Disclosure" RENAME TO "Disclosure";
CREATE UNIQUE INDEX "Disclosure_correctsId_key" ON "Disclosure"("correctsId");
CREATE INDEX "Disclosure_status_publishedAt_idx" ON "Disclosure"("status", "publishedAt");
CREATE INDEX "Disclosure_catalogueItemId_idx" ON "Disclosure"("catalogueItemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CatalogueItem_countyId_idx" ON "CatalogueItem"("countyId");

-- CreateIndex
CREATE INDEX "CatalogueItem_communityId_idx" ON "CatalogueItem"("communityId");

-- CreateIndex
CREATE INDEX "CatalogueSuspension_communityId_idx" ON "CatalogueSuspension"("communityId");

-- CreateIndex
CREATE INDEX "CatalogueSuspension_itemId_idx" ON "CatalogueSuspension"("itemId");
