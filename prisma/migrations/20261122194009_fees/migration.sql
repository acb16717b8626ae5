-- CreateTable
CREATE TABLE "FeeItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "collector" TEXT NOT NULL,
    "collectorName" TEXT NOT NULL,
    "billingUnit" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeeItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeePrice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "feeItemId" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "basisDocument" TEXT NOT NULL,
    "basisAuthority" TEXT NOT NULL,
    "approvedOn" TEXT NOT NULL,
    "residentsDecision" TEXT,
    "subsidyPerUnit" INTEGER,
    "subsidySource" TEXT,
    "subsidyEndsOn" TEXT,
    "consultationFrom" TEXT,
    "consultationTo" TEXT,
    "opinionsSummary" TEXT,
    "consultationResponse" TEXT,
    "disclosureId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeePrice_feeItemId_fkey" FOREIGN KEY ("feeItemId") REFERENCES "FeeItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FeePrice_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeePriceTier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "priceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "upTo" INTEGER,
    "unitPrice" INTEGER NOT NULL,
    CONSTRAINT "FeePriceTier_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "FeePrice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeeCollection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "feeItemId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "building" TEXT,
    "householdsBilled" INTEGER NOT NULL,
    "householdsPaid" INTEGER NOT NULL,
    "householdsInArrears" INTEGER NOT NULL,
    "amountDue" INTEGER NOT NULL,
    "amountCollected" INTEGER NOT NULL,
    "note" TEXT,
    "disclosureId" TEXT NOT NULL,
    CONSTRAINT "FeeCollection_feeItemId_fkey" FOREIGN KEY ("feeItemId") REFERENCES "FeeItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FeeCollection_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FeeItem_communityId_code_key" ON "FeeItem"("communityId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "FeePrice_disclosureId_key" ON "FeePrice"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "FeePrice_feeItemId_effectiveFrom_key" ON "FeePrice"("feeItemId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "FeePriceTier_priceId_position_key" ON "FeePriceTier"("priceId", "position");

-- CreateIndex
CREATE INDEX "FeeCollection_feeItemId_month_idx" ON "FeeCollection"("feeItemId", "month");

-- CreateIndex
CREATE INDEX "FeeCollection_disclosureId_idx" ON "FeeCollection"("disclosureId");
