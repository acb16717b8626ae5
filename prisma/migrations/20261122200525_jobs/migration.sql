-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "contactPhone" TEXT,
    "address" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Employer_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "openings" INTEGER NOT NULL,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "education" TEXT,
    "skills" TEXT,
    "health" TEXT,
    "workAddress" TEXT NOT NULL,
    "locationScope" TEXT NOT NULL,
    "payKind" TEXT NOT NULL,
    "payMin" INTEGER NOT NULL,
    "payMax" INTEGER NOT NULL,
    "pieceRate" TEXT,
    "socialInsurance" BOOLEAN NOT NULL DEFAULT false,
    "meals" BOOLEAN NOT NULL DEFAULT false,
    "housing" BOOLEAN NOT NULL DEFAULT false,
    "transport" BOOLEAN NOT NULL DEFAULT false,
    "hours" TEXT NOT NULL,
    "flexible" BOOLEAN NOT NULL DEFAULT false,
    "homeBased" BOOLEAN NOT NULL DEFAULT false,
    "postSubsidy" INTEGER,
    "termMonths" INTEGER,
    "exportSubsidy" INTEGER,
    "applyContact" TEXT NOT NULL,
    "applyPhone" TEXT NOT NULL,
    "applyPlace" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validUntil" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "JobPosting_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JobPosting_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobTarget" (
    "postingId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,

    PRIMARY KEY ("postingId", "communityId"),
    CONSTRAINT "JobTarget_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JobTarget_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingCourse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "trade" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "sessions" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "cost" INTEGER NOT NULL DEFAULT 0,
    "trainingSubsidy" INTEGER,
    "livingAllowancePerDay" INTEGER,
    "eligibility" TEXT NOT NULL,
    "certificate" TEXT,
    "howToRegister" TEXT NOT NULL,
    "registrationDeadline" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TrainingCourse_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseTarget" (
    "courseId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,

    PRIMARY KEY ("courseId", "communityId"),
    CONSTRAINT "CourseTarget_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CourseTarget_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobBoard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "postings" INTEGER NOT NULL,
    "courses" INTEGER NOT NULL,
    CONSTRAINT "JobBoard_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "JobBoard_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Employer_countyId_name_key" ON "Employer"("countyId", "name");

-- CreateIndex
CREATE INDEX "JobPosting_status_validFrom_validUntil_idx" ON "JobPosting"("status", "validFrom", "validUntil");

-- CreateIndex
CREATE INDEX "JobPosting_payMax_idx" ON "JobPosting"("payMax");

-- CreateIndex
CREATE INDEX "JobTarget_communityId_idx" ON "JobTarget"("communityId");

-- CreateIndex
CREATE INDEX "TrainingCourse_status_registrationDeadline_idx" ON "TrainingCourse"("status", "registrationDeadline");

-- CreateIndex
CREATE INDEX "CourseTarget_communityId_idx" ON "CourseTarget"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "JobBoard_disclosureId_key" ON "JobBoard"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "JobBoard_communityId_month_key" ON "JobBoard"("communityId", "month");
