import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPortal } from "../../api/portal/build.ts";
import { type RunningServer, startServer } from "../../api/server.ts";
import { axeViolations, connectBrowser } from "../support/portal.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const run = promisify(execFile);
let api: TestServer;
let site: RunningServer;
let outDir: string;
let buildError: unknown;
let browser: Browser;
let noJs: BrowserContext;
/** With scripts on, and the site's CSP set aside for axe-core, which the test injects into the page. */
let withJs: BrowserContext;
let changed: { id: string; title: string };
let untouched: { id: string };

/** Edits the SQLite file directly, bypassing the API, and leaves every stored hash as it was. */
function tamper(file: string, sql: string, ...params: unknown[]) {
  const db = new Database(file);
  try {
    expect(db.prepare(sql).run(...params).changes).toBe(1);
  } finally {
    db.close();
  }
}

/**
 * One build for the whole file, of a demo database changed behind the API's back: a disclosure's
 * body and an entry of 特和's May books. It runs with CI=true, so it must fail; like any build it
 * writes every page first, and those pages are what residents would be served by a build outside CI.
 */
beforeAll(async () => {
  api = await startTestServer();
  const nodes = async (category: string) =>
    (
      await api.gql(
        `query($c: String!) { community(code: "RJ-WOLONG") { disclosures(first: 1, category: $c) { edges { node { id title } } } } }`,
        { c: category },
      )
    ).data?.community.disclosures.edges[0].node;
  changed = await nodes("PARTY_AFFAIRS");
  untouched = await nodes("COMMUNITY_AFFAIRS");
  const file = api.databaseUrl.replace(/^file:/, "");
  tamper(file, "UPDATE Disclosure SET body = body || '（本季度另发放慰问金 5000 元。）' WHERE id = ?", changed.id);
  tamper(
    file,
    // The description is also what a spreadsheet would run as a formula: the downloads must not.
    `UPDATE LedgerEntry SET amount = amount + 100, description = '+cmd|calc!A0' WHERE id = (SELECT e.id FROM LedgerEntry e
       JOIN FinancePeriod p ON p.id = e.periodId JOIN Community c ON c.id = p.communityId
       WHERE c.code = 'RJ-TEHE' AND p.month = '2026-05' ORDER BY e.sequence LIMIT 1)`,
  );

  outDir = join(api.dir, "dist");
  const ci = process.env.CI;
  process.env.CI = "true";
  try {
    await buildPortal(api.databaseUrl, outDir, { quiet: true });
  } catch (error) {
    buildError = error;
  } finally {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
  site = await startServer({ db: api.db, port: 0, host: "127.0.0.1", portalDir: outDir });
  browser = await connectBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  withJs = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", bypassCSP: true });
}, 180_000);

/** WCAG 2.1 A/AA findings on a page of the build. */
async function accessibility(path: string) {
  const page = await withJs.newPage();
  await page.goto(`${site.url}${path}`);
  const violations = await axeViolations(page);
  await page.close();
  return violations;
}

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

const WARNING = "警告：本页内容与发布时的校验值不符，可能已被改动，请以监委会留存的纸质公示为准并向县民政部门反映。";

describe("pages whose content fails its hash", () => {
  it("fail a build with CI=true, which names every such page", () => {
    expect(String(buildError)).toContain("内容与发布时的校验值不符的页面 2 个（CI=true 时构建失败）");
    expect(String(buildError)).toContain(`/d/${changed.id}/`);
    expect(String(buildError)).toContain("/c/RJ-TEHE/finance/2026-05/");
  });

  it("warn readers at the top of a changed disclosure, and only there", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/d/${changed.id}/`);
    const warning = page.getByRole("alert");
    expect(await warning.isVisible()).toBe(true);
    expect((await warning.textContent())?.trim()).toBe(WARNING);
    expect(await page.locator("h1 + [data-hash-warning]").count()).toBe(1);
    expect(await accessibility(`/d/${changed.id}/`)).toEqual([]);

    await page.goto(`${site.url}/d/${untouched.id}/`);
    expect(await page.locator("[data-hash-warning]").count()).toBe(0);
    await page.close();
  });

  it("warn readers of a finance month whose entries changed, not of the months after it", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/c/RJ-TEHE/finance/2026-05/`);
    expect((await page.getByRole("alert").textContent())?.trim()).toBe(WARNING);
    await page.goto(`${site.url}/c/RJ-TEHE/finance/2026-06/`);
    expect(await page.locator("[data-hash-warning]").count()).toBe(0);
    await page.close();
  });

  it("never hand a spreadsheet a formula: text that would run as one is written with a leading apostrophe", () => {
    const csv = readFileSync(join(outDir, "c", "RJ-TEHE", "finance", "2026-05", "entries.csv"), "utf8");
    expect(csv).toContain(",'+cmd|calc!A0");
    expect(csv).not.toMatch(/,\+cmd\|calc!A0/);
  });
});

describe("/checkpoints/", () => {
  it("explains the log in Chinese and links each county's files", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.url}/checkpoints/`);
    expect(await page.locator("h1").textContent()).toBe("校验点日志");
    const rj = page.locator('[data-county="RJ"]');
    expect(await rj.locator("h2").textContent()).toBe("榕江县");
    expect(await rj.textContent()).toMatch(/共 1 个校验点。最新的是第 1 个（.+签署），覆盖已公开事项\s*\d+ 条。/);
    expect(await rj.getByRole("link", { name: "log.jsonl" }).getAttribute("href")).toBe("/checkpoints/RJ/log.jsonl");
    expect(await rj.getByRole("link", { name: "public-key.pem" }).getAttribute("href")).toBe("/checkpoints/RJ/public-key.pem");
    expect(await rj.locator("tbody tr").count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator("#how ~ ol li").count()).toBe(4);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
    expect(await accessibility("/checkpoints/")).toEqual([]);
  });

  it("publishes each county's log byte for byte, its public key and its leaves", async () => {
    const rows = await api.db.checkpoint.findMany({ where: { county: { code: "SC" } }, orderBy: { sequence: "asc" } });
    const key = await api.db.checkpointKey.findFirstOrThrow({ where: { county: { code: "SC" } } });
    const fetched = async (path: string) => (await fetch(`${site.url}${path}`)).text();
    expect(await fetched("/checkpoints/SC/log.jsonl")).toBe(rows.map((r) => `${r.line}\n`).join(""));
    expect(await fetched("/checkpoints/SC/public-key.pem")).toBe(key.publicKey);
    const leaves = JSON.parse(await fetched("/checkpoints/SC/leaves/1.json"));
    expect(leaves).toMatchObject({ format: "sunboard.checkpoint-leaves.v1", county: "SC", sequence: 1 });
    expect(leaves.added).toHaveLength(leaves.count);
  });

  it("is a saved copy `npm run verify -- --against` reads, naming what changed since it was built", async () => {
    let result: { code: number; stdout: string; stderr: string };
    try {
      result = {
        code: 0,
        ...(await run("npm", ["run", "--silent", "verify", "--", "--against", outDir], {
          env: { ...process.env, DATABASE_URL: api.databaseUrl },
        })),
      };
    } catch (error) {
      result = error as typeof result;
    }
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`公钥：留存副本的公钥 ${join(outDir, "checkpoints", "RJ")}/public-key.pem`);
    expect(result.stdout).toContain(`✗ RJ-WOLONG  公开事项 ${changed.id}「${changed.title}」：内容与校验值不符（发布后被改动）`);
    expect(result.stdout).toContain("✗ RJ-TEHE  财务 2026-05：账目内容与公开时的哈希不符");
    expect(result.stdout).toMatch(/✓ RJ-FUMIN {2}公开事项 \d+ 条、财务 12 个月，与校验点 #1 一致/);
    expect(readFileSync(join(outDir, "checkpoints", "RJ", "log.jsonl"), "utf8").split("\n")).toHaveLength(2);
  });
});
