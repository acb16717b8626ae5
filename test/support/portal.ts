import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { startTestServer, type TestServer } from "./server.ts";

/** A connection of this file's own to the run's browser; closing it closes only what it opened. */
export function connectBrowser(): Promise<Browser> {
  const endpoint = inject("browserEndpoint");
  if (!endpoint) throw new Error("no browser in this run: global setup starts one only for runs with test/portal files");
  return chromium.connect(endpoint);
}

export const pagePath = (outDir: string, ...parts: string[]) => join(outDir, ...parts, "index.html");

/** What axe-core finds against WCAG 2.1 A/AA on the page as loaded, one line per rule with its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/**
 * For a describe block of browser tests: a page load, or axe-core on a page, takes several times
 * longer on a busy machine, and some tests read dozens of pages.
 */
export const BROWSER_TESTS = { timeout: 180_000 };

/** A phone's screen, the size most residents read the portal on. */
export const PHONE = { width: 390, height: 844 };

/**
 * The demo portal built once for the run (see global-setup.ts), once its build has finished.
 * No deadline of its own: the calling hook's timeout bounds the wait, and the build's time grows
 * with the machine's load.
 */
export async function demoPortalDir(): Promise<string> {
  const { dir, status } = inject("demoPortal");
  while (!existsSync(status)) await new Promise((r) => setTimeout(r, 200));
  const result = readFileSync(status, "utf8");
  if (result !== "ok") throw new Error(`the shared demo portal failed to build: ${result}`);
  return dir;
}

export interface DemoPortal {
  /** The API on a copy of the demo database, also serving the shared build at `api.url`. */
  api: TestServer;
  /** The shared build's folder: read it, never write to it. */
  outDir: string;
  browser: Browser;
  /** Residents on old phones may have JavaScript off: pages are read without it unless a test says otherwise. */
  noJs: BrowserContext;
  close: () => Promise<void>;
}

/** Serves the shared demo build beside a fresh API, with a browser to read it. */
async function openDemoPortal(): Promise<DemoPortal> {
  const [outDir, browser] = await Promise.all([demoPortalDir(), connectBrowser()]);
  const api = await startTestServer({ portalDir: outDir });
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
  return {
    api,
    outDir,
    browser,
    noJs,
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}

/** axe-core's findings on each path, read on a phone with JavaScript on (axe needs it). */
export async function axeByPath(portal: DemoPortal, paths: string[]): Promise<{ path: string; violations: string[] }[]> {
  // axe is the tester's script, injected inline: the pages' security policy (scripts from the server
  // only) would refuse it, so it is set aside for this context alone. test/portal/security.test.ts
  // reads the same pages with the policy in force.
  const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN", bypassCSP: true });
  const found = [];
  for (const path of paths) {
    const page = await context.newPage();
    await page.goto(`${portal.api.url}${path}`);
    found.push({ path, violations: await axeViolations(page) });
    await page.close();
  }
  await context.close();
  return found;
}

/** The shared demo portal, opened before the calling file's tests and closed after them. */
export function withDemoPortal(): DemoPortal {
  const portal = {} as DemoPortal;
  // Waits for the shared build as well, which takes longer the busier the machine is.
  beforeAll(async () => {
    Object.assign(portal, await openDemoPortal());
  }, 300_000);
  afterAll(() => portal.close?.());
  return portal;
}
