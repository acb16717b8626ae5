import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

/** Spreadsheet formula injection: staff's imports must not carry formulas into the books. */

const IMPORT = graphql(`
  mutation ImportFormulas($periodId: ID!, $fileName: String!, $contentBase64: String!) {
    importLedgerEntries(periodId: $periodId, fileName: $fileName, contentBase64: $contentBase64) {
      __typename
      ... on ValidationError { field issues { field message } }
    }
  }
`);
const OPEN_MONTH = graphql(`query OpenMonth { community(code: "RJ-WOLONG") { financePeriod(month: "2026-11") { id } } }`);

let s: TestServer;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  token = await s.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-WOLONG"] });
});
afterAll(() => s.close());

describe("ledger import", () => {
  it("refuses every cell that a spreadsheet would run as a formula, naming its row, and imports nothing", async () => {
    const period = (await s.gql(OPEN_MONTH, {}, token)).data?.community?.financePeriod;
    if (!period) throw new Error("the demo has an open month");
    const before = await s.db.ledgerEntry.count({ where: { periodId: period.id } });
    const csv = [
      "日期,凭证号,科目,收入金额（元）,支出金额（元）,对方单位或个人,摘要,附件",
      '2026-11-03,记-801,办公费,,12.00,"=HYPERLINK(""http://example.org"",""点击"")",复印纸,',
      "2026-11-03,记-802,办公费,,12.00,县城文具店,@SUM(1+1),",
      "2026-11-03,记-803,办公费,,12.00,县城文具店,+cmd|calc!A0,",
      "2026-11-03,记-804,办公费,,12.00,县城文具店,-2+3,",
      "2026-11-03,记-805,办公费,,12.00,县城文具店,购买复印纸,",
    ].join("\r\n");
    const res = await s.gql(
      IMPORT,
      { periodId: period.id, fileName: "entries.csv", contentBase64: Buffer.from(csv).toString("base64") },
      token,
    );
    const answer = res.data?.importLedgerEntries;
    expect(answer?.__typename).toBe("ValidationError");
    const issues = answer?.__typename === "ValidationError" ? answer.issues : [];
    expect(issues.map((i) => i.field)).toEqual([
      "file.row2.counterparty",
      "file.row3.description",
      "file.row4.description",
      "file.row5.description",
    ]);
    for (const issue of issues) expect(issue.message).toContain("公式");
    expect(await s.db.ledgerEntry.count({ where: { periodId: period.id } })).toBe(before);
  });
});
