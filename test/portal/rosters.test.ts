import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, PHONE, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const PEOPLE = graphql(`
  query PortalPeople($code: String!) { community(code: $code) {
    organizations { name postings { name role duties publicPhone } }
    grids { name leader { name title duties publicPhone } workers { name title duties publicPhone } buildings { heads { name } } }
    serviceStaff { name title duties counter publicPhone }
    staffHistory { name endedOn endReason }
  } }
`);

const people = async (code: string) => present((await portal.api.gql(PEOPLE, { code })).data?.community, code);

describe.concurrent("the 上岗公示 pages, without JavaScript, on a phone", BROWSER_TESTS, () => {
  it("show every person in office with photo, name, post, place, duties and a tel: duty phone — and nothing else", async () => {
    const page = await portal.noJs.newPage();
    for (const code of ["RJ-YANGGUANG", "RJ-FENGHUANG", "SC-TONGLUOWAN"]) {
      const c = await people(code);
      await page.goto(`${portal.api.url}/c/${code}/people/`);
      expect(await page.locator("h1").textContent()).toContain("上岗公示");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const expected = [
        ...c.organizations.flatMap((o) =>
          o.postings.map((p) => ({ name: p.name, post: p.role, place: null, duties: p.duties, phone: p.publicPhone })),
        ),
        ...c.grids.flatMap((g) =>
          [...g.leader, ...g.workers].map((p) => ({
            name: p.name,
            post: p.title,
            place: g.name,
            duties: p.duties,
            phone: p.publicPhone,
          })),
        ),
        ...c.serviceStaff.map((p) => ({ name: p.name, post: p.title, place: p.counter, duties: p.duties, phone: p.publicPhone })),
      ];
      const shown = await page.locator("[data-person]").evaluateAll((lis) =>
        lis.map((li) => ({
          name: li.querySelector("[data-name]")?.textContent?.trim(),
          post: li.querySelector(".post")?.textContent?.trim(),
          place: li.querySelector("[data-place]")?.textContent?.trim() ?? null,
          duties: li.querySelector(".duties")?.textContent?.trim(),
          phone: li.querySelector("a[href^='tel:']")?.textContent?.trim() ?? null,
          tel: li.querySelector("a[href^='tel:']")?.getAttribute("href") ?? null,
          text: (li.textContent ?? "").replace(/\s+/g, ""),
          alt: li.querySelector("img")?.getAttribute("alt") ?? null,
        })),
      );
      expect(shown.map(({ name, post, place, duties, phone }) => ({ name, post, place, duties, phone }))).toEqual(expected);
      for (const p of shown) {
        if (p.phone) expect(p.tel).toBe(`tel:${p.phone.replace(/-/g, "")}`);
        // Nothing beyond the listed fields: the card's text is exactly them.
        const allowed = [p.name, p.post, p.place ?? "", p.duties, p.phone ? `值班电话${p.phone}` : ""]
          .join("")
          .replace(/\s+/g, "");
        expect(p.text).toBe(allowed);
        expect(p.alt).toMatch(/示例占位图/);
      }
      // Building heads by building, in each grid.
      const heads = await page.locator("[data-building]").count();
      expect(heads).toBe(c.grids.reduce((n, g) => n + g.buildings.length, 0));
      // People no longer in office are only on the history page.
      for (const ended of c.staffHistory.filter((p) => p.endedOn)) expect(shown.map((p) => p.name)).not.toContain(ended.name);
    }
    await page.close();
  });

  it("say in words whether each body and grid keeps its size rule", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-WOLONG/people/`);
    const lines = await page.locator("[data-size-rule]").allTextContents();
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line).toMatch(/应为 .+，现有 \d+ 人：✓ 符合规定/);
    expect(await page.locator('[data-organization="PARTY_ORGANIZATION"] [data-size-rule]').textContent()).toContain(
      "党委委员会应为 5–9 人",
    );
    await page.close();
  });

  it("serve each photo resized at build time to 160 px wide", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-DINGWEI/people/`);
    const sources = [
      ...new Set(await page.locator("[data-person] img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src") ?? ""))),
    ];
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) {
      expect(src).toMatch(/^\/c\/RJ-DINGWEI\/people\/photos\/[0-9a-f]{64}-160\.webp$/);
      const res = await fetch(`${portal.api.url}${src}`);
      expect(res.status, src).toBe(200);
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: "webp", width: 160, height: 200 });
    }
    await page.close();
  });

  it("keep who held each post when on the history page, with the reasons", async () => {
    const c = await people("RJ-YANGGUANG");
    const ended = present(c.staffHistory.find((p) => p.endedOn));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-YANGGUANG/people/history/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const row = page.locator('tr[data-history="ended"]', { hasText: ended.name });
    expect(await row.textContent()).toContain("2024-03-01 至 2026-02-28");
    expect(await row.textContent()).toContain(`离任：${ended.endReason}`);
    expect(await page.locator('tr[data-history="current"]').count()).toBeGreaterThan(20);
    await page.goto(`${portal.api.url}/c/RJ-YANGGUANG/`);
    expect(await page.locator('a[href="/c/RJ-YANGGUANG/people/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it("pass axe", async () => {
    for (const { path, violations } of await axeByPath(portal, ["/c/RJ-FUMIN/people/", "/c/RJ-FUMIN/people/history/"])) {
      expect(violations, path).toEqual([]);
    }
  });
});
