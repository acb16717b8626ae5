-- CreateTable
CREATE TABLE "FundedProject" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "funderKind" TEXT NOT NULL,
    "funderName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "catalogueItemId" TEXT,
    CONSTRAINT "FundedProject_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FundedProject_catalogueItemId_fkey" FOREIGN KEY ("catalogueItemId") REFERENCES "CatalogueItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectStage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "amount" INTEGER,
    "percentComplete" INTEGER,
    "method" TEXT,
    "party" TEXT,
    "result" TEXT,
    "note" TEXT,
    "disclosureId" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "ProjectStage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProjectStage_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProjectStage_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "ProjectStage" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectEntryLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "ProjectEntryLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProjectEntryLink_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectPhoto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "takenOn" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "ProjectPhoto_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FundedProject_communityId_idx" ON "FundedProject"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStage_disclosureId_key" ON "ProjectStage"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStage_correctsId_key" ON "ProjectStage"("correctsId");

-- CreateIndex
CREATE INDEX "ProjectStage_projectId_idx" ON "ProjectStage"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectEntryLink_entryId_key" ON "ProjectEntryLink"("entryId");

-- CreateIndex
CREATE INDEX "ProjectEntryLink_projectId_idx" ON "ProjectEntryLink"("projectId");

-- CreateIndex
CREATE INDEX "ProjectPhoto_projectId_idx" ON "ProjectPhoto"("projectId");
