import { describe, expect, it } from "vitest";
import { BROWSER_TESTS, PHONE, withDemoPortal } from "../support/portal.ts";

/** The portal and GraphiQL read in a browser with JavaScript on and the server's security policy in force. */

const portal = withDemoPortal();

describe("pages under the content security policy", BROWSER_TESTS, () => {
  it("load without a single policy violation, carry no inline script handler, and GraphiQL starts", async () => {
    const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const violations: string[] = [];
    for (const path of [
      "/",
      "/c/RJ-FUMIN/",
      "/c/RJ-FUMIN/fees/",
      "/c/RJ-FUMIN/finance/2026-05/",
      "/c/RJ-FUMIN/jobs/",
      "/graphql",
    ]) {
      const page = await context.newPage();
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(`${path}: ${m.text()}`);
      });
      const response = await page.goto(`${portal.api.url}${path}`, { waitUntil: "load" });
      expect(response?.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      // The print buttons that ran window.print() are gone (they did nothing with JavaScript off), and
      // with them the policy's one exception for an inline handler: printing is the browser's menu.
      // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly, and allows no eval().
      expect(response?.headers()["content-security-policy"], path).toContain("script-src 'self' 'wasm-unsafe-eval';");
      if (path !== "/graphql") expect(await page.locator("[onclick], button:not([type=submit])").count(), path).toBe(0);
      if (path === "/graphql") await page.locator(".graphiql-container").waitFor({ timeout: 60_000 });
      await page.close();
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
