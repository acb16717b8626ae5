import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const LISTS = graphql(`
  query PortalAssistance($code: String!) { community(code: $code) {
    assistanceLists { id periodLabel kindLabel window { status statusLabel } totals { households amount }
      rows { id recipient } villages { code } notice { contentHash } } } }
`);
const VILLAGE = graphql(`
  query PortalVillage($code: String!) { originVillage(code: $code) { code name
    assistanceLists { id community { code } notice { contentHash } rows(villageCode: $code) { id recipient } } } }
`);
const VILLAGES = graphql(`query PortalVillages { originVillages { code assistanceLists { id } } }`);

const listsOf = async (code: string) => present((await portal.api.gql(LISTS, { code })).data?.community).assistanceLists;
const fitsPhone = () => document.documentElement.scrollWidth - window.innerWidth;

/** Every text file of the build (pages, feeds, JSON, CSV), by path. */
function builtTexts(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|jsonl|csv|txt)$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), text: readFileSync(path, "utf8") };
    });
}

describe.concurrent("assistance pages, without JavaScript", BROWSER_TESTS, () => {
  it("list a community's lists by period with their window status in words, and reach a list's page", async () => {
    const lists = await listsOf("RJ-FUMIN");
    expect(lists.length).toBeGreaterThanOrEqual(4);
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: /^救助和帮扶公示：/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/assistance\/$/);
    expect(await page.locator("h1").textContent()).toBe("富民社区救助和帮扶公示");
    const rows = await page.locator("[data-list]").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-list"),
        status: tr.getAttribute("data-status"),
        text: tr.textContent ?? "",
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(lists.map((l) => l.id).sort());
    for (const l of lists) {
      const shown = present(rows.find((r) => r.id === l.id));
      expect(shown.status).toBe(l.window.status);
      expect(shown.text).toContain(l.window.statusLabel);
    }
    expect(await page.locator("[data-kind-totals] [data-kind]").count()).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    const first = present(lists[0]);
    await page.locator(`[data-list="${first.id}"] a`).click();
    await page.waitForURL(new RegExp(`/c/RJ-FUMIN/assistance/${first.id}/$`));
    await page.close();
  });

  it("show a list's masked rows, totals, window, villages and hash, and print on A4", async () => {
    const [list] = (await listsOf("RJ-FUMIN")).filter((l) => l.kindLabel === "低保");
    const l = present(list);
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/assistance/${l.id}/`);
    const recipients = await page.locator("[data-recipient]").allTextContents();
    expect(recipients).toEqual(l.rows.map((r) => r.recipient));
    expect(recipients.every((r) => /^.\*.$/.test(r))).toBe(true);
    expect(await page.locator("[data-hash]").textContent()).toBe(l.notice.contentHash);
    expect(await page.locator("[data-total]").textContent()).toContain(`${l.totals.households} 户`);
    const villages = await page.locator("[data-villages] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(villages).toEqual(l.villages.map((v) => `/v/${v.code}/`));
    const window = await page.locator("[data-window]").textContent();
    expect(window).toMatch(/公示状态按 \d{4}-\d{2}-\d{2}（北京时间）计算/);
    if (l.window.status === "OPEN") {
      // During the window: how to object, with the service centre's phone as a tel: link.
      expect(await page.locator("[data-objection] a[href^='tel:']").count()).toBe(1);
    } else {
      expect(window).toContain("名单为最终结果");
    }
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    // A4 less 15 mm margins is about 680 CSS pixels wide.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
    expect(await page.locator(".noprint").evaluateAll((els) => els.every((el) => getComputedStyle(el).display === "none"))).toBe(
      true,
    );
    expect(await page.locator("[data-hash]").isVisible()).toBe(true);
    await page.close();
  });

  it("take objections to the whole list or to one household, and show how many were raised and answered", async () => {
    const l = present((await listsOf("RJ-FUMIN")).find((x) => x.kindLabel === "低保" && x.periodLabel.includes("11月")));
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/assistance/${l.id}/`);
    // The demo's objection to one household, answered within the window.
    expect(await page.locator("[data-questions-count]").textContent()).toContain("共 1 条，已答复 1 条");
    expect(await page.locator("#questions").textContent()).toContain("经入户核实");
    const options = await page
      .locator("#questions select[name=subject] option")
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""]));
    expect(options[0]).toEqual([`ASSISTANCE_LIST:${l.id}`, "整份名单"]);
    expect(options.slice(1).map(([value]) => value)).toEqual(l.rows.map((r) => `ASSISTANCE_ROW:${r.id}`));
    expect(options.slice(1).every(([, label], i) => (label ?? "").includes(present(l.rows[i]).recipient))).toBe(true);
    expect(await page.locator("[data-window] a[href='#questions']").count()).toBe(l.window.status === "CLOSED" ? 0 : 1);
    await page.close();
  });

  it("publish each list on every origin village's page with the same hash as the community's page", async () => {
    const villages = present((await portal.api.gql(VILLAGES)).data).originVillages.filter((v) => v.assistanceLists.length > 0);
    expect(villages.length).toBeGreaterThanOrEqual(10);
    const page = await portal.noJs.newPage();
    for (const { code } of villages.slice(0, 4)) {
      const village = present((await portal.api.gql(VILLAGE, { code })).data?.originVillage);
      await page.goto(`${portal.api.url}/v/${code}/`);
      expect(await page.locator("h1").textContent()).toBe(`${village.name}原村民救助和帮扶公示`);
      const sections = await page.locator("section[data-list]").evaluateAll((els) =>
        els.map((el) => ({
          id: el.getAttribute("data-list"),
          hash: el.querySelector("[data-hash]")?.textContent,
          recipients: [...el.querySelectorAll("[data-recipient]")].map((td) => td.textContent),
        })),
      );
      expect(sections.map((s) => s.id)).toEqual(village.assistanceLists.map((l) => l.id));
      for (const l of village.assistanceLists) {
        const section = present(sections.find((s) => s.id === l.id));
        expect(section.hash).toBe(l.notice.contentHash);
        expect(section.recipients).toEqual(l.rows.map((r) => r.recipient));
        // The same hash on the destination community's page of the list.
        const html = readFileSync(join(portal.outDir, "c", l.community.code, "assistance", l.id, "index.html"), "utf8");
        expect(html).toMatch(new RegExp(`data-hash[^>]*>${l.notice.contentHash}<`));
      }
      expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    }
    await page.goto(`${portal.api.url}/v/`);
    expect(await page.locator("[data-village]").count()).toBe(
      present((await portal.api.gql(VILLAGES)).data).originVillages.length,
    );
    await page.close();
  });

  it("give each village a valid Atom feed of its lists", async () => {
    const { code } = present(
      present((await portal.api.gql(VILLAGES)).data).originVillages.find((v) => v.assistanceLists.length > 1),
    );
    const village = present((await portal.api.gql(VILLAGE, { code })).data?.originVillage);
    const response = await fetch(`${portal.api.url}/v/${code}/feed.xml`);
    expect(response.headers.get("content-type")).toContain("xml");
    const xml = await response.text();
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/v/${code}/`);
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ATOM = "http://www.w3.org/2005/Atom";
      const child = (el: Element, name: string) => el.getElementsByTagNameNS(ATOM, name)[0]?.textContent ?? null;
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        id: child(doc.documentElement, "id"),
        updated: child(doc.documentElement, "updated"),
        entries: [...doc.getElementsByTagNameNS(ATOM, "entry")].map((e) => ({
          id: child(e, "id"),
          title: child(e, "title"),
          updated: child(e, "updated"),
          link: e.getElementsByTagNameNS(ATOM, "link")[0]?.getAttribute("href"),
          content: child(e, "content"),
        })),
      };
    }, xml);
    await page.close();
    expect(feed).toMatchObject({ error: 0, root: "http://www.w3.org/2005/Atom feed", id: `tag:sunboard,2026:village:${code}` });
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(feed.entries.map((e) => e.id).sort()).toEqual(
      village.assistanceLists.map((l) => `tag:sunboard,2026:assistance-list:${l.id}`).sort(),
    );
    for (const l of village.assistanceLists) {
      const entry = present(feed.entries.find((e) => e.id?.endsWith(l.id)));
      // Feeds name pages absolutely (the site's configured address) since they share the portal's Atom writer.
      expect(new URL(present(entry.link)).pathname).toBe(`/c/${l.community.code}/assistance/${l.id}/`);
      expect(entry.content).toContain(present(l.notice.contentHash));
      for (const r of l.rows) expect(entry.content).toContain(r.recipient);
    }
  });

  it("never show a recipient's full name, an ID-like or a phone-like string on any built page or feed", async () => {
    const names = [
      ...new Set((await portal.api.db.assistanceRow.findMany({ select: { recipientName: true } })).map((r) => r.recipientName)),
    ];
    expect(names.length).toBeGreaterThan(20);
    const files = builtTexts(portal.outDir);
    expect(files.filter((f) => f.path.startsWith("v/")).length).toBeGreaterThanOrEqual(20);
    const leaks: string[] = [];
    for (const { path, text } of files) {
      // Hashes and signatures are long hex runs that may contain 18 digits by chance: not personal data.
      const plain = text.replace(/[0-9a-f]{32,}/g, "#");
      for (const name of names) if (plain.includes(name)) leaks.push(`${path}: ${name}`);
      const id = /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/.exec(plain);
      if (id) leaks.push(`${path}: ID-like ${id[0]}`);
      const phone = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/.exec(plain);
      if (phone) leaks.push(`${path}: phone-like ${phone[0]}`);
    }
    expect(leaks).toEqual([]);
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    const [list] = await listsOf("RJ-TEHE");
    const paths = ["/c/RJ-TEHE/assistance/", `/c/RJ-TEHE/assistance/${present(list).id}/`, "/v/", "/v/RJ-V-PINGYANG/"];
    for (const { path, violations } of await axeByPath(portal, paths)) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
