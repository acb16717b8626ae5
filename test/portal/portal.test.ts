import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { print } from "graphql";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPortal, PortalRebuilder } from "../../api/portal/build.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import { CommunityCodes } from "../../portal/src/lib/queries.ts";
import { CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { axeViolations, launchBrowser, pagePath } from "../support/portal.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let api: TestServer;
let site: RunningServer;
let outDir: string;
let browser: Browser;
let noJs: BrowserContext;
let rebuilder: PortalRebuilder;

interface Listed {
  id: string;
  title: string;
  status: string;
  isCurrent: boolean;
  contentHash: string;
  correctionReason: string | null;
  category: { code: string };
}
let published: Listed[];

beforeAll(async () => {
  api = await startTestServer();
  outDir = join(api.dir, "dist");
  await buildPortal(api.databaseUrl, outDir, { quiet: true });
  rebuilder = new PortalRebuilder(api.databaseUrl, outDir, () => {}, 50);
  site = await startServer({
    db: api.db,
    port: 0,
    host: "127.0.0.1",
    portalDir: outDir,
    onPortalChange: () => rebuilder.schedule(),
  });
  published = await api.allDisclosures("id title status isCurrent contentHash correctionReason category { code }");
  browser = await launchBrowser();
  // Residents on old phones may have JavaScript off: every check below reads pages without it.
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "zh-CN" });
}, 180_000);

afterAll(async () => {
  await rebuilder?.idle();
  await browser?.close();
  await site?.close();
  await api?.close();
});

describe("static portal build", () => {
  it("writes one page per community and one per published disclosure", async () => {
    const communities = readdirSync(join(outDir, "c"));
    expect(communities.sort()).toEqual(
      ["RJ-DINGWEI", "RJ-FENGHUANG", "RJ-FENGLE", "RJ-FUMIN", "RJ-TEHE", "RJ-WOLONG", "RJ-YANGGUANG", "SC-TONGLUOWAN"].sort(),
    );
    const disclosures = readdirSync(join(outDir, "d"));
    expect(disclosures.sort()).toEqual(published.map((d) => d.id).sort());
    for (const id of disclosures) expect(existsSync(pagePath(outDir, "d", id))).toBe(true);
  });

  it("never puts a draft on any page", async () => {
    const draft = await api.db.disclosure.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect(existsSync(pagePath(outDir, "d", draft.id))).toBe(false);
    const html = readFileSync(pagePath(outDir, "c", "RJ-FUMIN"), "utf8");
    expect(html).not.toContain(draft.title);
  });
});

describe("portal in a browser, without JavaScript", () => {
  it("lists every community on the home page, grouped by county", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h2").allTextContents()).toEqual([
      expect.stringContaining("榕江县"),
      expect.stringContaining("石城县"),
    ]);
    expect(await page.locator("[data-community]").count()).toBe(8);
    await page.getByRole("link", { name: /阳光社区/ }).click();
    await page.waitForURL(/\/c\/RJ-YANGGUANG\/$/);
    expect(await page.locator("h1").textContent()).toBe("阳光社区");
    expect(await page.locator("body").textContent()).toContain("示例数据");
    await page.close();
  });

  it("shows a community's profile, organizations and disclosures by category", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-WOLONG/`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("1510户 6535人");
    expect(text).toContain("中共榕江县古州镇卧龙社区委员会");
    expect(text).toContain("居务监督委员会");
    expect(await page.locator('[data-category="PARTY_AFFAIRS"] li').count()).toBe(2);
    const withdrawn = published.find((d) => d.status === "WITHDRAWN");
    expect(await page.locator(`[data-disclosure="${withdrawn?.id}"]`).textContent()).toContain("已撤回");
    // Fits a phone screen: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("shows a withdrawn disclosure with its reason and its hash", async () => {
    const withdrawn = published.find((d) => d.status === "WITHDRAWN");
    const page = await noJs.newPage();
    await page.goto(`${site.url}/d/${withdrawn?.id}/`);
    expect(await page.getByRole("note").textContent()).toContain("撤回原因：供水公司通知检修改期");
    expect(await page.locator("[data-hash]").textContent()).toBe(withdrawn?.contentHash);
    await page.close();
  });

  it("links an original and its correction both ways, with the reason", async () => {
    const correction = published.find((d) => d.correctionReason && d.category.code === "COMMUNITY_AFFAIRS");
    const original = published.find((d) => d.status === "PUBLISHED" && !d.isCurrent && d.category.code === "COMMUNITY_AFFAIRS");
    const page = await noJs.newPage();
    await page.goto(`${site.url}/d/${original?.id}/`);
    expect(await page.getByRole("note").textContent()).toContain("本条已被更正");
    await page.getByRole("note").getByRole("link").click();
    await page.waitForURL(new RegExp(`/d/${correction?.id}/$`));
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("更正说明：推荐上岗人数统计有误");
    expect(await page.locator("#chain ~ ol li").count()).toBe(2);
    expect(await page.locator("[data-hash]").textContent()).toBe(correction?.contentHash);
    await page.close();
  });

  it("renders disclosure bodies as HTML, tables included", async () => {
    const catalogue = published.find((d) => d.title.includes("居务公开目录"));
    const page = await noJs.newPage();
    await page.goto(`${site.url}/d/${catalogue?.id}/`);
    expect(await page.locator(".body table tr").count()).toBeGreaterThan(5);
    await page.close();
  });

  it("answers unknown addresses with a Chinese 404 page", async () => {
    const page = await noJs.newPage();
    const response = await page.goto(`${site.url}/c/NO-SUCH/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("页面不存在");
    await page.close();
  });
});

describe("fee pages", () => {
  /** Exact percentage with two decimals, rounded half up, from integer counts. */
  const exactRate = (paid: number, billed: number) => {
    const hundredths = (BigInt(paid) * 20000n + BigInt(billed)) / (2n * BigInt(billed));
    return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}%`;
  };

  it("show, for every demo month of every fee, a rate equal to paid ÷ billed from the stored counts", async () => {
    const items = await api.db.feeItem.findMany({ include: { community: true } });
    expect(items.length).toBe(24);
    const page = await noJs.newPage();
    let months = 0;
    for (const item of items) {
      await page.goto(`${site.url}/c/${item.community.code}/fees/${item.code}/`);
      const rows = await page.locator("tr[data-month]").evaluateAll((trs) =>
        trs.map((tr) => ({
          month: tr.getAttribute("data-month"),
          cells: [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()),
        })),
      );
      const stored = await api.db.feeCollection.groupBy({
        by: ["month"],
        where: { feeItemId: item.id, disclosure: { status: "PUBLISHED", correctedBy: { is: null } } },
        _sum: { householdsBilled: true, householdsPaid: true },
      });
      expect(rows.map((r) => r.month).sort()).toEqual(stored.map((m) => m.month).sort());
      for (const m of stored) {
        const row = rows.find((r) => r.month === m.month);
        const billed = m._sum.householdsBilled ?? 0;
        const paid = m._sum.householdsPaid ?? 0;
        expect(row?.cells.slice(0, 3)).toEqual([String(billed), String(paid), exactRate(paid, billed)]);
        months++;
      }
    }
    expect(months).toBeGreaterThan(150);
    await page.close();
  });

  it("show the price the API says applies today, with its basis and the subsidy in plain words", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const res = await api.gql(
      `query($d: String!) { community(code: "RJ-FUMIN") { feeItems { code unitLabel priceOn(date: $d) { tiers { unitPrice } basisDocument } } } }`,
      {
        d: today,
      },
    );
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-FUMIN/fees/`);
    for (const item of res.data?.community.feeItems ?? []) {
      const row = page.locator(`tr[data-fee="${item.code}"]`);
      const shown = await row.locator("[data-price]").allTextContents();
      expect(shown.map((p) => Number(p))).toEqual(item.priceOn.tiers.map((t: { unitPrice: string }) => Number(t.unitPrice)));
      expect(await row.textContent()).toContain(item.priceOn.basisDocument);
    }
    expect(await page.locator('[data-subsidy="PROPERTY"]').textContent()).toContain("居民实际负担 0.30 元/平方米·月");
    await page.close();
  });
});

describe("jobs and training pages", () => {
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const openList = async (filter: Record<string, unknown>) => {
    const res = await api.gql(
      `query($f: JobFilter) { jobPostings(first: 100, filter: $f, sort: PAY) { edges { node { id payMax } } } }`,
      {
        f: { openOn: today(), ...filter },
      },
    );
    return res.data?.jobPostings.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
  };

  it("let a job seeker on a phone, without JavaScript, list open vacancies by pay and read one", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-FUMIN/`);
    await page
      .getByRole("link", { name: /就业岗位/ })
      .first()
      .click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/jobs\/$/);
    const listed = await page
      .locator("li[data-job]")
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-job"), Number(li.getAttribute("data-pay"))] as const));
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.map(([id]) => id)).toEqual(await openList({ communityCode: "RJ-FUMIN" }));
    const pays = listed.map(([, pay]) => pay);
    expect([...pays].sort((a, b) => b - a)).toEqual(pays);
    await page.locator("li[data-job] a").first().click();
    await page.waitForURL(/\/jobs\/[^/]+\/$/);
    for (const part of ["[data-pay]", "[data-place]", "[data-requirements]", "[data-apply]"]) {
      expect(((await page.locator(part).textContent()) ?? "").trim().length).toBeGreaterThan(2);
    }
    expect(await page.locator("[data-apply]").textContent()).toMatch(/电话 [0-9-]+/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({
      "@type": "JobPosting",
      hiringOrganization: { "@type": "Organization" },
      baseSalary: { currency: "CNY" },
    });
    expect(ld.title).toBe(await page.locator("h1").textContent());
    await page.close();
  });

  it("pre-build the common filters as pages", async () => {
    const page = await noJs.newPage();
    for (const [view, filter] of [
      ["home-based", { homeBasedOnly: true }],
      ["public-welfare", { kind: "PUBLIC_WELFARE" }],
      ["away", { scopes: ["PROVINCE", "OUT_OF_PROVINCE"] }],
    ] as const) {
      await page.goto(`${site.url}/c/RJ-FUMIN/jobs/${view}/`);
      const listed = await page.locator("li[data-job]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-job")));
      expect(listed).toEqual(await openList({ communityCode: "RJ-FUMIN", ...filter }));
      expect(listed.length).toBeGreaterThan(0);
    }
    await page.goto(`${site.url}/county/RJ/jobs/`);
    expect(await page.locator("li[data-job]").count()).toBe((await openList({ countyCode: "RJ" })).length);
    await page.goto(`${site.url}/county/RJ/training/`);
    const courses = await api.gql(
      `query($d: String) { trainingCourses(first: 100, filter: { countyCode: "RJ", openOn: $d }) { edges { node { id } } } }`,
      {
        d: today(),
      },
    );
    expect(await page.locator("li[data-course]").count()).toBe(courses.data?.trainingCourses.edges.length);
    await page.goto(`${site.url}/c/RJ-FUMIN/jobs/print/`);
    expect(await page.locator("table").count()).toBe(2);
    await page.close();
  });

  it("never show an expired posting as open, while its month's board keeps it", async () => {
    const expired = await api.db.jobPosting.findMany({
      where: { validUntil: { lt: today() } },
      include: { targets: { include: { community: true } } },
    });
    expect(expired.length).toBeGreaterThan(5);
    const builtPages = (dir: string): string[] =>
      existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? builtPages(join(dir, e.name)) : [join(dir, e.name)],
          )
        : [];
    const listings = [
      ...builtPages(join(outDir, "c")).filter((f) => f.includes("/jobs/")),
      ...builtPages(join(outDir, "county")),
    ];
    const html = listings.map((f) => readFileSync(f, "utf8")).join("\n");
    for (const posting of expired) {
      expect(html).not.toContain(`data-job="${posting.id}"`);
      expect(existsSync(pagePath(outDir, "jobs", posting.id))).toBe(false);
    }
    const boardMonths = new Set((await api.db.jobBoard.findMany({ select: { month: true } })).map((b) => b.month));
    const kept = expired.find((p) => boardMonths.has(p.validFrom.slice(0, 7)));
    expect(kept, "an expired posting from a month that has boards").toBeDefined();
    const boards = await api.db.jobBoard.findMany({
      where: { month: kept?.validFrom.slice(0, 7), communityId: { in: kept?.targets.map((t) => t.communityId) } },
      include: { disclosure: true },
    });
    const withIt = boards.filter((b) => b.disclosure.body.includes(kept?.title ?? "—"));
    expect(withIt.length, "the expired posting's month has a board listing it").toBeGreaterThan(0);
  });

  it("describe courses with schema.org Course JSON-LD", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-FUMIN/training/`);
    // The demo always has courses taking registrations next month.
    expect(await page.locator("li[data-course]").count()).toBeGreaterThan(0);
    await page.locator("li[data-course] a").first().click();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "Course", provider: { "@type": "Organization" } });
    expect(ld.name).toBe(await page.locator("h1").textContent());
    await page.close();
  });
});

describe("finance pages", () => {
  /** Exact yuan as integer fen, as shown ("-1,438.14 元") or as the API writes it ("-1438.14"). */
  const fenOf = (text: string) => {
    const m = /^(-?)(\d+)\.(\d{2})$/.exec(text.replace(/[,\s元]/g, ""));
    if (!m) throw new Error(`not an exact amount: ${text}`);
    return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
  };
  const PUBLISHED = ["2025-11", "2025-12", ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)];
  const MONTH_FIELDS = `month openingBalance incomeTotal expenseTotal closingBalance chainHash previousHash
    entries(first: 100) { totalCount edges { node { direction amount } } }`;

  const communityCodes = async (): Promise<string[]> =>
    (await api.gql(print(CommunityCodes), { after: null })).data?.communities.edges.map((e: any) => e.node.code);
  /** A community's published months from the API, oldest first. */
  const booksOf = async (code: string): Promise<any[]> => {
    const res = await api.gql(
      `query($c: String!) { community(code: $c) { financePeriods(first: 100) { edges { node { ${MONTH_FIELDS} } } } } }`,
      {
        c: code,
      },
    );
    return res.data?.community.financePeriods.edges.map((e: any) => e.node).reverse();
  };
  const monthOf = async (code: string, month: string, fields: string): Promise<any> =>
    (
      await api.gql(`query($c: String!, $m: String!) { community(code: $c) { financePeriod(month: $m) { ${fields} } } }`, {
        c: code,
        m: month,
      })
    ).data?.community.financePeriod;
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

  it("show, for every published month of every community, totals equal to the sum of its entries from the API", async () => {
    const page = await noJs.newPage();
    const codes = await communityCodes();
    expect(codes.length).toBe(8);
    let checked = 0;
    for (const code of codes) {
      const months = await booksOf(code);
      expect(months.map((m) => m.month)).toEqual(PUBLISHED);
      await page.goto(`${site.url}/c/${code}/finance/`);
      const listed = await page.locator("tr[data-month]").evaluateAll((trs) =>
        trs.map((tr) => ({
          month: tr.getAttribute("data-month"),
          cells: [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
        })),
      );
      expect(listed.map((row) => row.month)).toEqual([...PUBLISHED].reverse());
      for (const row of listed) {
        const m = months.find((x) => x.month === row.month);
        expect(row.cells.map(fenOf)).toEqual([fenOf(m.incomeTotal), fenOf(m.expenseTotal), fenOf(m.closingBalance)]);
      }
      let previous: { closing: number; hash: string | null } | null = null;
      for (const m of months) {
        expect(m.entries.edges.length).toBe(m.entries.totalCount);
        const fromApi = (direction: string) =>
          sumOf(m.entries.edges.filter((e: any) => e.node.direction === direction).map((e: any) => e.node.amount));
        await page.goto(`${site.url}/c/${code}/finance/${m.month}/`);
        const shown = await totalsOn(page);
        expect({ month: m.month, income: shown.income, expense: shown.expense }).toEqual({
          month: m.month,
          income: fromApi("INCOME"),
          expense: fromApi("EXPENSE"),
        });
        expect(shown.opening).toBe(fenOf(m.openingBalance));
        expect(shown.closing).toBe(shown.opening + shown.income - shown.expense);
        expect(shown.closing).toBe(fenOf(m.closingBalance));
        if (previous) expect(shown.opening, `${code} ${m.month} opens with last month's closing`).toBe(previous.closing);
        // The rows themselves add up to the same totals.
        const rows = page.locator("tr[data-entry]");
        expect(await rows.count()).toBe(m.entries.totalCount);
        expect(
          sumOf(await page.locator("td[data-income]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-income")))),
        ).toBe(shown.income);
        expect(
          sumOf(await page.locator("td[data-expense]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-expense")))),
        ).toBe(shown.expense);
        const chainHash = await page.locator("[data-chain-hash]").textContent();
        expect(chainHash).toBe(m.chainHash);
        if (m.month === "2026-03") {
          // What a resident would do: download the canonical text beside the page and hash it.
          const canonical = await fetch(new URL("canonical.json", page.url()));
          const digest = createHash("sha256")
            .update(Buffer.from(await canonical.arrayBuffer()))
            .digest("hex");
          expect(digest, `${code} ${m.month} canonical.json`).toBe(chainHash);
        }
        expect(chainHash).toMatch(/^[0-9a-f]{64}$/);
        const previousHash = await page.locator("[data-previous-hash]").textContent();
        if (previous) expect(previousHash).toBe(previous.hash);
        expect(previousHash).toBe(m.previousHash ?? "无（这是本社区在系统中公开的第一个月份）");
        previous = { closing: shown.closing, hash: chainHash };
        checked++;
      }
    }
    expect(checked).toBe(96);
    await page.close();
  });

  it("never build or link a month whose books are still open", async () => {
    const open = await api.db.financePeriod.findMany({ where: { month: "2026-11" }, include: { community: true } });
    expect(open.length).toBe(8);
    for (const period of open) {
      expect(period.status).not.toBe("PUBLISHED");
      const code = period.community.code;
      expect(existsSync(join(outDir, "c", code, "finance", "2026-11"))).toBe(false);
      expect(await monthOf(code, "2026-11", "month")).toBeNull();
      for (const page of [pagePath(outDir, "c", code, "finance"), pagePath(outDir, "c", code, "finance", "year", "2026")]) {
        expect(readFileSync(page, "utf8")).not.toContain("2026-11");
      }
    }
    const response = await fetch(`${site.url}/c/RJ-FUMIN/finance/2026-11/`);
    expect(response.status).toBe(404);
  });

  it("show the committee's objection, and every query with its answer, linked to the entry asked about", async () => {
    const page = await noJs.newPage();
    const objection = await monthOf("RJ-TEHE", "2026-08", "review { opinion opinionText }");
    expect(objection.review.opinion).toBe("OBJECTION");
    await page.goto(`${site.url}/c/RJ-TEHE/finance/2026-08/`);
    const opinion = page.locator("[data-opinion]");
    expect(await opinion.getAttribute("data-opinion")).toBe("OBJECTION");
    expect(await opinion.textContent()).toContain("审核意见：有异议");
    expect(await opinion.locator("mark").textContent()).toBe(objection.review.opinionText);
    expect(await page.locator("[data-signatures]").textContent()).toMatch(/签字成员：.+（主任）/);
    await page.goto(`${site.url}/c/RJ-TEHE/finance/2026-07/`);
    expect(await page.locator("[data-opinion]").textContent()).toContain("审核意见：同意");
    await page.goto(`${site.url}/c/RJ-TEHE/finance/`);
    expect(
      await page.locator("tr[data-month] .badge.objection").evaluateAll((b) => b.map((x) => x.closest("tr")?.dataset.month)),
    ).toEqual(["2026-08"]);

    let linked = 0;
    for (const [code, month] of [
      ["RJ-FUMIN", "2026-03"],
      ["RJ-YANGGUANG", "2026-09"],
      ["SC-TONGLUOWAN", "2026-02"],
    ] as const) {
      const { queries } = await monthOf(code, month, "queries { question answer askedBy entry { sequence voucherNo } }");
      expect(queries.length).toBeGreaterThan(0);
      await page.goto(`${site.url}/c/${code}/finance/${month}/`);
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
    await page.goto(`${site.url}/c/RJ-FUMIN/finance/2026-04/`);
    expect(await page.locator("[data-query]").count()).toBe(0);
    expect(await page.locator("#queries ~ .empty").textContent()).toBe("本月审核中没有质询。");
    await page.close();
  });

  it("show RJ-FUMIN's adjustment both on the month it corrects and on the month that books it", async () => {
    const june = await monthOf(
      "RJ-FUMIN",
      "2026-06",
      "entries(first: 100) { edges { node { sequence date voucherNo amount adjustmentReason adjusts { month sequence voucherNo } } } }",
    );
    const reversals = june.entries.edges.map((e: any) => e.node).filter((e: any) => e.adjusts);
    expect(reversals.length).toBe(1);
    const [reversal] = reversals;
    expect(reversal.amount).toMatch(/^-/);
    expect(reversal.adjusts.month).toBe("2026-05");

    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-FUMIN/finance/2026-06/`);
    const row = page.locator(`#entry-${reversal.sequence}`);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("红字");
    expect(text).toContain(`红字冲销2026年5月凭证${reversal.adjusts.voucherNo}`);
    expect(text).toContain(reversal.adjustmentReason);
    expect(fenOf((await row.locator("td[data-expense]").textContent()) ?? "")).toBe(fenOf(reversal.amount));

    await row.getByRole("link", { name: /红字冲销/ }).click();
    await page.waitForURL(new RegExp(`/c/RJ-FUMIN/finance/2026-05/#entry-${reversal.adjusts.sequence}$`));
    const [y, m, d] = reversal.date.split("-").map(Number);
    const note = `已于${y}年${m}月${d}日在2026年6月凭证${reversal.voucherNo}调整`;
    const original = page.locator(`#entry-${reversal.adjusts.sequence}`);
    expect(await original.locator("th").textContent()).toBe(reversal.adjusts.voucherNo);
    expect(await original.textContent()).toContain(note);
    expect(await page.locator("p[data-adjusted-later]").textContent()).toContain(note);
    // The corrected month's own figures stay as published.
    const may = await monthOf("RJ-FUMIN", "2026-05", "expenseTotal");
    expect((await totalsOn(page)).expense).toBe(fenOf(may.expenseTotal));
    await page.close();
  });

  it("offer a month's and a year's entries as CSV and XLSX that add up to the totals on the page", async () => {
    const page = await noJs.newPage();
    const june = await monthOf(
      "RJ-FUMIN",
      "2026-06",
      "entries(first: 100) { edges { node { voucherNo amount adjusts { voucherNo } } } }",
    );
    const reversal = june.entries.edges.map((e: any) => e.node).find((e: any) => e.adjusts);
    const year = await api.gql(
      `{ community(code: "RJ-FUMIN") { financePeriods(first: 100, year: 2026) { edges { node { entries(first: 1) { totalCount } } } } } }`,
    );
    const inYear = year.data?.community.financePeriods.edges.reduce((n: number, e: any) => n + e.node.entries.totalCount, 0);
    for (const [base, count] of [
      ["/c/RJ-FUMIN/finance/2026-06/", june.entries.edges.length],
      ["/c/RJ-TEHE/finance/2026-08/", null],
      ["/c/RJ-FUMIN/finance/year/2026/", inYear],
    ] as const) {
      await page.goto(`${site.url}${base}`);
      const shown = await totalsOn(page);
      const rowsOnPage = count ?? (await page.locator("tr[data-entry]").count());
      expect(await page.locator('[data-download="csv"]').getAttribute("href")).toBe(`${base}entries.csv`);
      expect(await page.locator('[data-download="xlsx"]').getAttribute("href")).toBe(`${base}entries.xlsx`);

      const csv = await fetch(`${site.url}${base}entries.csv`);
      expect(csv.status).toBe(200);
      const records: Record<string, string>[] = parseCsv(await csv.text(), { bom: true, columns: true, skip_empty_lines: true });
      expect(records.length).toBe(rowsOnPage);
      expect(sumOf(records.map((r) => r["收入金额（元）"]))).toBe(shown.income);
      expect(sumOf(records.map((r) => r["支出金额（元）"]))).toBe(shown.expense);
      if (base.includes("2026-06")) {
        const row = records.find((r) => r.凭证号 === reversal.voucherNo);
        expect(row?.["支出金额（元）"]).toBe(reversal.amount);
        expect(row?.调整说明).toContain(`红字冲销2026年5月凭证${reversal.adjusts.voucherNo}`);
      }

      const xlsx = await fetch(`${site.url}${base}entries.xlsx`);
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
    const page = await noJs.newPage();
    let years = 0;
    for (const code of await communityCodes()) {
      const res = await api.gql(`query($c: String!) { community(code: $c) { financeYears } }`, { c: code });
      expect(res.data?.community.financeYears).toEqual([2026, 2025]);
      for (const year of res.data?.community.financeYears ?? []) {
        const api_ = await api.gql(
          `query($c: String!, $y: Int!) { community(code: $c) { financeYear(year: $y) { openingBalance closingBalance incomeTotal expenseTotal
            months { month incomeTotal expenseTotal } categoryTotals { direction amount } } } }`,
          { c: code, y: year },
        );
        const y = api_.data?.community.financeYear;
        await page.goto(`${site.url}/c/${code}/finance/year/${year}/`);
        const shown = await totalsOn(page);
        expect(shown).toEqual({
          opening: fenOf(y.openingBalance),
          income: fenOf(y.incomeTotal),
          expense: fenOf(y.expenseTotal),
          closing: fenOf(y.closingBalance),
        });
        expect(shown.income).toBe(sumOf(y.months.map((m: any) => m.incomeTotal)));
        expect(shown.expense).toBe(sumOf(y.months.map((m: any) => m.expenseTotal)));
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
    const page = await noJs.newPage();
    const may = await monthOf("RJ-FUMIN", "2026-05", "label categoryTotals { code name direction amount }");
    await page.goto(`${site.url}/c/RJ-FUMIN/finance/2026-05/`);
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
    const res = await api.gql(
      `query($y: Int!) { community(code: "RJ-FUMIN") { collectiveAssets { code name kindLabel location area
        status statusLabel currentLease { lesseeBusiness monthlyRent leaseFrom leaseTo } leases { lesseeBusiness } incomeInYear(year: $y) }
        assetIncomeStatements { year incomeTotal usedTotal balance uses { purpose amount } } } }`,
      { y: year },
    );
    const { collectiveAssets: assets, assetIncomeStatements: statements } = res.data?.community ?? {};
    expect(assets.length).toBeGreaterThan(3);
    // The demo car park is run by the community itself; a shop stood empty between two leases.
    expect(assets.find((a: any) => a.code === "PARK-01").status).toBe("SELF_OPERATED");
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-FUMIN/finance/`);
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
      sumOf(assets.map((a: any) => a.incomeInYear)),
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const card = page.locator(`[data-statement="${s.year}"]`);
      const text = ((await card.textContent()) ?? "").replaceAll(",", "");
      for (const amount of [s.incomeTotal, s.usedTotal, s.balance]) expect(text).toContain(`${amount} 元`);
      for (const use of s.uses) expect(text).toContain(use.purpose);
      expect(fenOf(s.incomeTotal) - sumOf(s.uses.map((u: any) => u.amount))).toBe(fenOf(s.balance));
    }
    await page.close();
  });

  it("reach the books from the community page on a phone, and print them on A4 without cutting columns off", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-FUMIN/`);
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
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    for (const path of [
      "/c/RJ-FUMIN/finance/",
      "/c/RJ-FUMIN/finance/2026-06/",
      "/c/RJ-TEHE/finance/2026-08/",
      "/c/RJ-FUMIN/finance/year/2026/",
      "/c/RJ-FUMIN/finance/assets/",
    ]) {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      await page.close();
    }
    await context.close();
  });
});

describe("accessibility", () => {
  it("has no WCAG 2.1 A/AA violations that axe-core can detect on each kind of page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    const correction = published.find((d) => d.correctionReason && d.category.code === "COMMUNITY_AFFAIRS");
    for (const path of [
      "/",
      "/c/RJ-YANGGUANG/",
      `/d/${correction?.id}/`,
      "/c/NO-SUCH/",
      "/c/RJ-YANGGUANG/fees/",
      "/c/RJ-FENGHUANG/fees/WATER/",
    ]) {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const violations = await axeViolations(page);
      expect({ path, violations }).toEqual({ path, violations: [] });
      await page.close();
    }
    await context.close();
  });
});

describe("portal freshness and sources", () => {
  it("builds the same pages from a remote API as from the database", async () => {
    const remoteDir = join(api.dir, "remote-dist");
    const previous = process.env.SUNBOARD_API_URL;
    await new Promise<void>((done, fail) => {
      const child = spawn("npx", ["astro", "build", "--silent"], {
        env: {
          ...process.env,
          SUNBOARD_API_URL: api.url,
          DATABASE_URL: "file:/nonexistent/never-opened.db",
          PORTAL_OUT_DIR: remoteDir,
        },
        stdio: "ignore",
      });
      child.on("close", (code) => (code === 0 ? done() : fail(new Error(`remote build exited ${code}`))));
    });
    process.env.SUNBOARD_API_URL = previous;
    expect(readdirSync(join(remoteDir, "d")).sort()).toEqual(readdirSync(join(outDir, "d")).sort());
    expect(readFileSync(pagePath(remoteDir, "c", "RJ-TEHE"), "utf8")).toBe(
      readFileSync(pagePath(outDir, "c", "RJ-TEHE"), "utf8"),
    );
  });

  it("rebuilds itself after a publication, so residents see it without a restart", async () => {
    const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
    const post = (query: string, variables: Record<string, unknown>) =>
      fetch(`${site.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json() as Promise<{ data: Record<string, { disclosure: { id: string } }> }>);
    const created = await post(CREATE, { input: { ...draftInput(["RJ-TEHE"]), title: "关于特和社区新增充电桩的公示" } });
    const id = String(created.data.createDisclosure?.disclosure.id);
    await rebuilder.idle();
    expect(existsSync(pagePath(outDir, "d", id))).toBe(false);

    await post(PUBLISH, { id });
    await rebuilder.idle();
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-TEHE/`);
    expect(await page.locator(`[data-disclosure="${id}"]`).textContent()).toContain("关于特和社区新增充电桩的公示");
    await page.goto(`${site.url}/d/${id}/`);
    expect(await page.locator("h1").textContent()).toBe("关于特和社区新增充电桩的公示");
    await page.close();
  });
});
