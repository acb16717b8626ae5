import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BROWSER_TESTS, PHONE, withDemoPortal } from "../support/portal.ts";

/**
 * Phones first: every page type read in Chromium without JavaScript, on a phone (390 px), a
 * desktop (1280 px) and at 400 % zoom (320 px), measured by element boxes rather than pictures.
 */

const portal = withDemoPortal();

const C = "/c/RJ-FUMIN";
const DESKTOP = { width: 1280, height: 900 };
const ZOOMED = { width: 320, height: 700 };

/** The first built record page under `dir` (its id is the demo data's), as an address. */
function firstUnder(dir: string): string {
  const root = join(portal.outDir, dir);
  const name = readdirSync(root, { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(join(root, e.name, "index.html")),
  )?.name;
  if (!name) throw new Error(`no page under ${dir}`);
  return `/${dir}/${name}/`;
}

/** One page of every type the portal has, with demo data on it. */
const pageTypes = () => [
  "/",
  `${C}/`,
  `${C}/fees/`,
  `${C}/fees/WATER/`,
  `${C}/finance/`,
  `${C}/finance/2026-05/`,
  `${C}/finance/year/2026/`,
  `${C}/finance/assets/`,
  `${C}/jobs/`,
  `${C}/jobs/boards/`,
  `${C}/training/`,
  `${C}/assistance/`,
  firstUnder(`${C.slice(1)}/assistance`),
  `${C}/catalogue/`,
  `${C}/decisions/`,
  firstUnder(`${C.slice(1)}/decisions`),
  `${C}/elections/`,
  firstUnder(`${C.slice(1)}/elections`),
  `${C}/employment/`,
  `${C}/party/`,
  `${C}/people/`,
  `${C}/people/history/`,
  `${C}/projects/`,
  firstUnder(`${C.slice(1)}/projects`),
  `${C}/questions/`,
  `${C}/welfare/`,
  `${C}/data/`,
  "/county/RJ/data/",
  "/data/",
  "/county/RJ/employment/",
  "/county/RJ/welfare/",
  "/county/RJ/jobs/",
  "/county/RJ/overdue/",
  "/county/RJ/projects/",
  "/checkpoints/",
  "/v/",
  firstUnder("jobs"),
  firstUnder("training"),
  firstUnder("d"),
];

/** Reads every page type in a context of the given size, JavaScript off, collecting what `measure` finds. */
async function eachPage<T>(viewport: { width: number; height: number }, measure: (page: Page, path: string) => Promise<T>) {
  const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport, locale: "zh-CN" });
  const page = await context.newPage();
  const found: { path: string; result: T }[] = [];
  for (const path of pageTypes()) {
    const response = await page.goto(`${portal.api.url}${path}`);
    expect(response?.status(), path).toBe(200);
    found.push({ path, result: await measure(page, path) });
  }
  await context.close();
  return found;
}

/** Figures and cells whose box reaches past the right edge of the screen. */
const offScreen = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("main td, main th, main .num, main dd, a[href^='tel:'], main h1, main h2, main p")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 24)}`);
  });

describe("pages on a phone", BROWSER_TESTS, () => {
  it("keep every cell, figure and phone number on the screen at 390 px and at 1280 px", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const found = await eachPage(viewport, offScreen);
      expect(
        found.filter((f) => f.result.length > 0),
        `${viewport.width} px`,
      ).toEqual([]);
    }
    // The tables behind the complaints are cards on a phone: the tier's price, each entry's
    // expenditure and each month's closing balance are on screen, with the column's name beside them.
    const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    for (const [path, label] of [
      [`${C}/fees/WATER/`, "单价"],
      [`${C}/finance/2026-05/`, "支出（元）"],
      [`${C}/finance/`, "期末余额（元）"],
    ] as const) {
      await page.goto(`${portal.api.url}${path}`);
      const cells = page.locator(`td[data-label="${label}"]:not(:empty)`);
      expect(await cells.count(), path).toBeGreaterThan(0);
      const first = await cells.first().evaluate((td) => ({
        right: td.getBoundingClientRect().right,
        label: getComputedStyle(td, "::before").content,
      }));
      expect(first.right, path).toBeLessThanOrEqual(PHONE.width);
      expect(first.label, path).toBe(`"${label}"`);
    }
    await context.close();
  });

  it("never scroll sideways as a whole at 320 px (400 % zoom), the large-text pages included", async () => {
    const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
    const found = await eachPage(ZOOMED, width);
    expect(found.filter((f) => f.result > ZOOMED.width)).toEqual([]);
    const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport: ZOOMED, locale: "zh-CN" });
    const page = await context.newPage();
    for (const path of [
      `${C}/`,
      `${C}/fees/WATER/`,
      `${C}/finance/`,
      `${C}/finance/2026-05/`,
      `${C}/finance/year/2026/`,
      `${C}/jobs/`,
      `${C}/people/`,
    ]) {
      await page.goto(`${portal.api.url}/large${path}`);
      expect(await width(page), `/large${path}`).toBeLessThanOrEqual(ZOOMED.width);
    }
    await context.close();
  });

  it("print no text smaller than 14 px at the browser's default size, chart labels included", async () => {
    const found = await eachPage(PHONE, (page) =>
      page.evaluate(() => {
        const small = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode;
          const el = text.parentElement;
          if (!el || !text.textContent?.trim() || el.closest(".skip, title, desc")) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          // SVG text is scaled with its drawing: its size on screen is its font size times that scale.
          const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
          const size = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
          if (size < 14)
            small.add(
              `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} ${size.toFixed(1)}px "${text.textContent.trim().slice(0, 12)}"`,
            );
        }
        return [...small];
      }),
    );
    expect(found.filter((f) => f.result.length > 0)).toEqual([]);
    // The pages with charts were among them, and their labels were measured.
    const charts = await eachChartPage();
    expect(
      charts.every((c) => c.labels > 0 && c.smallest >= 14),
      JSON.stringify(charts),
    ).toBe(true);
  });

  it("follow the browser's own default font size, set as a browser preference", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
    const sizes = async (standard: number | null) => {
      const page = await context.newPage();
      // Chromium's font-size preference (Settings → Appearance → Font size), not a stylesheet.
      if (standard !== null) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Page.setFontSizes", { fontSizes: { standard } });
      }
      await page.goto(`${portal.api.url}${C}/finance/2026-05/`);
      const measured = await page.evaluate(() => {
        const px = (selector: string) =>
          Number.parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
        return { root: px("html"), h1: px("h1"), cell: px("main td"), footer: px("footer") };
      });
      await page.close();
      return measured;
    };
    const normal = await sizes(null);
    const larger = await sizes(24);
    await context.close();
    expect(normal.root).toBe(18);
    for (const key of ["root", "h1", "cell", "footer"] as const) expect(larger[key] / normal[key], key).toBeCloseTo(1.5, 2);
  });

  it("never stack a name or a phone number one character per line, and link every phone number", async () => {
    const found = await eachPage(PHONE, (page) =>
      page.evaluate(() => {
        const problems: string[] = [];
        const links = document.querySelectorAll("a[href^='tel:']").length;
        for (const el of document.querySelectorAll<HTMLElement>(".nowrap, a[href^='tel:']")) {
          const box = el.getBoundingClientRect();
          const line = Number.parseFloat(getComputedStyle(el).lineHeight);
          if (box.height > 2 * line + 1) problems.push(`taller than two lines: ${el.textContent}`);
        }
        // Mobile numbers and landlines with their area code, outside hashes and ids.
        const phone = /(?<![\da-fA-F-])(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![\da-fA-F])/;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode;
          const el = text.parentElement;
          if (!el || el.closest("a[href^='tel:'], .hash, code, script, style, title, desc")) continue;
          const match = phone.exec(text.textContent ?? "");
          if (match) problems.push(`not a tel: link: ${match[0]}`);
        }
        return { problems, links };
      }),
    );
    expect(found.filter((f) => f.result.problems.length > 0)).toEqual([]);
    // The pages that list people and jobs do show numbers, all of them as links.
    for (const path of [`${C}/`, `${C}/people/`, `${C}/party/`, `${C}/jobs/`]) {
      expect(found.find((f) => f.path === path)?.result.links, path).toBeGreaterThan(0);
    }
  });

  it("reach the large-text, high-contrast mode from any page without JavaScript, and stay in it along links", async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${portal.api.url}${C}/finance/`);
    const standard = await rootFont(page);
    await page.getByRole("link", { name: /^大字版/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/large${C}/finance/`);
    expect(await page.evaluate(() => document.documentElement.className)).toContain("large");
    expect(await rootFont(page)).toBeGreaterThan(standard * 1.2);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(0, 0, 0)");
    // Following a link inside the large pages keeps large text: a month, then the community page.
    await page.locator("main table a").first().click();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/large${C}/finance/\\d{4}-\\d{2}/$`));
    expect(await page.evaluate(() => document.documentElement.classList.contains("large"))).toBe(true);
    // Downloads stay where they are: one copy of each file.
    const downloads = await page
      .locator("a[href$='.csv'], a[href$='.xlsx'], a[href$='.json']")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.filter((href) => href?.startsWith("/large/"))).toEqual([]);
    await page.locator("nav.crumbs a").nth(1).click();
    expect(new URL(page.url()).pathname).toBe(`/large${C}/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains("large"))).toBe(true);
    // And back to the standard page the reader was on.
    await page.getByRole("link", { name: /^标准版/ }).click();
    expect(new URL(page.url()).pathname).toBe(`${C}/`);
    expect(await page.evaluate(() => document.documentElement.classList.contains("large"))).toBe(false);
    // Every page type has the switch.
    for (const path of pageTypes()) {
      await page.goto(`${portal.api.url}${path}`);
      expect(await page.locator("footer a[data-reading-mode]").getAttribute("href"), path).toBe(`/large${path}`);
    }
    await context.close();
  });
});

const rootFont = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

/** The smallest label on screen in each kind of chart (bars, collection rates, employment trends). */
async function eachChartPage() {
  const context: BrowserContext = await portal.browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
  const page = await context.newPage();
  const found = [];
  for (const path of [`${C}/finance/2026-05/`, `${C}/finance/year/2026/`, `${C}/fees/`, `${C}/employment/`]) {
    await page.goto(`${portal.api.url}${path}`);
    const sizes = await page
      .locator("figure.chart svg text")
      .evaluateAll((ts) =>
        (ts as SVGTextElement[]).map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)),
      );
    found.push({ path, labels: sizes.length, smallest: Math.min(...sizes) });
  }
  await context.close();
  return found;
}
