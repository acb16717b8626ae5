// `npm run bench:finance`: the finance figures the closing note reports, measured in one run on a
// fresh demo database (a real SQLite file through Prisma, the same services the API calls):
//   1. importing 1,000 and 10,000 entries from CSV, and 10,000 from XLSX;
//   2. publishing a month of 2,000 entries, against publishing an ordinary month;
//   3. SQL statements issued by the portal's month-page query (FinanceMonthPage), for an ordinary
//      month and for a month with 2,000 entries over 60 categories — they must be equal.
// Times depend on the machine; the ratios are what to compare.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { execute } from "graphql";
import type { Viewer } from "../../api/auth/viewer.ts";
import { prepareDatabase } from "../../api/db/prepare.ts";
import { importLedgerEntries } from "../../api/finance/import.ts";
import { addEntries, type EntryDraft } from "../../api/finance/ledger.ts";
import { publishFinancePeriod } from "../../api/finance/publication.ts";
import { signOffFinancePeriod, submitFinancePeriod } from "../../api/finance/review.ts";
import { FinanceMonthPage } from "../../portal/src/lib/finance/queries.ts";
import { schema } from "../../schema/index.ts";

const dir = mkdtempSync(join(tmpdir(), "sunboard-bench-finance-"));
let statements = 0;
let started = performance.now();
const db = await prepareDatabase(`file:${join(dir, "bench.db")}`, { demo: true, onQuery: () => statements++ });
console.log(`demo database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const staff: Viewer = { userId: "", tokenId: "", name: "基准测试", role: "ADMIN", countyId: null, communityIds: new Set() };
staff.userId = (await db.user.create({ data: { name: staff.name, role: "ADMIN" } })).id;

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  return { ms, result };
}

const openPeriod = (code: string) =>
  db.financePeriod.findFirstOrThrow({ where: { community: { code }, status: "OPEN" }, include: { community: true } });

// ---------------------------------------------------------------------------------------------
// 1. Imports

const fumin = await openPeriod("RJ-FUMIN");
const names = (await db.ledgerCategory.findMany({ where: { communityId: fumin.communityId } })).map((c) => ({
  name: c.name,
  income: c.direction === "INCOME",
}));
const HEADER = ["日期", "凭证号", "科目", "收入金额（元）", "支出金额（元）", "对方单位或个人", "摘要", "附件"];
const rowsOf = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => {
    const c = names[i % names.length] ?? { name: "办公费", income: false };
    const amount = `${10 + (i % 5000)}.${String(i % 100).padStart(2, "0")}`;
    return [
      `${fumin.month}-${String(1 + (i % 28)).padStart(2, "0")}`,
      `${prefix}-${i + 1}`,
      c.name,
      c.income ? amount : "",
      c.income ? "" : amount,
      "基准对方单位",
      `基准摘要第${i + 1}笔`,
      "",
    ];
  });
const csv = (rows: string[][]) => Buffer.from(`\uFEFF${[HEADER, ...rows].map((r) => r.join(",")).join("\r\n")}\r\n`);
async function xlsx(rows: string[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("收支明细");
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r.map((cell, i) => ((i === 3 || i === 4) && cell !== "" ? Number(cell) : cell)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const importFile = (fileName: string, bytes: Buffer) =>
  importLedgerEntries(db, staff, { periodId: fumin.id, fileName, contentBase64: bytes.toString("base64") });

const small = await timed("import 1,000 entries (CSV)", () => importFile("a.csv", csv(rowsOf(1_000, "A"))));
const large = await timed("import 10,000 entries (CSV)", () => importFile("b.csv", csv(rowsOf(10_000, "B"))));
await timed("import 10,000 entries (XLSX)", async () => importFile("c.xlsx", await xlsx(rowsOf(10_000, "C"))));
const imported = await db.ledgerEntry.count({ where: { periodId: fumin.id, voucherNo: { contains: "-" } } });
console.log(
  `  ${imported} entries in ${fumin.community.code} ${fumin.month}; 10,000 ÷ 1,000 rows took ${(large.ms / small.ms).toFixed(1)}× as long`,
);

// ---------------------------------------------------------------------------------------------
// 2. Publishing

async function reviewAndPublish(code: string) {
  const period = await openPeriod(code);
  await submitFinancePeriod(db, staff, { periodId: period.id });
  // Every member signs for themselves, with the account the demo data gave them.
  const committee = await db.organization.findFirstOrThrow({
    where: { communityId: period.communityId, kind: "SUPERVISION_COMMITTEE" },
    include: { postings: { include: { user: true } } },
  });
  for (const member of committee.postings) {
    if (!member.user) throw new Error(`${member.name} has no account`);
    const viewer = { ...staff, userId: member.user.id, name: member.name, role: "SUPERVISOR" as const };
    await signOffFinancePeriod(db, viewer, { periodId: period.id, opinion: "AGREE" });
  }
  const entries = await db.ledgerEntry.count({ where: { periodId: period.id } });
  const { ms } = await timed(`publish ${code} ${period.month}, ${entries.toLocaleString("en")} entries`, () =>
    publishFinancePeriod(db, staff, { periodId: period.id }),
  );
  return { ms, month: period.month, entries };
}

// The ordinary month: as the demo leaves it.
const ordinary = await reviewAndPublish("RJ-TEHE");

// The big month: 40 more categories, and entries over all of them up to 2,000.
const wolong = await openPeriod("RJ-WOLONG");
await db.ledgerCategory.createMany({
  data: Array.from({ length: 40 }, (_, i) => ({
    communityId: wolong.communityId,
    code: `BENCH_${i}`,
    name: `基准科目${i}`,
    direction: i % 2 ? "INCOME" : "EXPENSE",
    sortOrder: 1000 + i,
  })),
});
const categories = await db.ledgerCategory.findMany({ where: { communityId: wolong.communityId } });
const present = await db.ledgerEntry.count({ where: { periodId: wolong.id } });
const drafts: EntryDraft[] = Array.from({ length: 2_000 - present }, (_, i) => ({
  date: `${wolong.month}-${String(1 + (i % 28)).padStart(2, "0")}`,
  voucherNo: `大-${i + 1}`,
  categoryId: categories[i % categories.length]?.id ?? "",
  amount: 100 + i,
  counterparty: "基准对方单位",
  description: `基准摘要第${i + 1}笔`,
  attachmentRef: null,
  assetId: null,
  adjustsEntryId: null,
  adjustmentReason: null,
}));
await addEntries(db, staff, wolong.id, drafts, (_, field) => field);
const big = await reviewAndPublish("RJ-WOLONG");
console.log(`  ${big.entries} ÷ ${ordinary.entries} entries took ${(big.ms / ordinary.ms).toFixed(1)}× as long to publish`);

// ---------------------------------------------------------------------------------------------
// 3. The month page's SQL statements

async function monthPage(code: string, month: string) {
  statements = 0;
  const result = await execute({
    schema,
    document: FinanceMonthPage,
    variableValues: { code, month, first: 100, after: null },
    contextValue: { db, viewer: null },
  });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join("\n"));
  const period = (result.data as { community: { financePeriod: { categoryTotals: unknown[] } | null } }).community.financePeriod;
  if (!period) throw new Error(`${code} ${month} is not published`);
  console.log(
    `month page ${code} ${month}: ${String(statements).padStart(3)} SQL statements (${period.categoryTotals.length} categories, first page of 100 entries)`,
  );
  return statements;
}
const fewStatements = await monthPage("RJ-TEHE", ordinary.month);
const manyStatements = await monthPage("RJ-WOLONG", big.month);

const ok = fewStatements === manyStatements;
console.log(
  ok
    ? `OK: the month page issues ${fewStatements} statements for ${ordinary.entries} and for ${big.entries} entries`
    : "FAIL: the month page's statement count grew with the entries or categories",
);
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
