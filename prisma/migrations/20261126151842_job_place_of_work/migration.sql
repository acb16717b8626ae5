-- AlterTable
ALTER TABLE "JobPosting" ADD COLUMN "workCity" TEXT;
ALTER TABLE "JobPosting" ADD COLUMN "workDistrict" TEXT;
ALTER TABLE "JobPosting" ADD COLUMN "workProvince" TEXT;

-- CreateIndex
CREATE INDEX "JobPosting_workProvince_workCity_idx" ON "JobPosting"("workProvince", "workCity");

-- Rows from before the split: a posting recruiting within the community or county works in its
-- county, so that much is known and filled in; a posting elsewhere in the province or out of it
-- cannot say where (its workAddress was often the hall to register at), so its place of work
-- stays null and reads 未注明 until an editor fills it in.
UPDATE "JobPosting"
SET "workProvince" = (SELECT c."province" FROM "County" c WHERE c."id" = "JobPosting"."countyId"),
    "workCity" = (SELECT c."prefecture" FROM "County" c WHERE c."id" = "JobPosting"."countyId"),
    "workDistrict" = (SELECT c."name" FROM "County" c WHERE c."id" = "JobPosting"."countyId")
WHERE "locationScope" IN ('COMMUNITY', 'COUNTY');
