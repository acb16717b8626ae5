import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { connectBrowser, PHONE } from "./portal.ts";
import { startTestServer, type TestServer } from "./server.ts";

/**
 * A test server on its own database and a browser, started once for a describe block and closed
 * after it. `context()` opens a phone-sized Chinese browser without JavaScript unless asked.
 */
export function withStaffBrowser(): {
  readonly api: TestServer;
  context: (options?: { javaScript?: boolean }) => Promise<BrowserContext>;
} {
  let api: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), connectBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error("used outside the describe block's tests");
    return value;
  };
  return {
    get api() {
      return started(api);
    },
    // axe needs JavaScript, and a CSP-free page to inject itself into.
    context: ({ javaScript = false } = {}) =>
      started(browser).newContext({
        javaScriptEnabled: javaScript,
        viewport: PHONE,
        locale: "zh-CN",
        ...(javaScript ? { bypassCSP: true } : {}),
      }),
  };
}
