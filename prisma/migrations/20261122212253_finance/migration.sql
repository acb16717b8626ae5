-- CreateTable
CREATE TABLE "LedgerCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "assetIncome" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" DATETIME,
    CONSTRAINT "LedgerCategory_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FinancePeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "openingBalance" INTEGER NOT NULL,
    "incomeTotal" INTEGER,
    "expenseTotal" INTEGER,
    "closingBalance" INTEGER,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "submittedByName" TEXT,
    "reviewedAt" DATETIME,
    "opinion" TEXT,
    "opinionText" TEXT,
    "reviewedByName" TEXT,
    "publishedAt" DATETIME,
    "publisherName" TEXT,
    "chainHash" TEXT,
    "previousHash" TEXT,
    "disclosureId" TEXT,
    CONSTRAINT "FinancePeriod_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinancePeriod_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "voucherNo" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "counterparty" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "attachmentRef" TEXT,
    "assetId" TEXT,
    "adjustsId" TEXT,
    "adjustmentReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "LedgerEntry_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "LedgerCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "CollectiveAsset" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_adjustsId_fkey" FOREIGN KEY ("adjustsId") REFERENCES "LedgerEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewSignature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    CONSTRAINT "ReviewSignature_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewSignature_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FinanceQuery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "entryId" TEXT,
    "question" TEXT NOT NULL,
    "askedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "askedByName" TEXT NOT NULL,
    "askedByRole" TEXT NOT NULL,
    "answer" TEXT,
    "answeredAt" DATETIME,
    "answeredByName" TEXT,
    CONSTRAINT "FinanceQuery_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinanceQuery_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CollectiveAsset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "area" INTEGER,
    "selfOperated" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CollectiveAsset_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetLease" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assetId" TEXT NOT NULL,
    "lesseeBusiness" TEXT NOT NULL,
    "monthlyRent" INTEGER NOT NULL,
    "leaseFrom" TEXT NOT NULL,
    "leaseTo" TEXT NOT NULL,
    "contractNo" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssetLease_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "CollectiveAsset" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetIncomeStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "incomeTotal" INTEGER NOT NULL,
    "disclosureId" TEXT NOT NULL,
    CONSTRAINT "AssetIncomeStatement_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AssetIncomeStatement_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetIncomeUse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "decision" TEXT,
    CONSTRAINT "AssetIncomeUse_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "AssetIncomeStatement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LedgerCategory_communityId_code_key" ON "LedgerCategory"("communityId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "FinancePeriod_disclosureId_key" ON "FinancePeriod"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "FinancePeriod_communityId_month_key" ON "FinancePeriod"("communityId", "month");

-- CreateIndex
CREATE INDEX "LedgerEntry_periodId_sequence_idx" ON "LedgerEntry"("periodId", "sequence");

-- CreateIndex
CREATE INDEX "LedgerEntry_adjustsId_idx" ON "LedgerEntry"("adjustsId");

-- CreateIndex
CREATE INDEX "LedgerEntry_assetId_idx" ON "LedgerEntry"("assetId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_periodId_voucherNo_key" ON "LedgerEntry"("periodId", "voucherNo");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewSignature_periodId_postingId_key" ON "ReviewSignature"("periodId", "postingId");

-- CreateIndex
CREATE INDEX "FinanceQuery_periodId_idx" ON "FinanceQuery"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectiveAsset_communityId_code_key" ON "CollectiveAsset"("communityId", "code");

-- CreateIndex
CREATE INDEX "AssetLease_assetId_leaseFrom_idx" ON "AssetLease"("assetId", "leaseFrom");

-- CreateIndex
CREATE UNIQUE INDEX "AssetIncomeStatement_disclosureId_key" ON "AssetIncomeStatement"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "AssetIncomeStatement_communityId_year_key" ON "AssetIncomeStatement"("communityId", "year");

-- CreateIndex
CREATE INDEX "AssetIncomeUse_statementId_idx" ON "AssetIncomeUse"("statementId");
