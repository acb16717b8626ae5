-- CreateTable
CREATE TABLE "EmploymentFigures" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "householdsWithLabour" INTEGER NOT NULL,
    "householdsWithEmployed" INTEGER NOT NULL,
    "willingWorkers" INTEGER NOT NULL,
    "trainedWithinYear" INTEGER NOT NULL,
    "employedLocalIndustry" INTEGER NOT NULL,
    "employedWorkshop" INTEGER NOT NULL,
    "employedWelfarePost" INTEGER NOT NULL,
    "employedLabourExport" INTEGER NOT NULL,
    "employedSelf" INTEGER NOT NULL,
    "note" TEXT,
    "disclosureId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    CONSTRAINT "EmploymentFigures_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EmploymentFigures_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "EmploymentFigures_disclosureId_key" ON "EmploymentFigures"("disclosureId");

-- CreateIndex
CREATE INDEX "EmploymentFigures_communityId_month_idx" ON "EmploymentFigures"("communityId", "month");
