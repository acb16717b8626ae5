-- CreateTable
CREATE TABLE "Election" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "electionDay" TEXT NOT NULL,
    "voterListPublishedOn" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdByName" TEXT NOT NULL,
    "voterListNoticeId" TEXT NOT NULL,
    "ballotsCast" INTEGER,
    "invalidBallots" INTEGER,
    "resultsRecordedAt" DATETIME,
    "resultsRecordedByName" TEXT,
    "resultsNoticeId" TEXT,
    CONSTRAINT "Election_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Election_voterListNoticeId_fkey" FOREIGN KEY ("voterListNoticeId") REFERENCES "Disclosure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Election_resultsNoticeId_fkey" FOREIGN KEY ("resultsNoticeId") REFERENCES "Disclosure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ElectionVoter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "electionId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    CONSTRAINT "ElectionVoter_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ElectionCandidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "electionId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "votes" INTEGER,
    "elected" BOOLEAN,
    "postingId" TEXT,
    "continuesPostingId" TEXT,
    CONSTRAINT "ElectionCandidate_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ElectionCandidate_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ElectionCandidate_continuesPostingId_fkey" FOREIGN KEY ("continuesPostingId") REFERENCES "MemberPosting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Election_voterListNoticeId_key" ON "Election"("voterListNoticeId");

-- CreateIndex
CREATE UNIQUE INDEX "Election_resultsNoticeId_key" ON "Election"("resultsNoticeId");

-- CreateIndex
CREATE INDEX "Election_organizationId_idx" ON "Election"("organizationId");

-- CreateIndex
CREATE INDEX "ElectionVoter_electionId_idx" ON "ElectionVoter"("electionId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionCandidate_postingId_key" ON "ElectionCandidate"("postingId");

-- CreateIndex
CREATE INDEX "ElectionCandidate_electionId_idx" ON "ElectionCandidate"("electionId");
