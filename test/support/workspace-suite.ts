import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { connectBrowser, PHONE } from "./portal.ts";
import { startTestServer, type TestServer } from "./server.ts";

export interface WorkspaceSuite {
  readonly api: TestServer;
  readonly browser: Browser;
  /** A fresh browser context on a phone, in Chinese, JavaScript off unless asked for (axe needs it). */
  context(options?: { javaScript?: boolean }): Promise<BrowserContext>;
  /** A page of a fresh `context`. */
  phone(options?: { javaScript?: boolean }): Promise<Page>;
}

/** For a describe block of workspace screens: its own server and database, and a browser connection. */
export function workspaceSuite(): WorkspaceSuite {
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
    if (value === undefined) throw new Error("workspaceSuite used outside its describe block");
    return value;
  };
  return {
    get api() {
      return started(api);
    },
    get browser() {
      return started(browser);
    },
    // axe needs JavaScript, and a CSP-free page to inject itself into.
    context: ({ javaScript = false } = {}) =>
      started(browser).newContext({ javaScriptEnabled: javaScript, viewport: PHONE, locale: "zh-CN", bypassCSP: javaScript }),
    async phone(options = {}) {
      return (await this.context(options)).newPage();
    },
  };
}
