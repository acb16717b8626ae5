-- CreateEnum
CREATE TYPE "TownshipKind" AS ENUM ('TOWNSHIP', 'TOWN', 'SUBDISTRICT');

-- CreateEnum
CREATE TYPE "Placement" AS ENUM ('INSIDE_PLANNING_AREA', 'OUTSIDE_PLANNING_AREA');

-- CreateEnum
CREATE TYPE "SettlementKind" AS ENUM ('TOWN', 'RURAL');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('PARTY_ORGANIZATION', 'RESIDENTS_COMMITTEE', 'SUPERVISION_COMMITTEE', 'OWNERS_COMMITTEE', 'COLLECTIVE_ECONOMIC_ORGANIZATION');

-- CreateEnum
CREATE TYPE "PartyOrganizationLevel" AS ENUM ('BRANCH', 'GENERAL_BRANCH', 'COMMITTEE');

-- CreateEnum
CREATE TYPE "DisclosureStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('MONTH', 'QUARTER', 'YEAR', 'RANGE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COUNTY_EDITOR', 'COMMUNITY_EDITOR', 'SUPERVISOR');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('OK', 'UNAUTHENTICATED', 'FORBIDDEN', 'INVALID', 'CONFLICT', 'NOT_FOUND', 'ERROR');

-- CreateEnum
CREATE TYPE "FeeKind" AS ENUM ('PROPERTY_MANAGEMENT', 'WATER', 'ELECTRICITY', 'NETWORK_TV', 'GAS', 'OTHER');

-- CreateEnum
CREATE TYPE "FeeCollector" AS ENUM ('PROPERTY_COMPANY', 'UTILITY', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "BillingUnit" AS ENUM ('PER_SQM_MONTH', 'PER_HOUSEHOLD_MONTH', 'PER_TON', 'PER_KWH', 'PER_CUBIC_METRE');

-- CreateEnum
CREATE TYPE "EmployerKind" AS ENUM ('ENTERPRISE', 'WORKSHOP', 'PARK_FIRM', 'COOPERATIVE', 'LABOUR_SERVICE', 'PUBLIC_BODY');

-- CreateEnum
CREATE TYPE "LocationScope" AS ENUM ('COMMUNITY', 'COUNTY', 'PROVINCE', 'OUT_OF_PROVINCE');

-- CreateEnum
CREATE TYPE "JobKind" AS ENUM ('REGULAR', 'PUBLIC_WELFARE', 'LABOUR_EXPORT', 'SEASONAL');

-- CreateEnum
CREATE TYPE "PayKind" AS ENUM ('MONTHLY', 'PIECE_RATE');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('OPEN', 'FILLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Trade" AS ENUM ('MANUFACTURING', 'CONSTRUCTION', 'SERVICES', 'TOURISM', 'ECOMMERCE', 'CRAFTS', 'AGRICULTURE', 'OTHER');

-- CreateEnum
CREATE TYPE "LedgerDirection" AS ENUM ('INCOME', 'EXPENSE');

-- CreateEnum
CREATE TYPE "FinancePeriodStatus" AS ENUM ('OPEN', 'SUBMITTED', 'REVIEWED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ReviewOpinion" AS ENUM ('AGREE', 'OBJECTION');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('SHOP', 'STALL', 'PARKING', 'SERVICE_ROOM', 'WORKSHOP', 'OTHER');

-- CreateEnum
CREATE TYPE "CatalogueCadence" AS ENUM ('WITHIN_DAYS', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'PER_EVENT');

-- CreateEnum
CREATE TYPE "CatalogueDueAnchor" AS ENUM ('PERIOD_END', 'PERIOD_START');

-- CreateEnum
CREATE TYPE "CatalogueSource" AS ENUM ('DISCLOSURE', 'FINANCE_PERIOD', 'FEE_MONTH', 'JOB_BOARD', 'ASSET_INCOME_STATEMENT');

-- CreateEnum
CREATE TYPE "DecisionStageKind" AS ENUM ('PARTY_PROPOSAL', 'JOINT_MEETING', 'PARTY_MEMBERS_REVIEW', 'RESIDENTS_RESOLUTION');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('PASSED', 'FAILED', 'NO_QUORUM');

-- CreateEnum
CREATE TYPE "ProjectFunderKind" AS ENUM ('FISCAL', 'PAIRING', 'DONATION', 'ENTERPRISE', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectStageKind" AS ENUM ('APPROVAL', 'PROCUREMENT', 'START', 'PROGRESS', 'ACCEPTANCE', 'FINAL_ACCOUNTS');

-- CreateEnum
CREATE TYPE "ProcurementMethod" AS ENUM ('PUBLIC_TENDER', 'INVITED_TENDER', 'COMPETITIVE_NEGOTIATION', 'INQUIRY', 'SINGLE_SOURCE', 'SMALL_DIRECT');

-- CreateEnum
CREATE TYPE "AcceptanceResult" AS ENUM ('PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('RECEIVED', 'PUBLISHED', 'HIDDEN');

-- CreateEnum
CREATE TYPE "AssistanceKind" AS ENUM ('MINIMUM_LIVING', 'EXTREME_POVERTY', 'TEMPORARY', 'MEDICAL', 'DISABILITY_ALLOWANCE', 'FESTIVAL_VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "AssistanceReason" AS ENUM ('LOW_INCOME', 'NO_SUPPORT', 'ILLNESS', 'DISABILITY', 'DISASTER', 'EDUCATION', 'ELDERLY', 'HOLIDAY', 'OTHER');

-- CreateEnum
CREATE TYPE "PartyMeetingKind" AS ENUM ('MEMBERS_MEETING', 'BRANCH_COMMITTEE', 'PARTY_GROUP', 'PARTY_LESSON', 'THEME_DAY', 'ORGANIZATIONAL_LIFE');

-- CreateEnum
CREATE TYPE "PartyDevelopmentStage" AS ENUM ('DEVELOPMENT_TARGET', 'PROBATIONARY_MEMBER');

-- CreateEnum
CREATE TYPE "PartyCandidateGender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "WelfarePostKind" AS ENUM ('CLEANING', 'SECURITY', 'FOREST_RANGER', 'ACTIVITY_ROOM', 'GREENING', 'ELDER_CARE', 'OTHER');

-- CreateEnum
CREATE TYPE "WelfareExitReason" AS ENUM ('TERM_ENDED', 'RESIGNED', 'FAILED_REVIEW', 'OTHER_EMPLOYMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "StaffPostKind" AS ENUM ('GRID_LEADER', 'GRID_WORKER', 'BUILDING_HEAD', 'SERVICE_STAFF');

-- CreateTable
CREATE TABLE "County" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "prefecture" TEXT NOT NULL,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Township" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TownshipKind" NOT NULL,
    "countyId" TEXT NOT NULL,

    CONSTRAINT "Township_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "placement" "Placement" NOT NULL,
    "settlementKind" "SettlementKind" NOT NULL,
    "households" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,
    "relocationYearFrom" INTEGER NOT NULL,
    "relocationYearTo" INTEGER NOT NULL,
    "serviceCentreName" TEXT NOT NULL,
    "serviceCentrePhone" TEXT,
    "address" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "partyLevel" "PartyOrganizationLevel",
    "memberCount" INTEGER,
    "electedOn" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberPosting" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "publicPhone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "userId" TEXT,
    "photoId" TEXT,
    "endReason" TEXT,
    "correctsId" TEXT,
    "correctionReason" TEXT,

    CONSTRAINT "MemberPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureCategory" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "DisclosureCategory_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Disclosure" (
    "id" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "periodKind" "PeriodKind",
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "status" "DisclosureStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "publisherName" TEXT,
    "contentHash" TEXT,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "catalogueItemId" TEXT,

    CONSTRAINT "Disclosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureTarget" (
    "disclosureId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,

    CONSTRAINT "DisclosureTarget_pkey" PRIMARY KEY ("disclosureId","communityId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "countyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserCommunity" (
    "userId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,

    CONSTRAINT "UserCommunity_pkey" PRIMARY KEY ("userId","communityId")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "tokenId" TEXT,
    "action" TEXT NOT NULL,
    "recordId" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "errorCode" TEXT,
    "detail" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeItem" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "FeeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "collector" "FeeCollector" NOT NULL,
    "collectorName" TEXT NOT NULL,
    "billingUnit" "BillingUnit" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeePrice" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeePrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeePriceTier" (
    "id" TEXT NOT NULL,
    "priceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "upTo" INTEGER,
    "unitPrice" INTEGER NOT NULL,

    CONSTRAINT "FeePriceTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeCollection" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "FeeCollection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EmployerKind" NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "contactPhone" TEXT,
    "address" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobPosting" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "JobKind" NOT NULL,
    "openings" INTEGER NOT NULL,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "education" TEXT,
    "skills" TEXT,
    "health" TEXT,
    "workProvince" TEXT,
    "workCity" TEXT,
    "workDistrict" TEXT,
    "workAddress" TEXT NOT NULL,
    "locationScope" "LocationScope" NOT NULL,
    "payKind" "PayKind" NOT NULL,
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
    "status" "PostingStatus" NOT NULL DEFAULT 'OPEN',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobTarget" (
    "postingId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,

    CONSTRAINT "JobTarget_pkey" PRIMARY KEY ("postingId","communityId")
);

-- CreateTable
CREATE TABLE "TrainingCourse" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "trade" "Trade" NOT NULL,
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
    "status" "PostingStatus" NOT NULL DEFAULT 'OPEN',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseTarget" (
    "courseId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,

    CONSTRAINT "CourseTarget_pkey" PRIMARY KEY ("courseId","communityId")
);

-- CreateTable
CREATE TABLE "JobBoard" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "postings" INTEGER NOT NULL,
    "courses" INTEGER NOT NULL,

    CONSTRAINT "JobBoard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerCategory" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "direction" "LedgerDirection" NOT NULL,
    "assetIncome" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "LedgerCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinancePeriod" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "status" "FinancePeriodStatus" NOT NULL DEFAULT 'OPEN',
    "openingBalance" INTEGER NOT NULL,
    "incomeTotal" INTEGER,
    "expenseTotal" INTEGER,
    "closingBalance" INTEGER,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "submittedByName" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "opinion" "ReviewOpinion",
    "opinionText" TEXT,
    "reviewedByName" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publisherName" TEXT,
    "canonicalFormat" TEXT NOT NULL DEFAULT 'sunboard.finance-period.v1',
    "chainHash" TEXT,
    "previousHash" TEXT,
    "disclosureId" TEXT,

    CONSTRAINT "FinancePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewSignature" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "userId" TEXT,
    "signedAt" TIMESTAMP(3),
    "opinion" "ReviewOpinion",
    "opinionText" TEXT,

    CONSTRAINT "ReviewSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinanceQuery" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "entryId" TEXT,
    "question" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "askedByName" TEXT NOT NULL,
    "askedByRole" TEXT NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredByName" TEXT,

    CONSTRAINT "FinanceQuery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectiveAsset" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AssetKind" NOT NULL,
    "location" TEXT NOT NULL,
    "area" INTEGER,
    "selfOperated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CollectiveAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetLease" (
    "id" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "lesseeBusiness" TEXT NOT NULL,
    "monthlyRent" INTEGER NOT NULL,
    "leaseFrom" TEXT NOT NULL,
    "leaseTo" TEXT NOT NULL,
    "contractNo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetLease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetIncomeStatement" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "incomeTotal" INTEGER NOT NULL,
    "disclosureId" TEXT NOT NULL,

    CONSTRAINT "AssetIncomeStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetIncomeUse" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "decision" TEXT,

    CONSTRAINT "AssetIncomeUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckpointKey" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckpointKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Checkpoint" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "time" TIMESTAMP(3) NOT NULL,
    "line" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "addedLeaves" JSONB NOT NULL,

    CONSTRAINT "Checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueItem" (
    "id" TEXT NOT NULL,
    "countyId" TEXT,
    "communityId" TEXT,
    "name" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "cadence" "CatalogueCadence" NOT NULL,
    "dueAnchor" "CatalogueDueAnchor" NOT NULL DEFAULT 'PERIOD_END',
    "dueDays" INTEGER NOT NULL,
    "responsible" TEXT NOT NULL,
    "source" "CatalogueSource" NOT NULL DEFAULT 'DISCLOSURE',
    "effectiveFrom" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByName" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "retiredByName" TEXT,
    "retirementReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CatalogueItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueSuspension" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "startedByName" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedByName" TEXT,
    "endReason" TEXT,

    CONSTRAINT "CatalogueSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionStage" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "kind" "DecisionStageKind" NOT NULL,
    "heldOn" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesAbstain" INTEGER,
    "outcome" "DecisionOutcome" NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "disclosureId" TEXT,

    CONSTRAINT "DecisionStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionResult" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "actualAmount" INTEGER NOT NULL,
    "completedOn" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,

    CONSTRAINT "DecisionResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionOpinion" (
    "id" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DecisionOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionLedgerLink" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionLedgerLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionFeePriceLink" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "feePriceId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionFeePriceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionAssetIncomeLink" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionAssetIncomeLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundedProject" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "funderKind" "ProjectFunderKind" NOT NULL,
    "funderName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "catalogueItemId" TEXT,

    CONSTRAINT "FundedProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStage" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "ProjectStageKind" NOT NULL,
    "sequence" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "amount" INTEGER,
    "percentComplete" INTEGER,
    "method" "ProcurementMethod",
    "party" TEXT,
    "result" "AcceptanceResult",
    "note" TEXT,
    "disclosureId" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "ProjectStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectEntryLink" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "ProjectEntryLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectPhoto" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "takenOn" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "ProjectPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionProjectLink" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionProjectLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "subjectKind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "askerName" TEXT,
    "contact" TEXT,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "status" "QuestionStatus" NOT NULL DEFAULT 'RECEIVED',
    "moderatedAt" TIMESTAMP(3),
    "moderatedByName" TEXT,
    "hiddenReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionAnswer" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "answeredById" TEXT NOT NULL,
    "answeredByName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "QuestionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionOpinion" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Election" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "electionDay" TEXT NOT NULL,
    "voterListPublishedOn" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,
    "voterListNoticeId" TEXT NOT NULL,
    "ballotsCast" INTEGER,
    "invalidBallots" INTEGER,
    "resultsRecordedAt" TIMESTAMP(3),
    "resultsRecordedByName" TEXT,
    "resultsNoticeId" TEXT,

    CONSTRAINT "Election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionVoter" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "group" TEXT NOT NULL,

    CONSTRAINT "ElectionVoter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionCandidate" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "votes" INTEGER,
    "elected" BOOLEAN,
    "postingId" TEXT,
    "continuesPostingId" TEXT,

    CONSTRAINT "ElectionCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OriginVillage" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OriginVillage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssistanceList" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "kind" "AssistanceKind" NOT NULL,
    "period" TEXT NOT NULL,
    "approvingAuthority" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "windowStartsOn" TEXT NOT NULL,
    "windowDays" INTEGER NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AssistanceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssistanceRow" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "recipientName" TEXT NOT NULL,
    "villageId" TEXT NOT NULL,
    "residentGroup" TEXT NOT NULL,
    "householdSize" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" "AssistanceReason" NOT NULL,

    CONSTRAINT "AssistanceRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyMeeting" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "kind" "PartyMeetingKind" NOT NULL,
    "heldOn" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "members" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PartyMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyDevelopmentNotice" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "stage" "PartyDevelopmentStage" NOT NULL,
    "opensOn" TEXT NOT NULL,
    "closesOn" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "contact" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedByName" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PartyDevelopmentNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyDevelopmentCandidate" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "PartyCandidateGender" NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PartyDevelopmentCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyAppraisal" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "participants" INTEGER NOT NULL,
    "excellent" INTEGER NOT NULL,
    "qualified" INTEGER NOT NULL,
    "basicallyQualified" INTEGER NOT NULL,
    "unqualified" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PartyAppraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyFeeMonth" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "payers" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PartyFeeMonth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmploymentFigures" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "EmploymentFigures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareQuota" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedByName" TEXT NOT NULL,

    CONSTRAINT "WelfareQuota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareQuotaShare" (
    "quotaId" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,

    CONSTRAINT "WelfareQuotaShare_pkey" PRIMARY KEY ("quotaId","communityId")
);

-- CreateTable
CREATE TABLE "WelfarePost" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "kind" "WelfarePostKind" NOT NULL,
    "title" TEXT NOT NULL,
    "duties" TEXT,
    "monthlySubsidy" INTEGER NOT NULL,
    "hours" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "closedOn" TEXT,
    "closeReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "WelfarePost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareAppointment" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "noticeFrom" TEXT NOT NULL,
    "noticeUntil" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "WelfareAppointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareTenure" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "appointmentId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderKey" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "exitReason" "WelfareExitReason",
    "exitNote" TEXT,
    "endedAt" TIMESTAMP(3),
    "endedByName" TEXT,

    CONSTRAINT "WelfareTenure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareSubsidyPayment" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "holders" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "paidOn" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "WelfareSubsidyPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareVacancyLink" (
    "postId" TEXT NOT NULL,
    "jobPostingId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareVacancyLink_pkey" PRIMARY KEY ("postId","jobPostingId")
);

-- CreateTable
CREATE TABLE "PersonPhoto" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "altText" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "PersonPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grid" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "residentsGroups" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "Grid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Building" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "gridId" TEXT,
    "name" TEXT NOT NULL,
    "households" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "Building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffPosting" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "kind" "StaffPostKind" NOT NULL,
    "gridId" TEXT,
    "buildingId" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "duties" TEXT NOT NULL,
    "publicPhone" TEXT,
    "counter" TEXT,
    "photoId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "startedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "endReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdByName" TEXT NOT NULL,

    CONSTRAINT "StaffPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RosterNotice" (
    "id" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "disclosureId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RosterNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Township_code_key" ON "Township"("code");

-- CreateIndex
CREATE INDEX "Township_countyId_idx" ON "Township"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "Community_code_key" ON "Community"("code");

-- CreateIndex
CREATE INDEX "Community_townshipId_idx" ON "Community"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_communityId_kind_key" ON "Organization"("communityId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "MemberPosting_correctsId_key" ON "MemberPosting"("correctsId");

-- CreateIndex
CREATE INDEX "MemberPosting_organizationId_idx" ON "MemberPosting"("organizationId");

-- CreateIndex
CREATE INDEX "MemberPosting_userId_idx" ON "MemberPosting"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Disclosure_correctsId_key" ON "Disclosure"("correctsId");

-- CreateIndex
CREATE INDEX "Disclosure_status_publishedAt_idx" ON "Disclosure"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Disclosure_catalogueItemId_idx" ON "Disclosure"("catalogueItemId");

-- CreateIndex
CREATE INDEX "DisclosureTarget_communityId_idx" ON "DisclosureTarget"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_recordId_idx" ON "AuditEntry"("recordId");

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

-- CreateIndex
CREATE UNIQUE INDEX "Employer_countyId_name_key" ON "Employer"("countyId", "name");

-- CreateIndex
CREATE INDEX "JobPosting_status_validFrom_validUntil_idx" ON "JobPosting"("status", "validFrom", "validUntil");

-- CreateIndex
CREATE INDEX "JobPosting_payMax_idx" ON "JobPosting"("payMax");

-- CreateIndex
CREATE INDEX "JobPosting_workProvince_workCity_idx" ON "JobPosting"("workProvince", "workCity");

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

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointKey_countyId_key" ON "CheckpointKey"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointKey_keyId_key" ON "CheckpointKey"("keyId");

-- CreateIndex
CREATE UNIQUE INDEX "Checkpoint_countyId_sequence_key" ON "Checkpoint"("countyId", "sequence");

-- CreateIndex
CREATE INDEX "CatalogueItem_countyId_idx" ON "CatalogueItem"("countyId");

-- CreateIndex
CREATE INDEX "CatalogueItem_communityId_idx" ON "CatalogueItem"("communityId");

-- CreateIndex
CREATE INDEX "CatalogueSuspension_communityId_idx" ON "CatalogueSuspension"("communityId");

-- CreateIndex
CREATE INDEX "CatalogueSuspension_itemId_idx" ON "CatalogueSuspension"("itemId");

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

-- CreateIndex
CREATE INDEX "FundedProject_communityId_idx" ON "FundedProject"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStage_disclosureId_key" ON "ProjectStage"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectStage_correctsId_key" ON "ProjectStage"("correctsId");

-- CreateIndex
CREATE INDEX "ProjectStage_projectId_idx" ON "ProjectStage"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectEntryLink_entryId_key" ON "ProjectEntryLink"("entryId");

-- CreateIndex
CREATE INDEX "ProjectEntryLink_projectId_idx" ON "ProjectEntryLink"("projectId");

-- CreateIndex
CREATE INDEX "ProjectPhoto_projectId_idx" ON "ProjectPhoto"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionProjectLink_projectId_key" ON "DecisionProjectLink"("projectId");

-- CreateIndex
CREATE INDEX "DecisionProjectLink_decisionId_idx" ON "DecisionProjectLink"("decisionId");

-- CreateIndex
CREATE INDEX "Question_communityId_askedAt_idx" ON "Question"("communityId", "askedAt");

-- CreateIndex
CREATE INDEX "Question_subjectKind_subjectId_idx" ON "Question"("subjectKind", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionAnswer_questionId_key" ON "QuestionAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOpinion_questionId_postingId_key" ON "QuestionOpinion"("questionId", "postingId");

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

-- CreateIndex
CREATE UNIQUE INDEX "OriginVillage_code_key" ON "OriginVillage"("code");

-- CreateIndex
CREATE INDEX "OriginVillage_countyId_idx" ON "OriginVillage"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "AssistanceList_disclosureId_key" ON "AssistanceList"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "AssistanceList_correctsId_key" ON "AssistanceList"("correctsId");

-- CreateIndex
CREATE INDEX "AssistanceList_communityId_period_idx" ON "AssistanceList"("communityId", "period");

-- CreateIndex
CREATE INDEX "AssistanceRow_listId_idx" ON "AssistanceRow"("listId");

-- CreateIndex
CREATE INDEX "AssistanceRow_villageId_idx" ON "AssistanceRow"("villageId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyMeeting_correctsId_key" ON "PartyMeeting"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyMeeting_disclosureId_key" ON "PartyMeeting"("disclosureId");

-- CreateIndex
CREATE INDEX "PartyMeeting_communityId_heldOn_idx" ON "PartyMeeting"("communityId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "PartyDevelopmentNotice_disclosureId_key" ON "PartyDevelopmentNotice"("disclosureId");

-- CreateIndex
CREATE INDEX "PartyDevelopmentNotice_communityId_opensOn_idx" ON "PartyDevelopmentNotice"("communityId", "opensOn");

-- CreateIndex
CREATE INDEX "PartyDevelopmentCandidate_noticeId_idx" ON "PartyDevelopmentCandidate"("noticeId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAppraisal_correctsId_key" ON "PartyAppraisal"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAppraisal_disclosureId_key" ON "PartyAppraisal"("disclosureId");

-- CreateIndex
CREATE INDEX "PartyAppraisal_communityId_year_idx" ON "PartyAppraisal"("communityId", "year");

-- CreateIndex
CREATE INDEX "PartyFeeMonth_disclosureId_idx" ON "PartyFeeMonth"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyFeeMonth_communityId_month_key" ON "PartyFeeMonth"("communityId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "EmploymentFigures_disclosureId_key" ON "EmploymentFigures"("disclosureId");

-- CreateIndex
CREATE INDEX "EmploymentFigures_communityId_month_idx" ON "EmploymentFigures"("communityId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareQuota_countyId_key" ON "WelfareQuota"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareQuotaShare_communityId_key" ON "WelfareQuotaShare"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfarePost_code_key" ON "WelfarePost"("code");

-- CreateIndex
CREATE INDEX "WelfarePost_communityId_idx" ON "WelfarePost"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareAppointment_disclosureId_key" ON "WelfareAppointment"("disclosureId");

-- CreateIndex
CREATE INDEX "WelfareAppointment_communityId_idx" ON "WelfareAppointment"("communityId");

-- CreateIndex
CREATE INDEX "WelfareTenure_postId_idx" ON "WelfareTenure"("postId");

-- CreateIndex
CREATE INDEX "WelfareTenure_holderKey_idx" ON "WelfareTenure"("holderKey");

-- CreateIndex
CREATE INDEX "WelfareTenure_appointmentId_idx" ON "WelfareTenure"("appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareSubsidyPayment_disclosureId_key" ON "WelfareSubsidyPayment"("disclosureId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareSubsidyPayment_communityId_month_key" ON "WelfareSubsidyPayment"("communityId", "month");

-- CreateIndex
CREATE INDEX "WelfareVacancyLink_jobPostingId_idx" ON "WelfareVacancyLink"("jobPostingId");

-- CreateIndex
CREATE INDEX "PersonPhoto_communityId_idx" ON "PersonPhoto"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Grid_communityId_name_key" ON "Grid"("communityId", "name");

-- CreateIndex
CREATE INDEX "Building_gridId_idx" ON "Building"("gridId");

-- CreateIndex
CREATE UNIQUE INDEX "Building_communityId_name_key" ON "Building"("communityId", "name");

-- CreateIndex
CREATE INDEX "StaffPosting_communityId_idx" ON "StaffPosting"("communityId");

-- CreateIndex
CREATE INDEX "StaffPosting_gridId_idx" ON "StaffPosting"("gridId");

-- CreateIndex
CREATE INDEX "StaffPosting_buildingId_idx" ON "StaffPosting"("buildingId");

-- CreateIndex
CREATE UNIQUE INDEX "RosterNotice_disclosureId_key" ON "RosterNotice"("disclosureId");

-- CreateIndex
CREATE INDEX "RosterNotice_communityId_idx" ON "RosterNotice"("communityId");

-- AddForeignKey
ALTER TABLE "Township" ADD CONSTRAINT "Township_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberPosting" ADD CONSTRAINT "MemberPosting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberPosting" ADD CONSTRAINT "MemberPosting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberPosting" ADD CONSTRAINT "MemberPosting_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "PersonPhoto"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberPosting" ADD CONSTRAINT "MemberPosting_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "MemberPosting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "DisclosureCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disclosure" ADD CONSTRAINT "Disclosure_catalogueItemId_fkey" FOREIGN KEY ("catalogueItemId") REFERENCES "CatalogueItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureTarget" ADD CONSTRAINT "DisclosureTarget_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureTarget" ADD CONSTRAINT "DisclosureTarget_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCommunity" ADD CONSTRAINT "UserCommunity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCommunity" ADD CONSTRAINT "UserCommunity_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeItem" ADD CONSTRAINT "FeeItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePrice" ADD CONSTRAINT "FeePrice_feeItemId_fkey" FOREIGN KEY ("feeItemId") REFERENCES "FeeItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePrice" ADD CONSTRAINT "FeePrice_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeePriceTier" ADD CONSTRAINT "FeePriceTier_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "FeePrice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeCollection" ADD CONSTRAINT "FeeCollection_feeItemId_fkey" FOREIGN KEY ("feeItemId") REFERENCES "FeeItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeCollection" ADD CONSTRAINT "FeeCollection_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobTarget" ADD CONSTRAINT "JobTarget_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobTarget" ADD CONSTRAINT "JobTarget_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTarget" ADD CONSTRAINT "CourseTarget_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTarget" ADD CONSTRAINT "CourseTarget_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobBoard" ADD CONSTRAINT "JobBoard_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobBoard" ADD CONSTRAINT "JobBoard_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerCategory" ADD CONSTRAINT "LedgerCategory_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancePeriod" ADD CONSTRAINT "FinancePeriod_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancePeriod" ADD CONSTRAINT "FinancePeriod_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "LedgerCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "CollectiveAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_adjustsId_fkey" FOREIGN KEY ("adjustsId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignature" ADD CONSTRAINT "ReviewSignature_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignature" ADD CONSTRAINT "ReviewSignature_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSignature" ADD CONSTRAINT "ReviewSignature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinanceQuery" ADD CONSTRAINT "FinanceQuery_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FinancePeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinanceQuery" ADD CONSTRAINT "FinanceQuery_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectiveAsset" ADD CONSTRAINT "CollectiveAsset_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetLease" ADD CONSTRAINT "AssetLease_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "CollectiveAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetIncomeStatement" ADD CONSTRAINT "AssetIncomeStatement_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetIncomeStatement" ADD CONSTRAINT "AssetIncomeStatement_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetIncomeUse" ADD CONSTRAINT "AssetIncomeUse_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "AssetIncomeStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointKey" ADD CONSTRAINT "CheckpointKey_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checkpoint" ADD CONSTRAINT "Checkpoint_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueItem" ADD CONSTRAINT "CatalogueItem_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueItem" ADD CONSTRAINT "CatalogueItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueItem" ADD CONSTRAINT "CatalogueItem_categoryCode_fkey" FOREIGN KEY ("categoryCode") REFERENCES "DisclosureCategory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueSuspension" ADD CONSTRAINT "CatalogueSuspension_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueSuspension" ADD CONSTRAINT "CatalogueSuspension_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionStage" ADD CONSTRAINT "DecisionStage_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionStage" ADD CONSTRAINT "DecisionStage_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "DecisionStage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionStage" ADD CONSTRAINT "DecisionStage_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionResult" ADD CONSTRAINT "DecisionResult_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionResult" ADD CONSTRAINT "DecisionResult_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionOpinion" ADD CONSTRAINT "DecisionOpinion_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "DecisionStage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionOpinion" ADD CONSTRAINT "DecisionOpinion_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLedgerLink" ADD CONSTRAINT "DecisionLedgerLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLedgerLink" ADD CONSTRAINT "DecisionLedgerLink_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionFeePriceLink" ADD CONSTRAINT "DecisionFeePriceLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionFeePriceLink" ADD CONSTRAINT "DecisionFeePriceLink_feePriceId_fkey" FOREIGN KEY ("feePriceId") REFERENCES "FeePrice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAssetIncomeLink" ADD CONSTRAINT "DecisionAssetIncomeLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAssetIncomeLink" ADD CONSTRAINT "DecisionAssetIncomeLink_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "AssetIncomeStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundedProject" ADD CONSTRAINT "FundedProject_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundedProject" ADD CONSTRAINT "FundedProject_catalogueItemId_fkey" FOREIGN KEY ("catalogueItemId") REFERENCES "CatalogueItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStage" ADD CONSTRAINT "ProjectStage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStage" ADD CONSTRAINT "ProjectStage_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStage" ADD CONSTRAINT "ProjectStage_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "ProjectStage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEntryLink" ADD CONSTRAINT "ProjectEntryLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEntryLink" ADD CONSTRAINT "ProjectEntryLink_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectPhoto" ADD CONSTRAINT "ProjectPhoto_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionProjectLink" ADD CONSTRAINT "DecisionProjectLink_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionProjectLink" ADD CONSTRAINT "DecisionProjectLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "FundedProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionAnswer" ADD CONSTRAINT "QuestionAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionOpinion" ADD CONSTRAINT "QuestionOpinion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_voterListNoticeId_fkey" FOREIGN KEY ("voterListNoticeId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_resultsNoticeId_fkey" FOREIGN KEY ("resultsNoticeId") REFERENCES "Disclosure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionVoter" ADD CONSTRAINT "ElectionVoter_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionCandidate" ADD CONSTRAINT "ElectionCandidate_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionCandidate" ADD CONSTRAINT "ElectionCandidate_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "MemberPosting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionCandidate" ADD CONSTRAINT "ElectionCandidate_continuesPostingId_fkey" FOREIGN KEY ("continuesPostingId") REFERENCES "MemberPosting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OriginVillage" ADD CONSTRAINT "OriginVillage_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceList" ADD CONSTRAINT "AssistanceList_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceList" ADD CONSTRAINT "AssistanceList_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceList" ADD CONSTRAINT "AssistanceList_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "AssistanceList"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceRow" ADD CONSTRAINT "AssistanceRow_listId_fkey" FOREIGN KEY ("listId") REFERENCES "AssistanceList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceRow" ADD CONSTRAINT "AssistanceRow_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "OriginVillage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMeeting" ADD CONSTRAINT "PartyMeeting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMeeting" ADD CONSTRAINT "PartyMeeting_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "PartyMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMeeting" ADD CONSTRAINT "PartyMeeting_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyDevelopmentNotice" ADD CONSTRAINT "PartyDevelopmentNotice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyDevelopmentNotice" ADD CONSTRAINT "PartyDevelopmentNotice_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyDevelopmentCandidate" ADD CONSTRAINT "PartyDevelopmentCandidate_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PartyDevelopmentNotice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAppraisal" ADD CONSTRAINT "PartyAppraisal_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAppraisal" ADD CONSTRAINT "PartyAppraisal_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "PartyAppraisal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAppraisal" ADD CONSTRAINT "PartyAppraisal_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyFeeMonth" ADD CONSTRAINT "PartyFeeMonth_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyFeeMonth" ADD CONSTRAINT "PartyFeeMonth_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentFigures" ADD CONSTRAINT "EmploymentFigures_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentFigures" ADD CONSTRAINT "EmploymentFigures_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareQuota" ADD CONSTRAINT "WelfareQuota_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareQuotaShare" ADD CONSTRAINT "WelfareQuotaShare_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "WelfareQuota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareQuotaShare" ADD CONSTRAINT "WelfareQuotaShare_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfarePost" ADD CONSTRAINT "WelfarePost_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareAppointment" ADD CONSTRAINT "WelfareAppointment_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareAppointment" ADD CONSTRAINT "WelfareAppointment_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareTenure" ADD CONSTRAINT "WelfareTenure_postId_fkey" FOREIGN KEY ("postId") REFERENCES "WelfarePost"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareTenure" ADD CONSTRAINT "WelfareTenure_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "WelfareAppointment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareSubsidyPayment" ADD CONSTRAINT "WelfareSubsidyPayment_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareSubsidyPayment" ADD CONSTRAINT "WelfareSubsidyPayment_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVacancyLink" ADD CONSTRAINT "WelfareVacancyLink_postId_fkey" FOREIGN KEY ("postId") REFERENCES "WelfarePost"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVacancyLink" ADD CONSTRAINT "WelfareVacancyLink_jobPostingId_fkey" FOREIGN KEY ("jobPostingId") REFERENCES "JobPosting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonPhoto" ADD CONSTRAINT "PersonPhoto_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPosting" ADD CONSTRAINT "StaffPosting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPosting" ADD CONSTRAINT "StaffPosting_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPosting" ADD CONSTRAINT "StaffPosting_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPosting" ADD CONSTRAINT "StaffPosting_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "PersonPhoto"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterNotice" ADD CONSTRAINT "RosterNotice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterNotice" ADD CONSTRAINT "RosterNotice_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "Disclosure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
