import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { BROWSER_TESTS, PHONE, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** A published disclosure of the demo community, from the API. */
async function aDisclosure() {
  const { data } = await portal.api.gql(
    graphql(`{ community(code: "RJ-FUMIN") { disclosures(first: 5) { edges { node { id contentHash canonicalContent } } } } }`),
  );
  const d = present(present(data?.community).disclosures.edges[0]).node;
  return { id: d.id, hash: present(d.contentHash), canonical: present(d.canonicalContent) };
}

describe.concurrent("verification anyone can do", BROWSER_TESTS, () => {
  it("offers each disclosure's canonical text, byte for byte what its hash covers, and links to the verify page", async () => {
    const d = await aDisclosure();
    const response = await fetch(`${portal.api.url}/d/${d.id}/canonical.json`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes).toString("utf8")).toBe(d.canonical);
    expect(sha256(bytes)).toBe(d.hash);

    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/d/${d.id}/`);
    expect(await page.locator(`a[href="/d/${d.id}/canonical.json"]`).count()).toBe(1);
    const verify = present(await page.locator('a[href^="/verify/"]').getAttribute("href"));
    const params = new URL(verify, portal.api.url).searchParams;
    expect(params.get("path")).toBe(`/d/${d.id}/canonical.json`);
    expect(params.get("hash")).toBe(d.hash);

    // Without JavaScript the verify page says how to check by hand.
    await page.goto(`${portal.api.url}/verify/`);
    expect(await page.locator("main").textContent()).toContain("sha256sum canonical.json");
    await page.close();
  });

  // Concurrent tests poll with their own context's expect.
  it("says unchanged for a real disclosure and changed when the text served is altered", async ({ expect }) => {
    const d = await aDisclosure();
    const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${portal.api.url}/verify/?${new URLSearchParams({ path: `/d/${d.id}/canonical.json`, hash: d.hash })}`);
    const result = page.locator("#verify-result");
    await expect.poll(() => result.getAttribute("data-result")).toBe("unchanged");
    expect(await result.textContent()).toContain("内容未被改动");

    // The same page, with the site's copy of the text altered by one character on the way.
    await context.route(`**/d/${d.id}/canonical.json`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: d.canonical.replace(/"title":"/, '"title":"改') }),
    );
    await page.reload();
    await expect.poll(() => result.getAttribute("data-result")).toBe("changed");
    expect(await result.textContent()).toContain("内容已被改动");
    await context.close();
  });

  it("checks pasted text against a hash, and a finance month's chain hash against its canonical text", async ({ expect }) => {
    const d = await aDisclosure();
    const context = await portal.browser.newContext({ viewport: PHONE, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${portal.api.url}/verify/`);
    const result = page.locator("#verify-result");
    await page.fill("#hash", d.hash);
    await page.locator("details summary").click();
    await page.fill("#text", d.canonical);
    await page.click('button[type="submit"]');
    await expect.poll(() => result.getAttribute("data-result")).toBe("unchanged");
    await page.fill("#text", `${d.canonical} `);
    await page.click('button[type="submit"]');
    await expect.poll(() => result.getAttribute("data-result")).toBe("changed");

    await page.goto(`${portal.api.url}/c/RJ-FUMIN/finance/2026-06/`);
    await page.locator('a[href^="/verify/"]').click();
    await expect.poll(() => result.getAttribute("data-result")).toBe("unchanged");
    await context.close();
  });
});
