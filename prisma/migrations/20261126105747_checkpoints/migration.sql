-- CreateTable
CREATE TABLE "CheckpointKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckpointKey_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Checkpoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "time" DATETIME NOT NULL,
    "line" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "addedLeaves" JSONB NOT NULL,
    CONSTRAINT "Checkpoint_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointKey_countyId_key" ON "CheckpointKey"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointKey_keyId_key" ON "CheckpointKey"("keyId");

-- CreateIndex
CREATE UNIQUE INDEX "Checkpoint_countyId_sequence_key" ON "Checkpoint"("countyId", "sequence");
