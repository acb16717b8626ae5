import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { parse as parseHtml } from "node-html-parser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, present, type TadaDocumentNode } from "../support/graphql.ts";
import { COMMUNITY_CODES } from "../support/operations.ts";
import { axeByPath, BROWSER_TESTS, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

describe.concurrent("finance pages", BROWSER_TESTS, () => {
  /** Exact yuan as integer fen, as shown ("-1,438.14 元") or as the API writes it ("-1438.14"). */
  const fenOf = (text: string) => {
    const m = /^(-?)(\d+)\.(\d{2})$/.exec(text.replace(/[,\s元]/g, ""));
    if (!m) throw new Error(`not an exact amount: ${text}`);
    return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
  };
  const PUBLISHED = ["2025-11", "2025-12", ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)];
  const BOOKS = graphql(`
    query Books($c: String!) { community(code: $c) { financePeriods(first: 100) { edges { node {
      month openingBalance incomeTotal expenseTotal closingBalance chainHash previousHash
      entries(first: 100) { totalCount edges { node { direction amount } } } } } } } }
  `);

  const communityCodes = async () =>
    present((await portal.api.gql(COMMUNITY_CODES)).data).communities.edges.map((e) => e.node.code);
  /** A community's published months from the API, oldest first. */
  const booksOf = async (code: string) =>
    present((await portal.api.gql(BOOKS, { c: code })).data?.community)
      .financePeriods.edges.map((e) => e.node)
      .reverse();
  /** One month of a community, as `document` selects it (its variables: `$c` the community, `$m` the month). */
  const monthOf = async <Month>(
    code: string,
    month: string,
    document: TadaDocumentNode<{ community: { financePeriod: Month } | null }, { c: string; m: string }>,
  ) => present((await portal.api.gql(document, { c: code, m: month })).data?.community).financePeriod;
  const ENTRIES = graphql(`
    query Entries($c: String!, $m: String!) { community(code: $c) { financePeriod(month: $m) {
      expenseTotal entries(first: 100) { edges { node {
        sequence date voucherNo amount adjustmentReason adjusts { month sequence voucherNo } } } } } } }
  `);
  const totalsOn = async (page: Page) => {
    const read = async (key: string) => fenOf((await page.locator(`[data-total="${key}"]`).textContent()) ?? "");
    return {
      opening: await read("opening"),
      income: await read("income"),
      expense: await read("expense"),
      closing: await read("closing"),
    };
  };
  const sumOf = (amounts: (string | null | undefined)[]) => amounts.reduce((n: number, a) => n + (a ? fenOf(a) : 0), 0);

  /** What a month's page shows, read the same way from the browser and from the built HTML. */
  interface MonthShown {
    totals: { opening: number; income: number; expense: number; closing: number };
    entryRows: number;
    incomeCells: (string | null)[];
    expenseCells: (string | null)[];
    chainHash: string | null;
    previousHash: string | null;
  }
  const monthInBrowser = async (page: Page): Promise<MonthShown> => ({
    totals: await totalsOn(page),
    entryRows: await page.locator("tr[data-entry]").count(),
    incomeCells: await page.locator("td[data-income]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-income"))),
    expenseCells: await page.locator("td[data-expense]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-expense"))),
    chainHash: await page.locator("[data-chain-hash]").textContent(),
    previousHash: await page.locator("[data-previous-hash]").textContent(),
  });
  const monthInHtml = (html: string): MonthShown => {
    const root = parseHtml(html);
    const one = (selector: string) => {
      const found = root.querySelectorAll(selector);
      // Playwright's locator would refuse an ambiguous match as well.
      if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
      return found[0]?.textContent ?? null;
    };
    const total = (key: string) => fenOf(one(`[data-total="${key}"]`) ?? "");
    return {
      totals: { opening: total("opening"), income: total("income"), expense: total("expense"), closing: total("closing") },
      entryRows: root.querySelectorAll("tr[data-entry]").length,
      incomeCells: root.querySelectorAll("td[data-income]").map((td) => td.getAttribute("data-income") ?? null),
      expenseCells: root.querySelectorAll("td[data-expense]").map((td) => td.getAttribute("data-expense") ?? null),
      chainHash: one("[data-chain-hash]"),
      previousHash: one("[data-previous-hash]"),
    };
  };

  it("show, for every published month of every community, totals equal to the sum of its entries from the API", async () => {
    const page = await portal.noJs.newPage();
    const codes = await communityCodes();
    expect(codes.length).toBe(8);
    let checked = 0;
    const inBrowser: string[] = [];
    for (const [n, code] of codes.entries()) {
      const months = await booksOf(code);
      expect(months.map((m) => m.month)).toEqual(PUBLISHED);
      await page.goto(`${portal.api.url}/c/${code}/finance/`);
      const listed = await page.locator("tr[data-month]").evaluateAll((trs) =>
        trs.map((tr) => ({
          month: tr.getAttribute("data-month"),
          cells: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
        })),
      );
      expect(listed.map((row) => row.month)).toEqual([...PUBLISHED].reverse());
      for (const row of listed) {
        const m = present(months.find((x) => x.month === row.month));
        expect(row.cells.map(fenOf)).toEqual([fenOf(m.incomeTotal), fenOf(m.expenseTotal), fenOf(m.closingBalance)]);
      }
      // One month per community in Chromium, a different month for each (the first one included);
      // the others from their built HTML, which the browser month shows is read the same way.
      const browserMonth = PUBLISHED[(n * 5) % PUBLISHED.length];
      let previous: { closing: number; hash: string | null } | null = null;
      for (const m of months) {
        expect(m.entries.edges.length).toBe(m.entries.totalCount);
        const fromApi = (direction: string) =>
          sumOf(m.entries.edges.filter((e) => e.node.direction === direction).map((e) => e.node.amount));
        const html = readFileSync(pagePath(portal.outDir, "c", code, "finance", m.month), "utf8");
        let shown = monthInHtml(html);
        if (m.month === browserMonth) {
          await page.goto(`${portal.api.url}/c/${code}/finance/${m.month}/`);
          const seen = await monthInBrowser(page);
          expect(shown, `${code} ${m.month}: the built HTML reads as the browser shows it`).toEqual(seen);
          shown = seen;
          inBrowser.push(`${code} ${m.month}`);
        }
        const { totals } = shown;
        expect({ month: m.month, income: totals.income, expense: totals.expense }).toEqual({
          month: m.month,
          income: fromApi("INCOME"),
          expense: fromApi("EXPENSE"),
        });
        expect(totals.opening).toBe(fenOf(m.openingBalance));
        expect(totals.closing).toBe(totals.opening + totals.income - totals.expense);
        expect(totals.closing).toBe(fenOf(m.closingBalance));
        if (previous) expect(totals.opening, `${code} ${m.month} opens with last month's closing`).toBe(previous.closing);
        // The rows themselves add up to the same totals.
        expect(shown.entryRows).toBe(m.entries.totalCount);
        expect(sumOf(shown.incomeCells)).toBe(totals.income);
        expect(sumOf(shown.expenseCells)).toBe(totals.expense);
        expect(shown.chainHash).toBe(m.chainHash);
        // What a resident would do: download the canonical text beside the page and hash it.
        const canonical = await fetch(`${portal.api.url}/c/${code}/finance/${m.month}/canonical.json`);
        expect(canonical.status).toBe(200);
        const digest = createHash("sha256")
          .update(Buffer.from(await canonical.arrayBuffer()))
          .digest("hex");
        expect(digest, `${code} ${m.month} canonical.json`).toBe(shown.chainHash);
        expect(shown.chainHash).toMatch(/^[0-9a-f]{64}$/);
        if (previous) expect(shown.previousHash).toBe(previous.hash);
        expect(shown.previousHash).toBe(m.previousHash ?? "无（这是本社区在系统中公开的第一个月份）");
        previous = { closing: totals.closing, hash: shown.chainHash };
        checked++;
      }
    }
    expect(checked).toBe(96);
    expect(inBrowser).toHaveLength(8);
    await page.close();
  });

  it("never build or link a month whose books are still open", async () => {
    const open = await portal.api.db.financePeriod.findMany({ where: { month: "2026-11" }, include: { community: true } });
    expect(open.length).toBe(8);
    for (const period of open) {
      expect(period.status).not.toBe("PUBLISHED");
      const code = period.community.code;
      expect(existsSync(join(portal.outDir, "c", code, "finance", "2026-11"))).toBe(false);
      expect(
        await monthOf(
          code,
          "2026-11",
          graphql(`query OpenMonth($c: String!, $m: String!) { community(code: $c) { financePeriod(month: $m) { month } } }`),
        ),
      ).toBeNull();
      for (const page of [
        pagePath(portal.outDir, "c", code, "finance"),
        pagePath(portal.outDir, "c", code, "finance", "year", "2026"),
      ]) {
        expect(readFileSync(page, "utf8")).not.toContain("2026-11");
      }
    }
    const response = await fetch(`${portal.api.url}/c/RJ-FUMIN/finance/2026-11/`);
    expect(response.status).toBe(404);
  });

  it("show the committee's objection, and every query with its answer, linked to the entry asked about", async () => {
    const page = await portal.noJs.newPage();
    const objection = present(
      await monthOf(
        "RJ-TEHE",
        "2026-08",
        graphql(`query Review($c: String!, $m: String!) { community(code: $c) {
          financePeriod(month: $m) { review { opinion opinionText } } } }`),
      ),
    );
    const review = present(objection.review);
    expect(review.opinion).toBe("OBJECTION");
    await page.goto(`${portal.api.url}/c/RJ-TEHE/finance/2026-08/`);
    const opinion = page.locator("[data-opinion]");
    expect(await opinion.getAttribute("data-opinion")).toBe("OBJECTION");
    expect(await opinion.textContent()).toContain("审核意见：有异议");
    expect(await opinion.locator("mark").textContent()).toBe(review.opinionText);
    expect(await page.locator("[data-signatures]").textContent()).toMatch(/签字成员：.+（主任）/);
    await page.goto(`${portal.api.url}/c/RJ-TEHE/finance/2026-07/`);
    expect(await page.locator("[data-opinion]").textContent()).toContain("审核意见：同意");
    await page.goto(`${portal.api.url}/c/RJ-TEHE/finance/`);
    expect(
      await page.locator("tr[data-month] .badge.objection").evaluateAll((b) => b.map((x) => x.closest("tr")?.dataset.month)),
    ).toEqual(["2026-08"]);

    const QUERIES = graphql(`
      query Queries($c: String!, $m: String!) { community(code: $c) {
        financePeriod(month: $m) { queries { question answer askedBy entry { sequence voucherNo } } } } }
    `);
    let linked = 0;
    for (const [code, month] of [
      ["RJ-FUMIN", "2026-03"],
      ["RJ-YANGGUANG", "2026-09"],
      ["SC-TONGLUOWAN", "2026-02"],
    ] as const) {
      const { queries } = present(await monthOf(code, month, QUERIES));
      expect(queries.length).toBeGreaterThan(0);
      await page.goto(`${portal.api.url}/c/${code}/finance/${month}/`);
      const shown = page.locator("[data-query]");
      expect(await shown.count()).toBe(queries.length);
      for (const [i, q] of queries.entries()) {
        const item = shown.nth(i);
        const text = (await item.textContent()) ?? "";
        expect(text).toContain(q.question);
        expect(text).toContain(q.askedBy);
        expect(await item.locator("[data-answer]").textContent()).toBe(`答：${q.answer}`);
        if (!q.entry) continue;
        const link = item.getByRole("link", { name: q.entry.voucherNo });
        expect(await link.getAttribute("href")).toBe(`/c/${code}/finance/${month}/#entry-${q.entry.sequence}`);
        expect(await page.locator(`#entry-${q.entry.sequence} th`).textContent()).toBe(q.entry.voucherNo);
        linked++;
      }
    }
    expect(linked, "a query about a particular voucher").toBeGreaterThan(0);
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/finance/2026-04/`);
    expect(await page.locator("[data-query]").count()).toBe(0);
    expect(await page.locator("#queries ~ .empty").textContent()).toBe("本月审核中没有质询。");
    await page.close();
  });

  it("show RJ-FUMIN's adjustment both on the month it corrects and on the month that books it", async () => {
    const june = present(await monthOf("RJ-FUMIN", "2026-06", ENTRIES));
    const reversals = june.entries.edges.map((e) => e.node).filter((e) => e.adjusts);
    expect(reversals.length).toBe(1);
    const reversal = present(reversals[0]);
    const adjusts = present(reversal.adjusts);
    expect(reversal.amount).toMatch(/^-/);
    expect(adjusts.month).toBe("2026-05");

    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/finance/2026-06/`);
    const row = page.locator(`#entry-${reversal.sequence}`);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("红字");
    expect(text).toContain(`红字冲销2026年5月凭证${adjusts.voucherNo}`);
    expect(text).toContain(present(reversal.adjustmentReason));
    expect(fenOf((await row.locator("td[data-expense]").textContent()) ?? "")).toBe(fenOf(reversal.amount));

    await row.getByRole("link", { name: /红字冲销/ }).click();
    await page.waitForURL(new RegExp(`/c/RJ-FUMIN/finance/2026-05/#entry-${adjusts.sequence}$`));
    const [y, m, d] = reversal.date.split("-").map(Number);
    const note = `已于${y}年${m}月${d}日在2026年6月凭证${reversal.voucherNo}调整`;
    const original = page.locator(`#entry-${adjusts.sequence}`);
    expect(await original.locator("th").textContent()).toBe(adjusts.voucherNo);
    expect(await original.textContent()).toContain(note);
    expect(await page.locator("p[data-adjusted-later]").textContent()).toContain(note);
    // The corrected month's own figures stay as published.
    const may = present(await monthOf("RJ-FUMIN", "2026-05", ENTRIES));
    expect((await totalsOn(page)).expense).toBe(fenOf(may.expenseTotal));
    await page.close();
  });

  it("offer a month's and a year's entries as CSV and XLSX that add up to the totals on the page", async () => {
    const page = await portal.noJs.newPage();
    const june = present(await monthOf("RJ-FUMIN", "2026-06", ENTRIES));
    const reversal = present(june.entries.edges.map((e) => e.node).find((e) => e.adjusts));
    const year = await portal.api.gql(
      graphql(`{ community(code: "RJ-FUMIN") {
        financePeriods(first: 100, year: 2026) { edges { node { entries(first: 1) { totalCount } } } } } }`),
    );
    const inYear = present(year.data?.community).financePeriods.edges.reduce((n, e) => n + e.node.entries.totalCount, 0);
    for (const [base, count] of [
      ["/c/RJ-FUMIN/finance/2026-06/", june.entries.edges.length],
      ["/c/RJ-TEHE/finance/2026-08/", null],
      ["/c/RJ-FUMIN/finance/year/2026/", inYear],
    ] as const) {
      await page.goto(`${portal.api.url}${base}`);
      const shown = await totalsOn(page);
      const rowsOnPage = count ?? (await page.locator("tr[data-entry]").count());
      expect(await page.locator('[data-download="csv"]').getAttribute("href")).toBe(`${base}entries.csv`);
      expect(await page.locator('[data-download="xlsx"]').getAttribute("href")).toBe(`${base}entries.xlsx`);

      const csv = await fetch(`${portal.api.url}${base}entries.csv`);
      expect(csv.status).toBe(200);
      const records: Record<string, string>[] = parseCsv(await csv.text(), { bom: true, columns: true, skip_empty_lines: true });
      expect(records.length).toBe(rowsOnPage);
      expect(sumOf(records.map((r) => r["收入金额（元）"]))).toBe(shown.income);
      expect(sumOf(records.map((r) => r["支出金额（元）"]))).toBe(shown.expense);
      if (base.includes("2026-06")) {
        const row = records.find((r) => r.凭证号 === reversal.voucherNo);
        expect(row?.["支出金额（元）"]).toBe(reversal.amount);
        expect(row?.调整说明).toContain(`红字冲销2026年5月凭证${reversal.adjusts?.voucherNo}`);
      }

      const xlsx = await fetch(`${portal.api.url}${base}entries.xlsx`);
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
      const sheet = workbook.getWorksheet("收支明细");
      const headers = (sheet?.getRow(1).values as unknown[]) ?? [];
      const column = (label: string) => headers.indexOf(label);
      let income = 0;
      let expense = 0;
      let rows = 0;
      sheet?.eachRow((row, n) => {
        if (n === 1) return;
        rows++;
        const fen = (cell: unknown) => (typeof cell === "number" ? Math.round(cell * 100) : 0);
        income += fen(row.getCell(column("收入金额（元）")).value);
        expense += fen(row.getCell(column("支出金额（元）")).value);
      });
      expect({ base, rows, income, expense }).toEqual({ base, rows: rowsOnPage, income: shown.income, expense: shown.expense });
    }
    await page.close();
  });

  it("sum up each year: totals from the API, a chart and a table of its months", async () => {
    const page = await portal.noJs.newPage();
    let years = 0;
    for (const code of await communityCodes()) {
      const res = await portal.api.gql(graphql(`query Years($c: String!) { community(code: $c) { financeYears } }`), { c: code });
      const { financeYears } = present(res.data?.community);
      expect(financeYears).toEqual([2026, 2025]);
      for (const year of financeYears) {
        const api_ = await portal.api.gql(
          graphql(`query Year($c: String!, $y: Int!) { community(code: $c) { financeYear(year: $y) {
            openingBalance closingBalance incomeTotal expenseTotal
            months { month incomeTotal expenseTotal } categoryTotals { direction amount } } } }`),
          { c: code, y: year },
        );
        const y = present(api_.data?.community?.financeYear);
        await page.goto(`${portal.api.url}/c/${code}/finance/year/${year}/`);
        const shown = await totalsOn(page);
        expect(shown).toEqual({
          opening: fenOf(present(y.openingBalance)),
          income: fenOf(y.incomeTotal),
          expense: fenOf(y.expenseTotal),
          closing: fenOf(present(y.closingBalance)),
        });
        expect(shown.income).toBe(sumOf(y.months.map((m) => m.incomeTotal)));
        expect(shown.expense).toBe(sumOf(y.months.map((m) => m.expenseTotal)));
        expect(shown.closing).toBe(shown.opening + shown.income - shown.expense);
        expect(await page.locator("tr[data-month]").count()).toBe(y.months.length);
        expect(fenOf((await page.locator("[data-categories=income] [data-amount-total]").textContent()) ?? "")).toBe(
          shown.income,
        );
        const chart = page.locator('svg[role="img"]');
        expect(await chart.locator("title").textContent()).toBe(`${year}年每月收入和支出`);
        expect(await chart.locator("rect").count()).toBe(2 * y.months.length + 2);
        years++;
      }
    }
    expect(years).toBe(16);
    await page.close();
  });

  it("draw the month's chart at build time, with its figures in words and in tables", async () => {
    const page = await portal.noJs.newPage();
    const may = present(
      await monthOf(
        "RJ-FUMIN",
        "2026-05",
        graphql(`query Chart($c: String!, $m: String!) { community(code: $c) {
          financePeriod(month: $m) { label categoryTotals { code name direction amount } } } }`),
      ),
    );
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/finance/2026-05/`);
    const chart = page.getByRole("img", { name: new RegExp(`^${may.label}收支（按科目）`) });
    expect(await chart.count()).toBe(1);
    const described = ((await chart.locator("desc").textContent()) ?? "").replaceAll(",", "");
    for (const t of may.categoryTotals) {
      expect(described).toContain(`${t.name}：${t.direction === "INCOME" ? "收入" : "支出"}${t.amount}元`);
      const cell = page.locator(
        `[data-categories=${t.direction === "INCOME" ? "income" : "expense"}] tr[data-category="${t.code}"] [data-amount]`,
      );
      expect(fenOf((await cell.textContent()) ?? "")).toBe(fenOf(t.amount));
    }
    expect(await page.locator("svg rect").count()).toBe(may.categoryTotals.length + 2);
    await page.close();
  });

  it("list the collective assets with their leases, the rent booked this year and how asset income was used", async () => {
    const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).slice(0, 4));
    const res = await portal.api.gql(
      graphql(`query Assets($y: Int!) { community(code: "RJ-FUMIN") { collectiveAssets { code name kindLabel location area
        status statusLabel currentLease { lesseeBusiness monthlyRent leaseFrom leaseTo } leases { lesseeBusiness } incomeInYear(year: $y) }
        assetIncomeStatements { year incomeTotal usedTotal balance uses { purpose amount } } } }`),
      { y: year },
    );
    const { collectiveAssets: assets, assetIncomeStatements: statements } = present(res.data?.community);
    expect(assets.length).toBeGreaterThan(3);
    // The demo car park is run by the community itself; a shop stood empty between two leases.
    expect(assets.find((a) => a.code === "PARK-01")?.status).toBe("SELF_OPERATED");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/finance/`);
    await page.getByRole("link", { name: "集体资产和资产收益使用情况" }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/finance\/assets\/$/);
    for (const a of assets) {
      const card = page.locator(`[data-asset="${a.code}"]`);
      const text = (await card.textContent()) ?? "";
      for (const part of [a.name, a.kindLabel, a.location]) expect(text).toContain(part);
      if (a.area) expect(text).toContain(`${a.area} 平方米`);
      if (a.currentLease) {
        expect(await card.locator("[data-lessee]").textContent()).toBe(a.currentLease.lesseeBusiness);
        expect(text.replaceAll(",", "")).toContain(`${a.currentLease.monthlyRent} 元`);
        expect(text).toContain(`${a.currentLease.leaseFrom} 至 ${a.currentLease.leaseTo}`);
      }
      const badge = card.locator("[data-status]");
      if (a.status === "LEASED") expect(await badge.count()).toBe(0);
      else expect(await badge.getAttribute("data-status")).toBe(a.status);
      if (a.status !== "LEASED") expect(await badge.textContent()).toBe(a.statusLabel);
      expect(await card.locator("[data-lease]").count()).toBe(a.leases.length);
      expect(fenOf((await card.locator("[data-income-in-year]").textContent()) ?? "")).toBe(fenOf(a.incomeInYear));
    }
    expect(fenOf(((await page.locator("[data-rent-total] strong").textContent()) ?? "").replace("元", ""))).toBe(
      sumOf(assets.map((a) => a.incomeInYear)),
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const card = page.locator(`[data-statement="${s.year}"]`);
      const text = ((await card.textContent()) ?? "").replaceAll(",", "");
      for (const amount of [s.incomeTotal, s.usedTotal, s.balance]) expect(text).toContain(`${amount} 元`);
      for (const use of s.uses) expect(text).toContain(use.purpose);
      expect(fenOf(s.incomeTotal) - sumOf(s.uses.map((u) => u.amount))).toBe(fenOf(s.balance));
    }
    await page.close();
  });

  it("reach the books from the community page on a phone, and print them on A4 without cutting columns off", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: /财务公开/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/finance\/$/);
    await page.getByRole("link", { name: "2026年10月" }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/finance\/2026-10\/$/);
    expect(await page.locator("h1").textContent()).toBe("富民社区2026年10月财务收支公开");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole("link", { name: /2026年9月/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/finance\/2026-09\/$/);
    // A4 less 12 mm margins is about 718 CSS pixels wide.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
    expect(await page.locator(".noprint").evaluateAll((els) => els.every((el) => getComputedStyle(el).display === "none"))).toBe(
      true,
    );
    expect(await page.locator("[data-chain-hash]").isVisible()).toBe(true);
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    for (const { path, violations } of await axeByPath(portal, [
      "/c/RJ-FUMIN/finance/",
      "/c/RJ-FUMIN/finance/2026-06/",
      "/c/RJ-TEHE/finance/2026-08/",
      "/c/RJ-FUMIN/finance/year/2026/",
      "/c/RJ-FUMIN/finance/assets/",
    ])) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
