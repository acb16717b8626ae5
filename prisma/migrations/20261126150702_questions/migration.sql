-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communityId" TEXT NOT NULL,
    "subjectKind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "askerName" TEXT,
    "contact" TEXT,
    "askedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "moderatedAt" DATETIME,
    "moderatedByName" TEXT,
    "hiddenReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "QuestionAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "answeredAt" DATETIME NOT NULL,
    "answeredById" TEXT NOT NULL,
    "answeredByName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    CONSTRAINT "QuestionAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionOpinion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "QuestionOpinion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Question_communityId_askedAt_idx" ON "Question"("communityId", "askedAt");

-- CreateIndex
CREATE INDEX "Question_subjectKind_subjectId_idx" ON "Question"("subjectKind", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionAnswer_questionId_key" ON "QuestionAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOpinion_questionId_postingId_key" ON "QuestionOpinion"("questionId", "postingId");
