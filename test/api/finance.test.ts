import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, member, present, Refusal, refusal, type VariablesOf } from "../support/graphql.ts";
import { COMMUNITY_CODES } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

/**
 * The finance domain over GraphQL: the demo books balance to the fen, one month goes through the
 * whole workflow (record → submit → query → answer → sign off → publish), and every refusal leaves
 * the books as they were.
 */

let s: TestServer;
let editor: string;
let otherEditor: string;
let supervisor: string;
let otherSupervisor: string;
let members: { name: string; token: string }[];
let categories: Record<string, string>;

const COMMUNITY = "RJ-WOLONG";
const PeriodFields = graphql(`
  fragment PeriodFields on FinancePeriod @_unmask {
    id month status openingBalance incomeTotal expenseTotal closingBalance unansweredQueries chainHash previousHash
    canonicalContent disclosure { id status categoryCode: category { code } body }
  }
`);
const EntryFields = graphql(`
  fragment EntryFields on LedgerEntry @_unmask {
    id sequence date voucherNo amount direction category { code } month adjusts { id month voucherNo } adjustmentReason
    adjustedBy { id month voucherNo amount }
  }
`);

const ops = {
  open: graphql(
    `mutation OpenPeriod($input: OpenFinancePeriodInput!) { openFinancePeriod(input: $input) {
      __typename ...Refusal ... on OpenFinancePeriodSuccess { period { ...PeriodFields } } } }`,
    [Refusal, PeriodFields],
  ),
  record: graphql(
    `mutation RecordEntry($input: LedgerEntryInput!) { recordLedgerEntry(input: $input) {
      __typename ...Refusal ... on RecordLedgerEntrySuccess { entry { ...EntryFields } } } }`,
    [Refusal, EntryFields],
  ),
  remove: graphql(
    `mutation DeleteEntry($id: ID!) { deleteLedgerEntry(id: $id) {
      __typename ...Refusal ... on DeleteLedgerEntrySuccess { period { id } } } }`,
    [Refusal],
  ),
  import: graphql(
    `mutation ImportEntries($periodId: ID!, $fileName: String!, $content: String!) {
      importLedgerEntries(periodId: $periodId, fileName: $fileName, contentBase64: $content) {
        __typename ...Refusal ... on ImportLedgerEntriesSuccess { period { ...PeriodFields entries(first: 1) { totalCount } } } } }`,
    [Refusal, PeriodFields],
  ),
  submit: graphql(
    `mutation SubmitPeriod($id: ID!) { submitFinancePeriod(periodId: $id) {
      __typename ...Refusal ... on SubmitFinancePeriodSuccess { period { ...PeriodFields } } } }`,
    [Refusal, PeriodFields],
  ),
  ask: graphql(
    `mutation Ask($input: RaiseFinanceQueryInput!) { raiseFinanceQuery(input: $input) {
      __typename ...Refusal ... on RaiseFinanceQuerySuccess { query { id askedBy askedByRole entry { voucherNo } } } } }`,
    [Refusal],
  ),
  answer: graphql(
    `mutation Answer($id: ID!, $answer: String!) { answerFinanceQuery(queryId: $id, answer: $answer) {
      __typename ...Refusal ... on AnswerFinanceQuerySuccess { query { id answer } } } }`,
    [Refusal],
  ),
  signOff: graphql(
    `mutation SignOff($input: SignOffFinancePeriodInput!) { signOffFinancePeriod(input: $input) { __typename ...Refusal
      ... on SignOffFinancePeriodSuccess { period { ...PeriodFields review { opinion opinionLabel opinionText } signatures { name role signedAt opinion opinionText } } } } }`,
    [Refusal, PeriodFields],
  ),
  publish: graphql(
    `mutation PublishPeriod($id: ID!) { publishFinancePeriod(periodId: $id) {
      __typename ...Refusal ... on PublishFinancePeriodSuccess { period { ...PeriodFields } } } }`,
    [Refusal, PeriodFields],
  ),
};
const PERIOD_BY_ID = graphql(`query PeriodById($id: ID!) { financePeriod(id: $id) { id } }`);
const CATEGORIES = graphql(`query Categories($c: String!) { community(code: $c) { ledgerCategories { id code } } }`);
const OPEN_MONTH = graphql(`
  query OpenMonth($c: String!) { community(code: $c) { financePeriods(first: 1) { edges { node { id month status } } } } }
`);

/** A community's ledger categories' ids by code. */
const categoriesOf = async (code: string) =>
  Object.fromEntries(present((await s.gql(CATEGORIES, { c: code })).data?.community).ledgerCategories.map((c) => [c.code, c.id]));

const fenOf = (amount: string) => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`not an exact amount: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

/** The month currently open in a community, as its staff see it. */
async function openMonth(code = COMMUNITY, token = editor) {
  const res = await s.gql(OPEN_MONTH, { c: code }, token);
  return present(present(res.data?.community).financePeriods.edges[0]).node;
}

const counts = async () => ({
  entries: await s.db.ledgerEntry.count(),
  periods: await s.db.financePeriod.count(),
  queries: await s.db.financeQuery.count(),
  disclosures: await s.db.disclosure.count(),
  statuses: (await s.db.financePeriod.findMany({ select: { status: true }, orderBy: { id: "asc" } })).map((p) => p.status),
});

type EntryInput = VariablesOf<typeof ops.record>["input"];
const entry = (periodId: string, over: Partial<EntryInput> = {}): EntryInput => ({
  periodId,
  date: "2026-11-20",
  voucherNo: `测-${Math.random().toString(36).slice(2, 8)}`,
  categoryId: present(categories.OFFICE),
  amount: "128.50",
  counterparty: "县城文具店",
  description: "购买复印纸",
  ...over,
});

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.tokenFor("COMMUNITY_EDITOR", { communities: [COMMUNITY] });
  otherEditor = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
  supervisor = await s.tokenFor("SUPERVISOR", { communities: [COMMUNITY] });
  otherSupervisor = await s.tokenFor("SUPERVISOR", { communities: ["RJ-FUMIN"] });
  const res = await s.gql(graphql(`query Setup($c: String!) { community(code: $c) { ledgerCategories { id code } } }`), {
    c: COMMUNITY,
  });
  const community = present(res.data?.community);
  categories = Object.fromEntries(community.ledgerCategories.map((c) => [c.code, c.id]));
  members = await s.memberTokens(COMMUNITY);
});
afterAll(() => s.close());

describe("the demo books", () => {
  it("balance to the fen in every published month, and closing balances chain month to month", async () => {
    const codes = present((await s.gql(COMMUNITY_CODES)).data).communities.edges.map((e) => e.node.code);
    let months = 0;
    for (const code of codes) {
      const res = await s.gql(
        graphql(`query Books($c: String!) { community(code: $c) { financePeriods(first: 100) { edges { node {
          month status openingBalance incomeTotal expenseTotal closingBalance categoryTotals { direction amount }
          entries(first: 100) { totalCount edges { node { amount direction } } } } } } } }`),
        { c: code },
      );
      const periods = present(res.data?.community)
        .financePeriods.edges.map((e) => e.node)
        .reverse();
      expect(periods.length).toBe(12);
      periods.forEach((p, i) => {
        expect(p.status).toBe("PUBLISHED");
        expect(p.entries.totalCount).toBe(p.entries.edges.length);
        const sum = (direction: string) =>
          p.entries.edges.filter((e) => e.node.direction === direction).reduce((n, e) => n + fenOf(e.node.amount), 0);
        const byCategory = (direction: string) =>
          p.categoryTotals.filter((t) => t.direction === direction).reduce((n, t) => n + fenOf(t.amount), 0);
        expect(fenOf(p.incomeTotal)).toBe(sum("INCOME"));
        expect(fenOf(p.expenseTotal)).toBe(sum("EXPENSE"));
        expect(byCategory("INCOME")).toBe(sum("INCOME"));
        expect(byCategory("EXPENSE")).toBe(sum("EXPENSE"));
        expect(fenOf(p.closingBalance)).toBe(fenOf(p.openingBalance) + sum("INCOME") - sum("EXPENSE"));
        if (i > 0) expect(p.openingBalance).toBe(periods[i - 1]?.closingBalance);
        months++;
      });
    }
    expect(months).toBe(96);
  });

  it("adds up a year from its months, and shows the adjustment where it was made and where it applies", async () => {
    const res = await s.gql(
      graphql(`{ community(code: "RJ-FUMIN") {
        financeYear(year: 2026) { openingBalance closingBalance incomeTotal expenseTotal
          months { month openingBalance closingBalance incomeTotal expenseTotal } categoryTotals { direction amount } }
        may: financePeriod(month: "2026-05") { adjustedLater { month amount adjustmentReason adjusts { month voucherNo } } }
        june: financePeriod(month: "2026-06") {
          entries(first: 100) { edges { node { amount adjusts { month voucherNo adjustedBy { month voucherNo } } } } } }
      } }`),
    );
    const c = present(res.data?.community);
    const year = present(c.financeYear);
    expect(year.months.map((m) => m.month)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
    expect(year.openingBalance).toBe(year.months[0]?.openingBalance);
    expect(year.closingBalance).toBe(year.months.at(-1)?.closingBalance);
    const total = (key: "incomeTotal" | "expenseTotal") => year.months.reduce((n, m) => n + fenOf(m[key]), 0);
    expect(fenOf(year.incomeTotal)).toBe(total("incomeTotal"));
    expect(fenOf(year.expenseTotal)).toBe(total("expenseTotal"));
    expect(year.categoryTotals.filter((t) => t.direction === "EXPENSE").reduce((n, t) => n + fenOf(t.amount), 0)).toBe(
      total("expenseTotal"),
    );
    const adjustment = present(present(c.may).adjustedLater[0], "an adjustment made later");
    expect(adjustment).toMatchObject({ month: "2026-06", adjusts: { month: "2026-05" } });
    expect(fenOf(adjustment.amount)).toBeLessThan(0);
    expect(adjustment.adjustmentReason).toContain("两次");
    const reversal = present(present(c.june).entries.edges.find((e) => e.node.adjusts)?.node, "the reversal");
    expect(reversal.adjusts?.adjustedBy).toEqual([{ month: "2026-06", voucherNo: expect.any(String) }]);
  });

  it("keeps open months, drafts of the books, away from the public", async () => {
    const publicView = await s.gql(
      graphql(`query PublicView($c: String!) { community(code: $c) {
        financePeriod(month: "2026-11") { id } financePeriods(first: 100) { edges { node { status } } } } }`),
      { c: COMMUNITY },
    );
    const community = present(publicView.data?.community);
    expect(community.financePeriod).toBeNull();
    expect(community.financePeriods.edges.every((e) => e.node.status === "PUBLISHED")).toBe(true);
    const staffView = await openMonth();
    expect(staffView).toMatchObject({ month: "2026-11", status: "OPEN" });
    expect((await s.gql(PERIOD_BY_ID, { id: staffView.id })).data?.financePeriod).toBeNull();
    expect((await s.gql(PERIOD_BY_ID, { id: staffView.id }, supervisor)).data?.financePeriod).toEqual({ id: staffView.id });
    expect((await s.gql(PERIOD_BY_ID, { id: staffView.id }, otherSupervisor)).data?.financePeriod).toBeNull();
  });
});

describe("a month from the first entry to publication", () => {
  it("records, freezes, answers every query, signs off and publishes into the hash chain", async () => {
    const period = await openMonth();
    const before = present(
      (
        await s.gql(
          graphql(`query Before($id: ID!) { financePeriod(id: $id) {
            entries(first: 1) { totalCount } incomeTotal expenseTotal openingBalance } }`),
          { id: period.id },
          editor,
        )
      ).data?.financePeriod,
    );
    const recorded = await s.gql(ops.record, { input: entry(period.id, { voucherNo: "记-900", amount: "1234.56" }) }, editor);
    const recordedEntry = member(recorded.data?.recordLedgerEntry, "RecordLedgerEntrySuccess").entry;
    expect(recordedEntry).toMatchObject({ amount: "1234.56", direction: "EXPENSE", month: "2026-11" });
    const income = await s.gql(
      ops.record,
      {
        input: entry(period.id, {
          voucherNo: "记-901",
          categoryId: present(categories.OTHER_INCOME),
          amount: "0.01",
          description: "银行利息",
        }),
      },
      editor,
    );
    expect(income.data?.recordLedgerEntry.__typename).toBe("RecordLedgerEntrySuccess");

    // The committee may not ask while staff are still recording; it asks once the month is frozen.
    const early = await s.gql(ops.ask, { input: { periodId: period.id, question: "这笔钱用在哪里？" } }, supervisor);
    expect(early.data?.raiseFinanceQuery).toMatchObject({ __typename: "StateConflictError", code: "FINANCE_PERIOD_OPEN" });

    const submitted = member(
      (await s.gql(ops.submit, { id: period.id }, editor)).data?.submitFinancePeriod,
      "SubmitFinancePeriodSuccess",
    ).period;
    expect(submitted.status).toBe("SUBMITTED");
    expect(fenOf(submitted.expenseTotal)).toBe(fenOf(before.expenseTotal) + 123_456);
    expect(fenOf(submitted.incomeTotal)).toBe(fenOf(before.incomeTotal) + 1);
    expect(fenOf(submitted.closingBalance)).toBe(
      fenOf(submitted.openingBalance) + fenOf(submitted.incomeTotal) - fenOf(submitted.expenseTotal),
    );

    const frozen = await s.gql(ops.record, { input: entry(period.id) }, editor);
    expect(frozen.data?.recordLedgerEntry).toMatchObject({ __typename: "StateConflictError", code: "FINANCE_PERIOD_SUBMITTED" });
    const deleted = await s.gql(ops.remove, { id: recordedEntry.id }, editor);
    expect(deleted.data?.deleteLedgerEntry).toMatchObject({ code: "FINANCE_PERIOD_SUBMITTED" });

    const asked = await s.gql(
      ops.ask,
      {
        input: {
          periodId: period.id,
          entryId: recordedEntry.id,
          question: "1234.56 元办公用品是否有采购清单？",
        },
      },
      supervisor,
    );
    const supervisorQuery = member(asked.data?.raiseFinanceQuery, "RaiseFinanceQuerySuccess").query;
    expect(supervisorQuery).toMatchObject({ askedByRole: "居务监督委员会", entry: { voucherNo: "记-900" } });
    const staffAsk = await s.gql(ops.ask, { input: { periodId: period.id, question: "本月利息收入是否已入账？" } }, editor);
    const staffQuery = member(staffAsk.data?.raiseFinanceQuery, "RaiseFinanceQuerySuccess").query;
    expect(staffQuery.askedByRole).toBe("社区工作人员");
    expect(
      (await s.gql(ops.ask, { input: { periodId: period.id, question: "别的社区能问吗？" } }, otherSupervisor)).data
        ?.raiseFinanceQuery,
    ).toMatchObject({ code: "FORBIDDEN" });

    const signInput: VariablesOf<typeof ops.signOff>["input"] = {
      periodId: period.id,
      opinion: "AGREE",
      opinionText: "同意公开",
    };
    const [chair, second, third] = members;
    if (!chair || !second || !third) throw new Error("the demo committee has three members");
    const blocked = await s.gql(ops.signOff, { input: signInput }, chair.token);
    expect(blocked.data?.signOffFinancePeriod).toMatchObject({ code: "FINANCE_QUERY_UNANSWERED" });
    expect(refusal(blocked.data?.signOffFinancePeriod).message).toContain("2 条质询未答复");

    expect(
      (await s.gql(ops.answer, { id: supervisorQuery.id, answer: "答复" }, supervisor)).data?.answerFinanceQuery,
    ).toMatchObject({ code: "FORBIDDEN" });
    for (const q of [supervisorQuery, staffQuery]) {
      const answered = await s.gql(ops.answer, { id: q.id, answer: "清单和发票附在凭证后，可到党群服务中心查阅。" }, editor);
      expect(answered.data?.answerFinanceQuery.__typename).toBe("AnswerFinanceQuerySuccess");
    }
    const twice = await s.gql(ops.answer, { id: supervisorQuery.id, answer: "改一下答复" }, editor);
    expect(twice.data?.answerFinanceQuery).toMatchObject({ code: "FINANCE_QUERY_ANSWERED" });

    // Staff cannot sign for the committee, nor publish before it has signed; nor can a supervisor
    // account that is not a member's own.
    expect((await s.gql(ops.signOff, { input: signInput }, editor)).data?.signOffFinancePeriod).toMatchObject({
      code: "FORBIDDEN",
    });
    const notAMember = await s.gql(ops.signOff, { input: signInput }, supervisor);
    expect(notAMember.data?.signOffFinancePeriod).toMatchObject({ code: "FORBIDDEN" });
    expect(refusal(notAMember.data?.signOffFinancePeriod).message).toContain("本人");
    expect((await s.gql(ops.publish, { id: period.id }, editor)).data?.publishFinancePeriod).toMatchObject({
      code: "FINANCE_PERIOD_SUBMITTED",
    });
    const objectionWithoutText = await s.gql(
      ops.signOff,
      { input: { ...signInput, opinion: "OBJECTION", opinionText: "" } },
      chair.token,
    );
    expect(objectionWithoutText.data?.signOffFinancePeriod).toMatchObject({
      __typename: "ValidationError",
      field: "input.opinionText",
    });
    // There is no way to name other signatories: a request that tries is not a valid operation.
    const forOthers = await s.gql(
      `mutation { signOffFinancePeriod(input: { periodId: "${period.id}", opinion: AGREE, signatoryIds: ["x"] }) { __typename } }`,
      {},
      chair.token,
    );
    expect(forOthers.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    // One member's signature is theirs alone and does not make a majority of three.
    const objection = "办公用品支出偏高，建议下月起按季度集中采购。";
    const first = member(
      (await s.gql(ops.signOff, { input: { ...signInput, opinion: "OBJECTION", opinionText: objection } }, chair.token)).data
        ?.signOffFinancePeriod,
      "SignOffFinancePeriodSuccess",
    ).period;
    expect(first.status).toBe("SUBMITTED");
    expect(first.signatures).toEqual([
      expect.objectContaining({ name: chair.name, opinion: "OBJECTION", opinionText: objection, signedAt: expect.any(String) }),
    ]);
    const signedTwice = await s.gql(ops.signOff, { input: signInput }, chair.token);
    expect(signedTwice.data?.signOffFinancePeriod).toMatchObject({ code: "FINANCE_ALREADY_SIGNED" });
    expect((await s.gql(ops.publish, { id: period.id }, editor)).data?.publishFinancePeriod).toMatchObject({
      code: "FINANCE_PERIOD_SUBMITTED",
    });

    // The second member's own signature makes the majority; the chair's objection is the month's.
    const signedPeriod = member(
      (await s.gql(ops.signOff, { input: { ...signInput, opinionText: null } }, second.token)).data?.signOffFinancePeriod,
      "SignOffFinancePeriodSuccess",
    ).period;
    expect(signedPeriod).toMatchObject({
      status: "REVIEWED",
      review: { opinion: "OBJECTION", opinionLabel: "有异议", opinionText: objection },
    });
    expect(signedPeriod.signatures.map((x) => x.name)).toEqual([chair.name, second.name]);
    const [chairSigned, secondSigned] = signedPeriod.signatures.map((x) => Date.parse(x.signedAt ?? ""));
    expect(secondSigned).toBeGreaterThanOrEqual(chairSigned ?? Number.NaN);
    // The third member may still add their signature before publication.
    const thirdSigned = member(
      (await s.gql(ops.signOff, { input: signInput }, third.token)).data?.signOffFinancePeriod,
      "SignOffFinancePeriodSuccess",
    ).period;
    expect(thirdSigned.signatures).toHaveLength(3);
    expect((await s.gql(ops.publish, { id: period.id }, supervisor)).data?.publishFinancePeriod).toMatchObject({
      code: "FORBIDDEN",
    });

    const published = member(
      (await s.gql(ops.publish, { id: period.id }, editor)).data?.publishFinancePeriod,
      "PublishFinancePeriodSuccess",
    ).period;
    const october = present(
      (
        await s.gql(
          graphql(
            `query October($c: String!) { community(code: $c) { financePeriod(month: "2026-10") { chainHash closingBalance } } }`,
          ),
          { c: COMMUNITY },
        )
      ).data?.community?.financePeriod,
    );
    expect(published).toMatchObject({
      status: "PUBLISHED",
      previousHash: october.chainHash,
      openingBalance: october.closingBalance,
    });
    const canonicalContent = present(published.canonicalContent);
    expect(createHash("sha256").update(canonicalContent, "utf8").digest("hex")).toBe(published.chainHash);
    const canonical = JSON.parse(canonicalContent);
    expect(canonical).toMatchObject({
      format: "sunboard.finance-period.v2",
      community: COMMUNITY,
      month: "2026-11",
      previousHash: october.chainHash,
    });
    expect(canonical.queries).toHaveLength(2);
    expect(canonical.review.opinion).toBe("OBJECTION");
    // Each member's own signature, time and opinion are part of what the hash covers.
    expect(canonical.review.signatures).toEqual(
      thirdSigned.signatures.map((x) => ({
        name: x.name,
        role: x.role,
        signedAt: x.signedAt,
        opinion: x.opinion,
        opinionText: x.opinionText,
      })),
    );
    expect(published.disclosure).toMatchObject({ status: "PUBLISHED", categoryCode: { code: "FINANCE" } });
    expect(published.disclosure?.body).toContain(published.chainHash);
    expect(published.disclosure?.body).toContain("有异议");

    // Now public, and for good: no more entries, and the next month carries the balance forward.
    const publicView = await s.gql(
      graphql(`query November($c: String!) { community(code: $c) {
        financePeriod(month: "2026-11") { status queries { question answer } review { opinionText } } } }`),
      { c: COMMUNITY },
    );
    expect(publicView.data?.community?.financePeriod?.queries).toHaveLength(2);
    const late = await s.gql(ops.record, { input: entry(period.id) }, editor);
    expect(late.data?.recordLedgerEntry).toMatchObject({ code: "FINANCE_PERIOD_PUBLISHED" });
    expect(refusal(late.data?.recordLedgerEntry).message).toContain("调整分录");
    const skipped = await s.gql(ops.open, { input: { communityCode: COMMUNITY, month: "2027-01" } }, editor);
    expect(skipped.data?.openFinancePeriod).toMatchObject({ field: "input.month" });
    const december = member(
      (await s.gql(ops.open, { input: { communityCode: COMMUNITY, month: "2026-12" } }, editor)).data?.openFinancePeriod,
      "OpenFinancePeriodSuccess",
    ).period;
    expect(december).toMatchObject({ month: "2026-12", status: "OPEN", openingBalance: published.closingBalance });
    const again = await s.gql(ops.open, { input: { communityCode: COMMUNITY, month: "2027-01" } }, editor);
    expect(again.data?.openFinancePeriod).toMatchObject({ code: "FINANCE_PREVIOUS_OPEN" });

    // An adjusting entry fixes a published entry from the open month; both stay visible.
    const original = recordedEntry;
    const noReason = await s.gql(
      ops.record,
      { input: entry(december.id, { date: "2026-12-02", amount: "-1234.56", adjustsEntryId: original.id }) },
      editor,
    );
    expect(noReason.data?.recordLedgerEntry).toMatchObject({ __typename: "ValidationError", field: "input.adjustmentReason" });
    const reversal = await s.gql(
      ops.record,
      {
        input: entry(december.id, {
          date: "2026-12-02",
          voucherNo: "记-001",
          amount: "-1234.56",
          adjustsEntryId: original.id,
          adjustmentReason: "11月办公用品发票金额录错，红字冲销后按正确金额重记",
        }),
      },
      editor,
    );
    expect(member(reversal.data?.recordLedgerEntry, "RecordLedgerEntrySuccess").entry).toMatchObject({
      amount: "-1234.56",
      adjusts: { id: original.id, month: "2026-11", voucherNo: "记-900" },
    });
    const audit = await s.db.auditEntry.findMany({
      where: { action: { in: ["recordLedgerEntry", "publishFinancePeriod", "signOffFinancePeriod"] } },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["recordLedgerEntry", "publishFinancePeriod", "signOffFinancePeriod"]),
    );
  });
});

describe("refusals leave the books as they were", () => {
  it("refuses writes without a token, from other communities and from the wrong role", async () => {
    const period = await openMonth("RJ-FENGLE", await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FENGLE"] }));
    const fengleCategory = present((await categoriesOf("RJ-FENGLE")).OFFICE);
    const start = await counts();
    const input = entry(period.id, { categoryId: fengleCategory, date: `${period.month}-05` });
    expect((await s.gql(ops.record, { input })).data?.recordLedgerEntry).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await s.gql(ops.record, { input }, editor)).data?.recordLedgerEntry).toMatchObject({ code: "FORBIDDEN" });
    expect((await s.gql(ops.record, { input }, supervisor)).data?.recordLedgerEntry).toMatchObject({ code: "FORBIDDEN" });
    const fengleSupervisor = await s.tokenFor("SUPERVISOR", { communities: ["RJ-FENGLE"] });
    expect((await s.gql(ops.record, { input }, fengleSupervisor)).data?.recordLedgerEntry).toMatchObject({ code: "FORBIDDEN" });
    expect((await s.gql(ops.submit, { id: period.id }, otherEditor)).data?.submitFinancePeriod).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      (await s.gql(ops.open, { input: { communityCode: "RJ-FENGLE", month: "2026-12" } }, editor)).data?.openFinancePeriod,
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(start);
    const refused = await s.db.auditEntry.count({ where: { action: "recordLedgerEntry", outcome: { not: "OK" } } });
    expect(refused).toBeGreaterThanOrEqual(4);
  });

  it("names the field of every bad entry and writes nothing", async () => {
    const period = await openMonth("RJ-FUMIN", otherEditor);
    const start = await counts();
    const fumin = await categoriesOf("RJ-FUMIN");
    const base = entry(period.id, { categoryId: present(fumin.OFFICE), date: "2026-11-18" });
    const cases: [Partial<EntryInput>, string][] = [
      [{ date: "2026-10-31" }, "input.date"],
      [{ date: "2026-11-31" }, "input.date"],
      [{ amount: "12.345" }, "input.amount"],
      [{ amount: "1,000" }, "input.amount"],
      [{ amount: "0" }, "input.amount"],
      [{ amount: "-20.00" }, "input.amount"],
      [{ categoryId: present(categories.OFFICE) }, "input.categoryId"],
      [{ voucherNo: "记-001" }, "input.voucherNo"],
      [{ counterparty: " " }, "input.counterparty"],
      [{ adjustmentReason: "没有调整也写了原因" }, "input.adjustmentReason"],
      [{ assetId: "nope" }, "input.assetId"],
    ];
    for (const [over, field] of cases) {
      const res = await s.gql(ops.record, { input: { ...base, ...over } }, otherEditor);
      expect(res.data?.recordLedgerEntry, JSON.stringify(over)).toMatchObject({
        __typename: "ValidationError",
        code: "VALIDATION_FAILED",
        field,
      });
      expect(refusal(res.data?.recordLedgerEntry).message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const first = await s.gql(
      ops.open,
      { input: { communityCode: "RJ-FUMIN", month: "2026-12", openingBalance: "100.00" } },
      otherEditor,
    );
    expect(first.data?.openFinancePeriod).toMatchObject({ field: "input.openingBalance" });
    expect(await counts()).toEqual(start);
  });
});

describe("bulk entry from spreadsheets", () => {
  const HEADER = "日期,凭证号,科目,收入金额（元）,支出金额（元）,对方单位或个人,摘要,附件";
  const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`).toString("base64");

  it("imports every row of a good CSV and of a good XLSX", async () => {
    const token = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
    const period = await openMonth("RJ-TEHE", token);
    const before = await s.db.ledgerEntry.count({ where: { periodId: period.id } });
    const good = csv(
      "2026-11-13,导-001,商铺租金收入,1800.00,,便民超市,收1号商铺11月租金,租赁合同",
      "2026-11-14,导-002,OFFICE,,86.40,县城文具店,购买签字笔,",
      "",
      '2026-11-15,导-003,维修维护支出,,"1,200",县城水电维修部,维修路灯,维修验收单',
    );
    const bad = await s.gql(ops.import, { periodId: period.id, fileName: "11月.csv", content: good }, token);
    // "1,200" is not an amount; the whole file is refused, naming that row.
    expect(bad.data?.importLedgerEntries).toMatchObject({ __typename: "ValidationError", field: "file.row5.expense" });
    expect(await s.db.ledgerEntry.count({ where: { periodId: period.id } })).toBe(before);

    const fixed = csv(
      "2026-11-13,导-001,商铺租金收入,1800.00,,便民超市,收1号商铺11月租金,租赁合同",
      "2026-11-14,导-002,OFFICE,,86.40,县城文具店,购买签字笔,",
      "2026-11-15,导-003,维修维护支出,,1200,县城水电维修部,维修路灯,维修验收单",
    );
    const res = await s.gql(ops.import, { periodId: period.id, fileName: "11月.CSV", content: fixed }, token);
    expect(member(res.data?.importLedgerEntries, "ImportLedgerEntriesSuccess").period.entries.totalCount).toBe(before + 3);
    const rows = await s.db.ledgerEntry.findMany({
      where: { periodId: period.id, voucherNo: { startsWith: "导-" } },
      orderBy: { sequence: "asc" },
    });
    expect(rows.map((r) => r.amount)).toEqual([180_000, 8_640, 120_000]);

    const template = await fetch(`${s.url}/templates/ledger-entries.xlsx`);
    expect(template.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = workbook.getWorksheet("收支明细");
    expect(sheet?.getRow(1).values).toEqual([undefined, ...HEADER.split(",")]);
    // Fill the template as staff would: type this month's rows over the examples.
    for (let n = 1; n <= 40; n++) {
      if (!sheet) break;
      sheet.getRow(n + 1).values = [
        new Date(Date.UTC(2026, 10, 20)),
        `表-${n}`,
        n % 2 ? "停车场收入" : "公共水电费",
        n % 2 ? 10 + n / 100 : null,
        n % 2 ? null : 55.5,
        "对方",
        "摘要",
        null,
      ];
    }
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const imported = await s.gql(ops.import, { periodId: period.id, fileName: "book.xlsx", content: xlsx }, token);
    expect(imported.data?.importLedgerEntries, JSON.stringify(imported.data)).toHaveProperty("period");
    expect(member(imported.data?.importLedgerEntries, "ImportLedgerEntriesSuccess").period.entries.totalCount).toBe(before + 43);
    const parking = await s.db.ledgerEntry.findMany({ where: { periodId: period.id, voucherNo: { startsWith: "表-" } } });
    // 20 parking rows of 10.01, 10.03 … 10.39 yuan (binary floats in Excel) and 20 bills of 55.50.
    expect(parking.reduce((n, e) => n + e.amount, 0)).toBe(20 * 1000 + 400 + 20 * 5550);
  });

  it("reports every bad row of a file with its row number and reason, and imports nothing", async () => {
    const token = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FENGHUANG"] });
    const period = await openMonth("RJ-FENGHUANG", token);
    const start = await counts();
    const res = await s.gql(
      ops.import,
      {
        periodId: period.id,
        fileName: "bad.csv",
        content: csv(
          "2026-11-13,坏-001,商铺租金收入,1800.00,,便民超市,收租金,",
          "2026-11-14,坏-002,不存在的科目,,86.40,县城文具店,购买签字笔,",
          "2026-10-15,坏-003,办公费,,20.00,县城文具店,上个月的发票,",
          "2026-11-16,坏-004,办公费,20.00,,县城文具店,填错了列,",
          "2026-11-17,坏-001,办公费,,20.00,县城文具店,凭证号重复,",
          "2026-11-18,坏-006,办公费,,,县城文具店,没有金额,",
        ),
      },
      token,
    );
    const result = member(res.data?.importLedgerEntries, "ValidationError");
    expect(result.issues.map((i) => i.field)).toEqual([
      "file.row3.category",
      "file.row4.date",
      "file.row5.income",
      "file.row6.voucherNo",
      "file.row7.income",
    ]);
    for (const issue of result.issues) expect(issue.message).toMatch(/^第\d+行/);
    expect(await counts()).toEqual(start);
  });
});

describe("chart, assets and the yearly asset statement", () => {
  it("keeps a category's name once frozen books use it, and retired categories take no entries", async () => {
    const token = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-DINGWEI"] });
    const office = present((await categoriesOf("RJ-DINGWEI")).OFFICE);
    const RENAME = graphql(
      `mutation RenameCategory($id: ID!, $name: String!) { renameLedgerCategory(id: $id, name: $name) {
        __typename ...Refusal ... on RenameLedgerCategorySuccess { category { name } } } }`,
      [Refusal],
    );
    const rename = await s.gql(RENAME, { id: office, name: "办公用品" }, token);
    expect(rename.data?.renameLedgerCategory).toMatchObject({ code: "LEDGER_CATEGORY_IN_USE" });
    const created = await s.gql(
      graphql(
        `mutation CreateCategory($input: CreateLedgerCategoryInput!) { createLedgerCategory(input: $input) {
          __typename ...Refusal ... on CreateLedgerCategorySuccess { category { id name directionLabel } } } }`,
        [Refusal],
      ),
      { input: { communityCode: "RJ-DINGWEI", code: "TRAINING", name: "技能培训支出", direction: "EXPENSE" } },
      token,
    );
    const { category } = member(created.data?.createLedgerCategory, "CreateLedgerCategorySuccess");
    expect(category).toMatchObject({ name: "技能培训支出", directionLabel: "支出" });
    const { id } = category;
    const renamed = await s.gql(RENAME, { id, name: "就业技能培训支出" }, token);
    expect(member(renamed.data?.renameLedgerCategory, "RenameLedgerCategorySuccess").category.name).toBe("就业技能培训支出");
    await s.gql(
      graphql(`mutation RetireCategory($id: ID!) { retireLedgerCategory(id: $id) { __typename ...Refusal } }`, [Refusal]),
      { id },
      token,
    );
    const period = await openMonth("RJ-DINGWEI", token);
    const res = await s.gql(ops.record, { input: entry(period.id, { categoryId: id }) }, token);
    expect(res.data?.recordLedgerEntry).toMatchObject({ field: "input.categoryId" });
    expect(refusal(res.data?.recordLedgerEntry).message).toContain("已停用");
  });

  it("registers assets with non-overlapping leases, and will not publish uses beyond the year's asset income", async () => {
    const token = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-YANGGUANG"] });
    const asset = await s.gql(
      graphql(
        `mutation CreateAsset($input: CreateCollectiveAssetInput!) { createCollectiveAsset(input: $input) {
          __typename ...Refusal ... on CreateCollectiveAssetSuccess { asset { id code kindLabel area } } } }`,
        [Refusal],
      ),
      {
        input: {
          communityCode: "RJ-YANGGUANG",
          code: "SHOP-99",
          name: "99号商铺",
          kind: "SHOP",
          location: "临街9栋",
          area: "45.5",
        },
      },
      token,
    );
    const created = member(asset.data?.createCollectiveAsset, "CreateCollectiveAssetSuccess").asset;
    expect(created).toMatchObject({ code: "SHOP-99", kindLabel: "商铺", area: "45.50" });
    const lease = graphql(
      `mutation AddLease($input: AddAssetLeaseInput!) { addAssetLease(input: $input) {
        __typename ...Refusal ... on AddAssetLeaseSuccess { asset { leases { lesseeBusiness monthlyRent } } } } }`,
      [Refusal],
    );
    const assetId = created.id;
    const ok = await s.gql(
      lease,
      { input: { assetId, lesseeBusiness: "早餐店", monthlyRent: "950", leaseFrom: "2026-12-01", leaseTo: "2027-11-30" } },
      token,
    );
    expect(member(ok.data?.addAssetLease, "AddAssetLeaseSuccess").asset.leases).toEqual([
      { lesseeBusiness: "早餐店", monthlyRent: "950.00" },
    ]);
    const overlap = await s.gql(
      lease,
      { input: { assetId, lesseeBusiness: "面馆", monthlyRent: "900", leaseFrom: "2027-06-01", leaseTo: "2028-05-31" } },
      token,
    );
    expect(overlap.data?.addAssetLease).toMatchObject({ code: "ASSET_LEASE_OVERLAP" });
    const backwards = await s.gql(
      lease,
      { input: { assetId, lesseeBusiness: "面馆", monthlyRent: "900", leaseFrom: "2029-06-01", leaseTo: "2028-05-31" } },
      token,
    );
    expect(backwards.data?.addAssetLease).toMatchObject({ field: "input.leaseTo" });

    const statement = graphql(
      `mutation PublishStatement($input: AssetIncomeStatementInput!) { publishAssetIncomeStatement(input: $input) {
        __typename ...Refusal
        ... on PublishAssetIncomeStatementSuccess { statement { year incomeTotal usedTotal balance disclosure { status } } } } }`,
      [Refusal],
    );
    const income = await s.db.ledgerEntry.aggregate({
      where: {
        category: { assetIncome: true },
        period: { community: { code: "RJ-YANGGUANG" }, status: "PUBLISHED", month: { startsWith: "2026-" } },
      },
      _sum: { amount: true },
    });
    const total = income._sum.amount ?? 0;
    const tooMuch = await s.gql(
      statement,
      { input: { communityCode: "RJ-YANGGUANG", year: 2026, uses: [{ purpose: "修路", amount: `${total / 100 + 1}` }] } },
      token,
    );
    expect(tooMuch.data?.publishAssetIncomeStatement).toMatchObject({ field: "input.uses" });
    const publication = await s.gql(
      statement,
      {
        input: {
          communityCode: "RJ-YANGGUANG",
          year: 2026,
          uses: [{ purpose: "修路", amount: "1000.00", decision: "居民代表会议" }],
        },
      },
      token,
    );
    const published = member(publication.data?.publishAssetIncomeStatement, "PublishAssetIncomeStatementSuccess").statement;
    expect(published).toMatchObject({
      year: 2026,
      usedTotal: "1000.00",
      disclosure: { status: "PUBLISHED" },
    });
    expect(fenOf(published.incomeTotal)).toBe(total);
  });
});
