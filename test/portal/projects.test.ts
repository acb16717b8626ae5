import { createHash } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { graphql, present } from "../support/graphql.ts";
import { axeByPath, BROWSER_TESTS, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

const PROJECTS = graphql(`
  query PortalProjects($code: String!) { community(code: $code) {
    projects { id name status statusLabel money { budget spent variance } stages { id current } entries { id } } } }
`);

const projectsOf = async (code: string) => present((await portal.api.gql(PROJECTS, { code })).data?.community).projects;
/** Amounts as a printed statement groups them: 7000.00 → 7,000.00. */
const grouped = (amount: string) => amount.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const fitsPhone = () => document.documentElement.scrollWidth - window.innerWidth;

describe.concurrent("funded-project pages, without JavaScript", BROWSER_TESTS, () => {
  it("list a community's projects with status in words, budget and spent so far", async () => {
    const projects = await projectsOf("RJ-TEHE");
    expect(projects.length).toBeGreaterThan(0);
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-TEHE/projects/`);
    expect(await page.locator("h1").textContent()).toBe("特和社区资助项目");
    const rows = await page.locator("[data-project]").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-project"),
        status: tr.querySelector("[data-status-label]")?.textContent?.trim(),
        budget: tr.querySelector("[data-budget]")?.textContent?.trim(),
        spent: tr.querySelector("[data-spent]")?.textContent?.trim(),
      })),
    );
    expect(rows).toEqual(
      projects.map((p) => ({
        id: p.id,
        status: p.statusLabel,
        budget: grouped(p.money.budget),
        spent: grouped(p.money.spent),
      })),
    );
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("show a project's money table, linked entries and every stage with its hash", async () => {
    const [doors] = (await projectsOf("RJ-TEHE")).filter((p) => p.name === "2栋、5栋单元门禁系统更换");
    const project = present(doors, "特和's door-entry project");
    expect(project.money).toEqual({ budget: "7000.00", spent: "6500.00", variance: "500.00" });
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-TEHE/projects/`);
    await page.getByRole("link", { name: project.name }).click();
    await page.waitForURL(new RegExp(`/c/RJ-TEHE/projects/${project.id}/$`));
    expect(await page.locator("[data-summary]").textContent()).toContain("已决算");
    expect(await page.locator("[data-budget]").textContent()).toBe("7,000.00 元");
    expect(await page.locator("[data-spent]").textContent()).toBe("6,500.00 元");
    expect(await page.locator("[data-variance]").textContent()).toBe("500.00 元");
    expect(await page.locator("[data-final]").textContent()).toBe("6,500.00 元");
    expect(await page.locator("[data-entry]").count()).toBe(project.entries.length);
    expect(await page.locator("[data-entry]").first().textContent()).toContain("单元门禁");
    const stages = await page.locator("[data-stage]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-stage")));
    expect(stages).toEqual(project.stages.map((s) => s.id));
    expect(await page.locator(".timeline .hash").first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    // The linked entry leads to its month of the books.
    await page.locator("[data-entry] a").first().click();
    await page.waitForURL(/\/c\/RJ-TEHE\/finance\/2026-08\/$/);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goBack();
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("list the county's projects with their communities, reached from a community's list", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page.getByRole("link", { name: /^资助项目：/ }).click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/projects\/$/);
    expect(await page.locator("[data-status-label]").first().textContent()).toBe("施工中，完成 75%");
    await page.getByRole("link", { name: "查看全县资助项目" }).click();
    await page.waitForURL(/\/county\/RJ\/projects\/$/);
    const ids = await page.locator("[data-project]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-project")));
    const expected = [...(await projectsOf("RJ-TEHE")), ...(await projectsOf("RJ-FUMIN"))].map((p) => p.id);
    expect(ids.sort()).toEqual(expected.sort());
    await page.goto(`${portal.api.url}/county/SC/projects/`);
    expect(await page.locator("[data-project]").count()).toBe((await projectsOf("SC-TONGLUOWAN")).length);
    await page.close();
  });

  it("show a project's photos, each file the bytes its SHA-256 names", async () => {
    const [workshop] = await projectsOf("RJ-FUMIN");
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/projects/${present(workshop).id}/`);
    const photos = await page.locator("[data-photo] a").evaluateAll((links) =>
      links.map((a) => ({
        original: a.getAttribute("href") ?? "",
        src: a.querySelector("img")?.getAttribute("src") ?? "",
        alt: a.querySelector("img")?.getAttribute("alt"),
      })),
    );
    expect(photos.length).toBe(2);
    const bytesOf = async (path: string) => Buffer.from(await (await fetch(`${portal.api.url}${path}`)).arrayBuffer());
    for (const photo of photos) {
      expect(photo.alt).toContain("示例图片");
      // The original, linked from the picture, is the file its SHA-256 names.
      const original = await bytesOf(photo.original);
      const sha256 = createHash("sha256").update(original).digest("hex");
      expect(photo.original.endsWith(`/${sha256}.png`)).toBe(true);
      // The page shows a copy made at build time, 800 px wide (the demo's originals are 1600 × 1000).
      expect(photo.src.endsWith(`/${sha256}-800.webp`)).toBe(true);
      expect(await sharp(original).metadata()).toMatchObject({ format: "png", width: 1600, height: 1000 });
      expect(await sharp(await bytesOf(photo.src)).metadata()).toMatchObject({ format: "webp", width: 800, height: 500 });
    }
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(fitsPhone)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("have no WCAG 2.1 A/AA violations that axe-core can detect", async () => {
    const [project] = await projectsOf("RJ-FUMIN");
    const paths = ["/c/RJ-FUMIN/projects/", `/c/RJ-FUMIN/projects/${present(project).id}/`, "/county/RJ/projects/"];
    for (const { path, violations } of await axeByPath(portal, paths)) {
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
  });
});
