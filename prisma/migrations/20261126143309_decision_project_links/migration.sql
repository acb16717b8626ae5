-- CreateTable
CREATE TABLE "DecisionProjectLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DecisionProjectLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DecisionProjectLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DecisionProjectLink_projectId_key" ON "DecisionProjectLink"("projectId");

-- CreateIndex
CREATE INDEX "DecisionProjectLink_decisionId_idx" ON "DecisionProjectLink"("decisionId");
