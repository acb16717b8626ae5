// `npm run bench:queries`: how many SQL statements the portal's main queries issue (community page,
// fees, jobs, catalogue, county overdue list), on the demo data and again after the data grows
// (tenfold disclosures, twice the fee months, 20× the postings, 200 communities in a county).
// The count must not grow with the data.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExecutionResult, execute } from "graphql";
import type { PromiseOrValue } from "graphql/jsutils/PromiseOrValue";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { publishFeeCollection } from "../../api/fees/service.ts";
import { createJobPosting } from "../../api/jobs/service.ts";
import { CommunityCatalogue, CountyOverdue } from "../../portal/src/lib/catalogue/queries.ts";
import { CommunityPage, HomeQuery } from "../../portal/src/lib/communities/queries.ts";
import { CommunityFees } from "../../portal/src/lib/fees/queries.ts";
import { JobList } from "../../portal/src/lib/jobs/queries.ts";
import { schema } from "../../schema/index.ts";

const dir = mkdtempSync(join(tmpdir(), "sunboard-bench-"));
let statements: string[] = [];
const db = await prepareDatabase(`file:${join(dir, "bench.db")}`, {
  demo: true,
  onQuery: (sql) => statements.push(sql),
});

async function measure(label: string, run: () => PromiseOrValue<ExecutionResult>) {
  statements = [];
  const started = performance.now();
  const result = await run();
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("\n"));
  const ms = performance.now() - started;
  console.log(`${label.padEnd(48)} ${String(statements.length).padStart(3)} SQL statements  ${ms.toFixed(1)} ms`);
  return statements.length;
}

const communityPage = () =>
  execute({
    schema,
    document: CommunityPage,
    variableValues: { code: "RJ-FUMIN", after: null },
    contextValue: { db, viewer: null },
  });
const homePage = () => execute({ schema, document: HomeQuery, contextValue: { db, viewer: null } });
const feesPage = () =>
  execute({ schema, document: CommunityFees, variableValues: { code: "RJ-FUMIN" }, contextValue: { db, viewer: null } });

const counts = await db.disclosureTarget.count({ where: { community: { code: "RJ-FUMIN" } } });
const before = await measure(`community page, ${counts} disclosures`, communityPage);
await measure("home page, 8 communities", homePage);
const feesBefore = await measure("fees page, 3 fees × 12 months", feesPage);

// Grow the community: 90 more disclosures and 40 more postings on its committees.
const community = await db.community.findUniqueOrThrow({ where: { code: "RJ-FUMIN" }, include: { organizations: true } });
const rows = Array.from({ length: 90 }, (_, i) => ({
  id: `bench-${i}`,
  categoryCode: i % 2 ? "PARTY_AFFAIRS" : "COMMUNITY_AFFAIRS",
  title: `基准测试公示${i}`,
  body: "内容",
  status: "PUBLISHED" as const,
  publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
  publisherName: "基准",
  contentHash: "0".repeat(64),
  periodKind: "MONTH" as const,
  periodStart: "2026-01-01",
  periodEnd: "2026-01-31",
}));
await db.disclosure.createMany({ data: rows });
await db.disclosureTarget.createMany({ data: rows.map((r) => ({ disclosureId: r.id, communityId: community.id })) });
await db.memberPosting.createMany({
  data: Array.from({ length: 40 }, (_, i) => ({
    organizationId: community.organizations[i % community.organizations.length]?.id ?? "",
    name: `成员${i}`,
    role: "委员",
    duties: "基准",
    startedOn: "2024-01-01",
  })),
});
const after = await measure(`community page, ${counts + 90} disclosures, +40 postings`, communityPage);

// Grow the fees: 12 more months of per-building status for every fee.
const viewer = { userId: "", tokenId: "", name: "基准", role: "ADMIN" as const, countyId: null, communityIds: new Set<string>() };
const loader = await db.user.create({ data: { name: "基准", role: "ADMIN" } });
viewer.userId = loader.id;
const items = await db.feeItem.findMany({ where: { community: { code: "RJ-FUMIN" } } });
for (const item of items) {
  for (let m = 1; m <= 12; m++) {
    await publishFeeCollection(db, viewer, {
      feeItemId: item.id,
      month: `2024-${String(m).padStart(2, "0")}`,
      rows: Array.from({ length: 8 }, (_, b) => ({
        building: `${b + 1}栋`,
        householdsBilled: 100,
        householdsPaid: 90,
        householdsInArrears: 10,
        amountDue: "2400.00",
        amountCollected: "2160.00",
      })),
    });
  }
}
const feesAfter = await measure("fees page, 3 fees × 24 months, 8 buildings each", feesPage);

// The job seeker's filtered list: open, in the county, pay ≥ 2000, sorted by pay.
const jobList = () =>
  execute({
    schema,
    document: JobList,
    variableValues: { filter: { communityCode: "RJ-FUMIN", minPay: "2000", openOn: "2031-06-15" }, sort: "PAY", after: null },
    contextValue: { db, viewer: null },
  });
const employer = await db.employer.findFirstOrThrow({ where: { county: { code: "RJ" } } });
const addPostings = async (n: number, from: number) => {
  for (let i = from; i < from + n; i++) {
    await createJobPosting(db, viewer, {
      employerId: employer.id,
      title: `基准岗位${i}`,
      kind: "REGULAR",
      openings: 3,
      workAddress: "园区",
      locationScope: "COUNTY",
      payKind: "MONTHLY",
      payMin: "2500",
      payMax: String(3000 + i),
      hours: "8 小时",
      applyContact: "窗口",
      applyPhone: "0855-1234567",
      applyPlace: "服务中心",
      validFrom: "2031-06-01",
      validUntil: "2031-06-30",
      communityCodes: i % 2 ? [] : ["RJ-FUMIN"],
    });
  }
};
await addPostings(5, 0);
const jobsFew = await measure("filtered job list, 5 results", jobList);
await addPostings(95, 5);
const jobsMany = await measure("filtered job list, 100 results", jobList);

// The disclosure catalogue: one community's, and the county's ranking of late communities, with the
// demo's 8 communities (7 in 榕江县) and again with 200 in the county, each inheriting its catalogue.
const asOf = "2026-11-26T04:00:00Z";
const catalogue = () =>
  execute({
    schema,
    document: CommunityCatalogue,
    variableValues: { code: "RJ-FUMIN", asOf },
    contextValue: { db, viewer: null },
  });
const overdue = () =>
  execute({ schema, document: CountyOverdue, variableValues: { county: "RJ", asOf }, contextValue: { db, viewer: null } });
const countyCommunities = () => db.community.count({ where: { township: { county: { code: "RJ" } } } });
const catalogueFew = await measure("community catalogue, 8 communities", catalogue);
const overdueFew = await measure(`county overdue, ${await countyCommunities()} communities in the county`, overdue);
const township = await db.township.findFirstOrThrow({ where: { county: { code: "RJ" } } });
const present = await countyCommunities();
await db.community.createMany({
  data: Array.from({ length: 200 - present }, (_, i) => ({
    code: `RJ-BENCH-${i}`,
    name: `基准社区${i}`,
    townshipId: township.id,
    placement: "INSIDE_PLANNING_AREA" as const,
    settlementKind: "TOWN" as const,
    households: 300,
    population: 1200,
    relocationYearFrom: 2019,
    relocationYearTo: 2019,
    serviceCentreName: `基准社区${i}综合服务中心`,
    address: "榕江县",
  })),
});
const catalogueMany = await measure(`community catalogue, ${await db.community.count()} communities`, catalogue);
const overdueMany = await measure(`county overdue, ${await countyCommunities()} communities in the county`, overdue);

const ok =
  after === before &&
  feesAfter === feesBefore &&
  jobsFew === jobsMany &&
  catalogueFew === catalogueMany &&
  overdueFew === overdueMany;
console.log(ok ? "OK: statement counts do not grow with the data" : "FAIL: a statement count grew");
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
