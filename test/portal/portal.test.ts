import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPortal, PortalRebuilder } from "../../api/portal/build.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import { CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { launchBrowser, pagePath } from "../support/portal.ts";
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
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
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
