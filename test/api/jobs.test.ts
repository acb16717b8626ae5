import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, type VariablesOf } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let s: TestServer;
let county: string;
let fumin: string;
let wolong: string;
let employerId: string;

const CREATE = graphql(
  `mutation CreateJobPosting($input: JobPostingInput!) { createJobPosting(input: $input) { __typename ...Refusal
    ... on CreateJobPostingSuccess { posting { id title payMin payMax isOpen communities { code } jsonLd } } } }`,
  [Refusal],
);
const LIST = graphql(`query JobList($filter: JobFilter, $sort: JobSort) { jobPostings(first: 100, filter: $filter, sort: $sort) {
  edges { node { id title payMax validFrom validUntil kind homeBased flexible locationScope } } } }`);
const BOARD = graphql(
  `mutation PublishJobBoard { publishJobBoard(communityCode: "RJ-WOLONG", month: "2032-03") { __typename ...Refusal
    ... on PublishJobBoardSuccess { board { month postings disclosure { id body contentHash category { code } } } } } }`,
  [Refusal],
);

type PostingInput = VariablesOf<typeof CREATE>["input"];
type JobFilter = NonNullable<VariablesOf<typeof LIST>["filter"]>;

/** Postings far in the future, so the demo data (laid out around today) never overlaps them. */
const posting = (over: Partial<PostingInput> = {}): PostingInput => ({
  employerId,
  title: "测试缝纫工",
  kind: "REGULAR",
  openings: 5,
  workAddress: "榕江县工业园区",
  locationScope: "COUNTY",
  payKind: "MONTHLY",
  payMin: "3000",
  payMax: "4000",
  hours: "8:00–17:00",
  applyContact: "就业窗口",
  applyPhone: "0855-1234567",
  applyPlace: "社区服务中心",
  validFrom: "2031-06-01",
  validUntil: "2031-06-30",
  communityCodes: ["RJ-FUMIN"],
  ...over,
});

const list = async (filter: JobFilter, sort?: "PAY" | "NEWEST") =>
  present((await s.gql(LIST, { filter, sort })).data).jobPostings.edges.map((e) => e.node.id);

beforeAll(async () => {
  s = await startTestServer();
  county = await s.tokenFor("COUNTY_EDITOR", { county: "RJ" });
  fumin = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  wolong = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-WOLONG"] });
  const res = await s.gql(
    graphql(
      `mutation CreateEmployer { createEmployer(input: { countyCode: "RJ", name: "测试制衣厂", kind: PARK_FIRM, verified: true }) {
        __typename ...Refusal ... on CreateEmployerSuccess { employer { id } } } }`,
      [Refusal],
    ),
    {},
    county,
  );
  employerId = member(res.data?.createEmployer, "CreateEmployerSuccess").employer.id;
});
afterAll(() => s.close());

describe("job postings", () => {
  const made: Record<string, string> = {};
  beforeAll(async () => {
    const create = async (key: string, over: Partial<PostingInput>, token = county) => {
      const res = await s.gql(CREATE, { input: posting(over) }, token);
      made[key] = member(res.data?.createJobPosting, "CreateJobPostingSuccess").posting.id;
    };
    await create("low", { title: "测试包装工", payMin: "2500", payMax: "2800" });
    await create("high", {
      title: "测试外出普工",
      payMin: "5500",
      payMax: "7500",
      locationScope: "OUT_OF_PROVINCE",
      workProvince: "浙江省",
      workCity: "宁波市",
      workDistrict: "慈溪市",
      workAddress: "周巷镇家电产业园",
      kind: "LABOUR_EXPORT",
      exportSubsidy: "1000",
      validFrom: "2031-06-10",
    });
    await create("home", {
      title: "测试绣娘",
      payKind: "PIECE_RATE",
      pieceRate: "每幅 50 元",
      payMin: "1500",
      payMax: "3000",
      homeBased: true,
      flexible: true,
      locationScope: "COMMUNITY",
    });
    await create("welfare", {
      title: "测试保洁员",
      kind: "PUBLIC_WELFARE",
      postSubsidy: "1800",
      termMonths: 12,
      payMin: "1800",
      payMax: "1800",
      validUntil: "2031-06-15",
    });
    await create("county", { title: "测试全县岗位", communityCodes: [] });
  });

  const mine = (list: string[]) => list.filter((id) => Object.values(made).includes(id));

  it("lists open postings by pay, newest, and every filter, and leaves expired ones out", async () => {
    const on = async (date: string, extra: JobFilter = {}, sort: "PAY" | "NEWEST" = "PAY") =>
      mine(await list({ communityCode: "RJ-FUMIN", openOn: date, ...extra }, sort));
    // By the top of the pay range: 7500, 4000, 3000 (piece rate), 2800, 1800.
    expect(await on("2031-06-12")).toEqual([made.high, made.county, made.home, made.low, made.welfare]);
    expect((await on("2031-06-12", {}, "NEWEST"))[0]).toBe(made.high);
    expect(await on("2031-06-20")).toEqual([made.high, made.county, made.home, made.low]); // the welfare post expired on the 15th
    expect(await on("2031-07-01")).toEqual([]);
    expect(await on("2031-05-31")).toEqual([]);
    expect(await on("2031-06-12", { homeBasedOnly: true })).toEqual([made.home]);
    expect(await on("2031-06-12", { flexibleOnly: true })).toEqual([made.home]);
    expect(await on("2031-06-12", { kind: "PUBLIC_WELFARE" })).toEqual([made.welfare]);
    expect(await on("2031-06-12", { scopes: ["OUT_OF_PROVINCE", "PROVINCE"] })).toEqual([made.high]);
    expect(await on("2031-06-12", { minPay: "3500" })).toEqual([made.high, made.county]);
    expect(await on("2031-06-12", { keyword: "绣" })).toEqual([made.home]);
    expect(await on("2031-06-12", { keyword: "测试制衣" })).toHaveLength(5); // the employer's name matches too
    const closed = await s.gql(
      graphql(`mutation FillPosting($id: ID!) { setJobPostingStatus(id: $id, status: FILLED) { __typename } }`),
      { id: present(made.low) },
      county,
    );
    expect(closed.data?.setJobPostingStatus.__typename).toBe("SetJobPostingStatusSuccess");
    expect(await on("2031-06-12")).not.toContain(made.low);
  });

  it("targets one, several, or every community of the county", async () => {
    const inCommunity = async (code: string) => mine(await list({ communityCode: code, openOn: "2031-06-12" }));
    expect(await inCommunity("RJ-WOLONG")).toEqual([made.county]);
    expect(await inCommunity("RJ-FENGHUANG")).toEqual([made.county]);
    const detail = await s.gql(graphql(`query Targets($id: ID!) { jobPosting(id: $id) { communities { code } } }`), {
      id: present(made.county),
    });
    expect(detail.data?.jobPosting?.communities).toHaveLength(7);
    const byCounty = mine(await list({ countyCode: "SC", openOn: "2031-06-12" }));
    expect(byCounty).toEqual([]);
  });

  it("lists every posting of the county for the people who publish, closed or expired too, newest first", async () => {
    const created = await s.gql(CREATE, { input: posting({ title: "测试已停止岗位" }) }, county);
    const id = member(created.data?.createJobPosting, "CreateJobPostingSuccess").posting.id;
    const close = await s.gql(
      graphql(`mutation CloseTestPosting($id: ID!) { setJobPostingStatus(id: $id, status: CLOSED) { __typename ...Refusal } }`, [
        Refusal,
      ]),
      { id },
      county,
    );
    expect(close.data?.setJobPostingStatus.__typename).toBe("SetJobPostingStatusSuccess");
    expect(mine(await list({ countyCode: "RJ", openOn: "2031-06-12" }))).not.toContain(id);
    const res = await s.gql(graphql(`query CountyPostings { county(code: "RJ") { postings { id status statusLabel } } }`), {});
    const postings = present(res.data?.county).postings;
    expect(postings[0]).toEqual({ id, status: "CLOSED", statusLabel: "已停止" });
    expect(postings.map((p) => p.id)).toEqual(expect.arrayContaining(Object.values(made)));
  });

  it("describes each posting as valid schema.org JobPosting JSON-LD", async () => {
    const res = await s.gql(graphql(`query JsonLd($id: ID!) { jobPosting(id: $id) { jsonLd } }`), { id: present(made.home) });
    const ld = JSON.parse(present(res.data?.jobPosting).jsonLd);
    expect(ld).toMatchObject({
      "@context": "https://schema.org/",
      "@type": "JobPosting",
      title: "测试绣娘",
      datePosted: "2031-06-01",
      validThrough: "2031-06-30T23:59:59+08:00",
      hiringOrganization: { "@type": "Organization", name: "测试制衣厂" },
      jobLocationType: "TELECOMMUTE",
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "CN" } },
      baseSalary: { "@type": "MonetaryAmount", currency: "CNY", value: { minValue: 1500, maxValue: 3000, unitText: "MONTH" } },
    });
    expect(ld.description).toContain("每幅 50 元");
  });

  it("keeps staff-typed text from breaking out of the JSON-LD script element", async () => {
    const title = "缝纫工</script><script>alert(1)</script>";
    const res = await s.gql(CREATE, { input: posting({ title }) }, county);
    const { jsonLd } = member(res.data?.createJobPosting, "CreateJobPostingSuccess").posting;
    expect(jsonLd).not.toContain("<");
    expect(JSON.parse(jsonLd).title).toBe(title);
  });

  it("refuses bad postings field by field, and writes for the right people only", async () => {
    const before = await s.db.jobPosting.count();
    const bad = await s.gql(
      CREATE,
      {
        input: posting({
          payMin: "5000",
          payMax: "4000",
          validUntil: "2031-05-01",
          kind: "PUBLIC_WELFARE",
          applyPhone: "打电话",
          ageMin: 10,
        }),
      },
      county,
    );
    const fields = member(bad.data?.createJobPosting, "ValidationError").issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(["input.payMax", "input.validUntil", "input.postSubsidy", "input.applyPhone", "input.ageMin"]),
    );
    expect((await s.gql(CREATE, { input: posting() })).data?.createJobPosting).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await s.gql(CREATE, { input: posting() }, wolong)).data?.createJobPosting).toMatchObject({ code: "FORBIDDEN" });
    // A community editor may post to their own community, but not to the whole county.
    expect((await s.gql(CREATE, { input: posting({ communityCodes: [] }) }, fumin)).data?.createJobPosting).toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await s.gql(CREATE, { input: posting({ communityCodes: ["SC-TONGLUOWAN"] }) }, await s.tokenFor("ADMIN"));
    expect(other.data?.createJobPosting).toMatchObject({ code: "VALIDATION_FAILED", field: "input.communityCodes" });
    expect(await s.db.jobPosting.count()).toBe(before);
    expect(
      (await s.gql(CREATE, { input: posting({ title: "社区自己发的岗位" }) }, fumin)).data?.createJobPosting.__typename,
    ).toBe("CreateJobPostingSuccess");
  });
});

describe("place of work", () => {
  const PLACE = graphql(`query Place($id: ID!) { jobPosting(id: $id) {
    kind locationScope workProvince workCity workDistrict workAddress placeOfWork placeOfWorkRecorded applyPlace jsonLd } }`);
  const place = async (id: string) => present((await s.gql(PLACE, { id })).data?.jobPosting);
  const DESTINATIONS = graphql(`query Destinations($c: String, $d: String) {
    jobDestinations(communityCode: $c, openOn: $d) { province provinceCode city citySlug postings } }`);
  const create = async (over: Partial<PostingInput>) => s.gql(CREATE, { input: posting(over) }, county);
  const away = { kind: "LABOUR_EXPORT", locationScope: "OUT_OF_PROVINCE", exportSubsidy: "1000" } as const;
  const issues = (res: Awaited<ReturnType<typeof create>>) =>
    member(res.data?.createJobPosting, "ValidationError").issues.map((i) => i.field);

  it("says where the work is in every posting's JSON-LD: the place of work, never the place to register", async () => {
    const ids = (await s.db.jobPosting.findMany({ select: { id: true } })).map((p) => p.id);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) {
      const p = await place(id);
      const ld = JSON.parse(p.jsonLd);
      const address = ld.jobLocation.address;
      expect(p.placeOfWorkRecorded, p.placeOfWork).toBe(true);
      expect(address.addressRegion).toBe(p.workProvince);
      expect(address.addressLocality).toBe(p.workCity);
      expect(`${address.addressRegion}${address.addressLocality}${address.streetAddress ?? ""}`).toBe(
        p.placeOfWork.replace(" ", ""),
      );
      expect(ld.description).toContain(`工作地点：${p.placeOfWork}`);
      if (p.kind === "LABOUR_EXPORT") {
        // Recruits from the county, to work where the factory is.
        expect(ld.applicantLocationRequirements.name).toMatch(/^(贵州省榕江县|江西省石城县)$/);
        expect(p.placeOfWork).not.toContain(p.applyPlace);
        expect(p.placeOfWork).not.toMatch(/榕江县|石城县/);
      }
      if (p.locationScope === "OUT_OF_PROVINCE") expect(ld.applicantLocationRequirements.name).not.toContain(p.workProvince);
    }
    const exports = await s.db.jobPosting.findMany({ where: { kind: "LABOUR_EXPORT" }, distinct: ["workCity"] });
    expect(exports.map((e) => `${e.workProvince}${e.workCity}`).sort()).toEqual(
      ["广东省东莞市", "浙江省宁波市", "福建省泉州市", "贵州省贵阳市"].sort(),
    );
  });

  it("fills the place of work from the county for work in it, and filters by province and city of work", async () => {
    const local = member((await create({ title: "测试县内岗位" })).data?.createJobPosting, "CreateJobPostingSuccess").posting;
    expect(await place(local.id)).toMatchObject({
      workProvince: "贵州省",
      workCity: "黔东南苗族侗族自治州",
      workDistrict: "榕江县",
      placeOfWork: "贵州省黔东南苗族侗族自治州榕江县 工业园区",
    });
    const guangzhou = member(
      (await create({ ...away, title: "测试广州岗位", workProvince: "广东", workCity: "广州市", workAddress: "白云区物流园" }))
        .data?.createJobPosting,
      "CreateJobPostingSuccess",
    ).posting;
    expect(await place(guangzhou.id)).toMatchObject({
      workProvince: "广东省",
      workDistrict: null,
      placeOfWork: "广东省广州市 白云区物流园",
    });
    const on = (extra: JobFilter) => list({ communityCode: "RJ-FUMIN", openOn: "2031-06-12", ...extra });
    expect(await on({ workProvince: "广东省" })).toEqual([guangzhou.id]);
    expect(await on({ workProvince: "广东", workCity: "广州市" })).toEqual([guangzhou.id]);
    expect(await on({ workCity: "东莞市" })).toEqual([]);
    const ningbo = await s.db.jobPosting.findFirstOrThrow({ where: { title: "测试外出普工" } });
    expect(await on({ keyword: "宁波" })).toEqual([ningbo.id]); // the city of work, not in the title
    expect(await on({ keyword: "慈溪" })).toEqual([ningbo.id]);
    expect(await on({ workProvince: "浙江省" })).not.toContain(guangzhou.id);
    const bad = await s.gql(LIST, { filter: { workProvince: "火星" } });
    expect(bad.errors?.[0]?.message).toContain("火星");
    const where = present((await s.gql(DESTINATIONS, { c: "RJ-FUMIN", d: "2031-06-12" })).data).jobDestinations;
    // Only work away from home has destinations: the county-scope posting is not one.
    expect(where.map((d) => `${d.provinceCode}${d.province}${d.city}`).sort()).toEqual(["33浙江省宁波市", "44广东省广州市"]);
    expect(new Set(where.map((d) => d.citySlug)).size).toBe(2);
    for (const d of where) expect(d.citySlug).toMatch(/^[0-9a-f]{8}$/);
  });

  it("refuses a place of work that does not fit, field by field", async () => {
    expect(issues(await create({ ...away }))).toEqual(["input.workProvince", "input.workCity"]);
    expect(issues(await create({ ...away, workProvince: "贵州省", workCity: "贵阳市" }))).toEqual(["input.workProvince"]);
    expect(issues(await create({ ...away, workProvince: "火星", workCity: "某市" }))).toEqual(["input.workProvince"]);
    expect(issues(await create({ workProvince: "浙江省" }))).toEqual(["input.workProvince"]);
    expect(issues(await create({ locationScope: "PROVINCE" }))).toEqual(["input.workCity"]);
    expect(issues(await create({ workCity: "x".repeat(31) }))).toEqual(["input.workCity"]);
    const local = member((await create({ title: "测试改为外出" })).data?.createJobPosting, "CreateJobPostingSuccess").posting;
    const UPDATE = graphql(
      `mutation Move($id: ID!, $input: JobPostingPatch!) { updateJobPosting(id: $id, input: $input) { __typename ...Refusal } }`,
      [Refusal],
    );
    const moved = await s.gql(UPDATE, { id: local.id, input: { locationScope: "OUT_OF_PROVINCE" } }, county);
    expect(member(moved.data?.updateJobPosting, "ValidationError").issues.map((i) => i.field)).toEqual(["input.workProvince"]);
    const fixed = await s.gql(
      UPDATE,
      {
        id: local.id,
        input: {
          locationScope: "OUT_OF_PROVINCE",
          workProvince: "江苏省",
          workCity: "苏州市",
          workDistrict: null,
          workAddress: "工业园区",
        },
      },
      county,
    );
    expect(fixed.data?.updateJobPosting.__typename).toBe("UpdateJobPostingSuccess");
    expect(await place(local.id)).toMatchObject({ placeOfWork: "江苏省苏州市 工业园区" });
    expect((await s.gql(UPDATE, { id: local.id, input: { workCity: "无锡市" } }, wolong)).data?.updateJobPosting).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("shows 未注明 for a posting from before the place of work was recorded, and its JSON-LD claims no more than its scope", async () => {
    const made = member(
      (
        await create({
          ...away,
          title: "测试旧岗位",
          workProvince: "浙江省",
          workCity: "宁波市",
          workAddress: "榕江县古州镇人社服务大厅",
        })
      ).data?.createJobPosting,
      "CreateJobPostingSuccess",
    ).posting;
    // What the migration leaves on an out-of-province row: no place of work, the old text kept.
    await s.db.jobPosting.update({ where: { id: made.id }, data: { workProvince: null, workCity: null, workDistrict: null } });
    const p = await place(made.id);
    expect(p).toMatchObject({ placeOfWork: "未注明", placeOfWorkRecorded: false, workAddress: "榕江县古州镇人社服务大厅" });
    const { address } = JSON.parse(p.jsonLd).jobLocation;
    expect(address).toEqual({ "@type": "PostalAddress", addressCountry: "CN" });
  });
});

describe("the place-of-work migration", () => {
  it("keeps old rows: work in the county gets the county, work away stays 未注明", async () => {
    const dir = "prisma/migrations";
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const mine = names.findIndex((n) => n.endsWith("_job_place_of_work"));
    const db = new Database(":memory:");
    for (const name of names.slice(0, mine)) db.exec(readFileSync(`${dir}/${name}/migration.sql`, "utf8"));
    db.exec(`INSERT INTO "County" (id, code, name, province, prefecture) VALUES ('c', 'RJ', '榕江县', '贵州省', '黔东南苗族侗族自治州');
      INSERT INTO "Employer" (id, countyId, name, kind) VALUES ('e', 'c', '厂', 'ENTERPRISE');`);
    const insert = db.prepare(`INSERT INTO "JobPosting" (id, countyId, employerId, title, kind, openings, workAddress,
      locationScope, payKind, payMin, payMax, hours, applyContact, applyPhone, applyPlace, validFrom, validUntil, updatedAt)
      VALUES (?, 'c', 'e', '岗位', 'REGULAR', 1, ?, ?, 'MONTHLY', 1, 1, '8小时', '窗口', '0855-1', '大厅', '2026-01-01', '2026-01-31', 0)`);
    insert.run("local", "榕江县工业园区", "COUNTY");
    insert.run("away", "榕江县古州镇人社服务大厅", "OUT_OF_PROVINCE");
    insert.run("province", "榕江县古州镇人社服务大厅", "PROVINCE");
    db.exec(readFileSync(`${dir}/${names[mine]}/migration.sql`, "utf8"));
    const rows = db.prepare(`SELECT id, workProvince, workCity, workDistrict, workAddress FROM "JobPosting" ORDER BY id`).all();
    expect(rows).toEqual([
      { id: "away", workProvince: null, workCity: null, workDistrict: null, workAddress: "榕江县古州镇人社服务大厅" },
      {
        id: "local",
        workProvince: "贵州省",
        workCity: "黔东南苗族侗族自治州",
        workDistrict: "榕江县",
        workAddress: "榕江县工业园区",
      },
      { id: "province", workProvince: null, workCity: null, workDistrict: null, workAddress: "榕江县古州镇人社服务大厅" },
    ]);
    db.close();
  });
});

describe("monthly boards", () => {
  it("freeze what was open that month: later edits and expiry do not change the board", async () => {
    const created = await s.gql(
      CREATE,
      {
        input: posting({
          title: "冻结测试岗位",
          validFrom: "2032-03-01",
          validUntil: "2032-03-20",
          communityCodes: ["RJ-WOLONG"],
        }),
      },
      county,
    );
    const { id } = member(created.data?.createJobPosting, "CreateJobPostingSuccess").posting;
    const board = await s.gql(BOARD, {}, wolong);
    const published = member(board.data?.publishJobBoard, "PublishJobBoardSuccess").board;
    expect(published).toMatchObject({ month: "2032-03", postings: 1, disclosure: { category: { code: "JOBS" } } });
    expect(published.disclosure.body).toContain("冻结测试岗位");
    expect(published.disclosure.body).toContain("3000–4000 元/月");

    const edit = await s.gql(
      graphql(
        `mutation Rename($id: ID!) { updateJobPosting(id: $id, input: { title: "改过名的岗位", payMax: "9000" }) {
          __typename ...Refusal ... on UpdateJobPostingSuccess { posting { title payMax } } } }`,
        [Refusal],
      ),
      { id },
      county,
    );
    expect(member(edit.data?.updateJobPosting, "UpdateJobPostingSuccess").posting).toEqual({
      title: "改过名的岗位",
      payMax: "9000.00",
    });
    const after = await s.gql(
      graphql(`query Board($id: ID!) { disclosure(id: $id) { body contentHash canonicalContent hashVerified } }`),
      { id: published.disclosure.id },
    );
    const disclosure = present(after.data?.disclosure);
    expect(disclosure.body).toBe(published.disclosure.body);
    expect(disclosure.hashVerified).toBe(true);
    expect(createHash("sha256").update(present(disclosure.canonicalContent)).digest("hex")).toBe(
      published.disclosure.contentHash,
    );
    // After the posting expires it is open nowhere, yet the board still lists it.
    const open = await list({ communityCode: "RJ-WOLONG", openOn: "2032-03-21" });
    expect(open).not.toContain(id);
    const twice = await s.gql(BOARD, {}, wolong);
    expect(twice.data?.publishJobBoard).toMatchObject({ code: "JOB_BOARD_EXISTS" });
  });
});

describe("posting import", () => {
  const IMPORT = graphql(
    `mutation ImportJobPostings($f: String!, $c: String!) { importJobPostings(countyCode: "RJ", fileName: $f, contentBase64: $c) {
      __typename ...Refusal ... on ImportJobPostingsSuccess { postings { title communities { code } } } } }`,
    [Refusal],
  );

  async function templateWith(edit: (sheet: ExcelJS.Worksheet) => void) {
    const res = await fetch(`${s.url}/templates/job-postings.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    edit(sheet);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
  }
  const column = (sheet: ExcelJS.Worksheet, header: string) => {
    let found = 0;
    sheet.getRow(1).eachCell((cell, n) => {
      if (String(cell.value).startsWith(header)) found = n;
    });
    return found;
  };

  it("creates every row of a good file, once its employers are registered", async () => {
    const content = await templateWith((sheet) => {
      const employer = column(sheet, "用工单位");
      sheet.getRow(2).getCell(employer).value = "测试制衣厂";
      sheet.getRow(3).getCell(employer).value = "测试制衣厂";
    });
    const res = await s.gql(IMPORT, { f: "岗位.xlsx", c: content }, county);
    // The template's three example rows: the third, labour export, names a demo employer of the county.
    const postings = member(res.data?.importJobPostings, "ImportJobPostingsSuccess").postings;
    expect(postings).toHaveLength(3);
    expect(postings[2]).toMatchObject({ title: "浙江宁波家电厂组织输出（普工）" });
  });

  it("creates nothing when one row is bad, and names the row and the field", async () => {
    const before = await s.db.jobPosting.count();
    const content = await templateWith((sheet) => {
      const employer = column(sheet, "用工单位");
      sheet.getRow(2).getCell(employer).value = "测试制衣厂";
      sheet.getRow(3).getCell(employer).value = "没登记的单位";
    });
    const res = await s.gql(IMPORT, { f: "岗位.xlsx", c: content }, county);
    expect(res.data?.importJobPostings).toMatchObject({ code: "VALIDATION_FAILED", field: "file.row3.employer" });
    const csv = Buffer.from("\uFEFF岗位名称,用工单位\r\n缝纫工,测试制衣厂\r\n", "utf8").toString("base64");
    const missing = await s.gql(IMPORT, { f: "岗位.csv", c: csv }, county);
    expect(missing.data?.importJobPostings).toMatchObject({ code: "VALIDATION_FAILED", field: "file" });
    expect((await s.gql(IMPORT, { f: "岗位.xlsx", c: content }, fumin)).data?.importJobPostings).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await s.db.jobPosting.count()).toBe(before);
  });

  it("reads the place of work from its own columns, and names the row and field when work away has none", async () => {
    const before = await s.db.jobPosting.count();
    const away = (province: string, city: string) =>
      templateWith((sheet) => {
        const row = sheet.getRow(2);
        row.getCell(column(sheet, "用工单位")).value = "测试制衣厂";
        row.getCell(column(sheet, "地点范围")).value = "省外";
        row.getCell(column(sheet, "工作省份")).value = province;
        row.getCell(column(sheet, "工作城市")).value = city;
        row.getCell(column(sheet, "工作地点")).value = "周巷镇家电产业园";
        // Only this row: the template's other example rows are emptied (empty rows are skipped).
        for (const n of [3, 4])
          sheet.getRow(n).eachCell((cell) => {
            cell.value = null;
          });
      });
    const bad = await s.gql(IMPORT, { f: "岗位.xlsx", c: await away("", "") }, county);
    expect(member(bad.data?.importJobPostings, "ValidationError").issues).toEqual([
      { field: "file.row2.workProvince", message: "第2行：省外务工岗位请填写工作所在省份，如 浙江省" },
      { field: "file.row2.workCity", message: "第2行：外出务工岗位请填写工作城市，如 宁波市" },
    ]);
    expect(await s.db.jobPosting.count()).toBe(before);
    const good = await s.gql(IMPORT, { f: "岗位.xlsx", c: await away("浙江", "宁波市") }, county);
    expect(member(good.data?.importJobPostings, "ImportJobPostingsSuccess").postings).toHaveLength(1);
    const made = await s.db.jobPosting.findFirstOrThrow({ where: { workCity: "宁波市", workAddress: "周巷镇家电产业园" } });
    expect(made).toMatchObject({ workProvince: "浙江省", locationScope: "OUT_OF_PROVINCE" });
  });
});

describe("training courses", () => {
  it("lists courses open for registration and describes them as schema.org Course", async () => {
    const created = await s.gql(
      graphql(
        `mutation CreateCourse($input: TrainingCourseInput!) { createTrainingCourse(input: $input) {
          __typename ...Refusal ... on CreateTrainingCourseSuccess { course { id jsonLd livingAllowancePerDay } } } }`,
        [Refusal],
      ),
      {
        input: {
          countyCode: "RJ",
          title: "测试刺绣班",
          trade: "CRAFTS",
          provider: "县职校",
          startsOn: "2031-09-10",
          endsOn: "2031-09-30",
          sessions: "每天 9:00–16:00",
          place: "县培训基地",
          capacity: 30,
          trainingSubsidy: "1200",
          livingAllowancePerDay: "40",
          eligibility: "搬迁劳动力",
          howToRegister: "社区窗口登记",
          registrationDeadline: "2031-09-05",
        },
      },
      county,
    );
    const { course } = member(created.data?.createTrainingCourse, "CreateTrainingCourseSuccess");
    expect(course.livingAllowancePerDay).toBe("40.00");
    const ld = JSON.parse(course.jsonLd);
    expect(ld).toMatchObject({ "@type": "Course", name: "测试刺绣班", provider: { "@type": "Organization", name: "县职校" } });
    expect(ld.hasCourseInstance).toMatchObject({ "@type": "CourseInstance", startDate: "2031-09-10", endDate: "2031-09-30" });
    const courses = async (date: string) => {
      const res = await s.gql(
        graphql(`query Courses($d: String!) {
          trainingCourses(first: 100, filter: { communityCode: "RJ-FENGLE", openOn: $d }) { edges { node { id } } } }`),
        { d: date },
      );
      return present(res.data).trainingCourses.edges.map((e) => e.node.id);
    };
    expect(await courses("2031-09-05")).toContain(course.id);
    expect(await courses("2031-09-06")).not.toContain(course.id);
  });
});
