-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT,
    "amount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "Decision_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionStage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesAbstain" INTEGER,
    "outcome" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "disclosureId" TEXT,
    CONSTRAINT "DecisionStage_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionStage_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "DecisionStage" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DecisionStage_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "actualAmount" INTEGER NOT NULL,
    "completedOn" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    CONSTRAINT "DecisionResult_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionResult_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionOpinion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stageId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "DecisionOpinion_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "DecisionStage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionOpinion_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionLedgerLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DecisionLedgerLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionLedgerLink_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionFeePriceLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "feePriceId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DecisionFeePriceLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionFeePriceLink_feePriceId_fkey" FOREIGN KEY ("feePriceId") REFERENCES "FeePrice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DecisionAssetIncomeLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DecisionAssetIncomeLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionAssetIncomeLink_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "AssetIncomeStatement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Decision_communityId_idx" ON "Decision"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionStage_correctsId_key" ON "DecisionStage"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionStage_disclosureId_key" ON "DecisionStage"("disclosureId");

-- CreateIndex
CREATE INDEX "DecisionStage_decisionId_idx" ON "DecisionStage"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionResult_decisionId_key" ON "DecisionResult"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionResult_disclosureId_key" ON "DecisionResult"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionOpinion_stageId_postingId_key" ON "DecisionOpinion"("stageId", "postingId");

-- CreateIndex
CREATE INDEX "DecisionLedgerLink_entryId_idx" ON "DecisionLedgerLink"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionLedgerLink_decisionId_entryId_key" ON "DecisionLedgerLink"("decisionId", "entryId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionFeePriceLink_feePriceId_key" ON "DecisionFeePriceLink"("feePriceId");

-- CreateIndex
CREATE INDEX "DecisionFeePriceLink_decisionId_idx" ON "DecisionFeePriceLink"("decisionId");

-- CreateIndex
CREATE INDEX "DecisionAssetIncomeLink_statementId_idx" ON "DecisionAssetIncomeLink"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionAssetIncomeLink_decisionId_statementId_key" ON "DecisionAssetIncomeLink"("decisionId", "statementId");
