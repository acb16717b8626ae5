import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { graphql, present, type VariablesOf } from "../support/graphql.ts";
import { BROWSER_TESTS, pagePath, withDemoPortal } from "../support/portal.ts";

const portal = withDemoPortal();

describe.concurrent("jobs and training pages", BROWSER_TESTS, () => {
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const OPEN = graphql(
    `query OpenByPay($f: JobFilter) { jobPostings(first: 100, filter: $f, sort: PAY) { edges { node { id payMax } } } }`,
  );
  type JobFilter = NonNullable<VariablesOf<typeof OPEN>["f"]>;
  const openList = async (filter: JobFilter) => {
    const res = await portal.api.gql(OPEN, { f: { openOn: today(), ...filter } });
    return present(res.data).jobPostings.edges.map((e) => e.node.id);
  };

  it("let a job seeker on a phone, without JavaScript, list open vacancies by pay and read one", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/`);
    await page
      .getByRole("link", { name: /就业岗位/ })
      .first()
      .click();
    await page.waitForURL(/\/c\/RJ-FUMIN\/jobs\/$/);
    const listed = await page
      .locator("li[data-job]")
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-job"), Number(li.getAttribute("data-pay"))] as const));
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.map(([id]) => id)).toEqual(await openList({ communityCode: "RJ-FUMIN" }));
    const pays = listed.map(([, pay]) => pay);
    expect([...pays].sort((a, b) => b - a)).toEqual(pays);
    await page.locator("li[data-job] a").first().click();
    await page.waitForURL(/\/jobs\/[^/]+\/$/);
    for (const part of ["[data-pay]", "[data-place]", "[data-requirements]", "[data-apply]"]) {
      expect(((await page.locator(part).textContent()) ?? "").trim().length).toBeGreaterThan(2);
    }
    expect(await page.locator("[data-apply]").textContent()).toMatch(/电话 [0-9-]+/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({
      "@type": "JobPosting",
      hiringOrganization: { "@type": "Organization" },
      baseSalary: { currency: "CNY" },
    });
    expect(ld.title).toBe(await page.locator("h1").textContent());
    await page.close();
  });

  it("pre-build the common filters as pages", async () => {
    const page = await portal.noJs.newPage();
    for (const [view, filter] of [
      ["home-based", { homeBasedOnly: true }],
      ["public-welfare", { kind: "PUBLIC_WELFARE" }],
      ["away", { scopes: ["PROVINCE", "OUT_OF_PROVINCE"] }],
    ] satisfies [string, JobFilter][]) {
      await page.goto(`${portal.api.url}/c/RJ-FUMIN/jobs/${view}/`);
      const listed = await page.locator("li[data-job]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-job")));
      expect(listed).toEqual(await openList({ communityCode: "RJ-FUMIN", ...filter }));
      expect(listed.length).toBeGreaterThan(0);
    }
    await page.goto(`${portal.api.url}/county/RJ/jobs/`);
    expect(await page.locator("li[data-job]").count()).toBe((await openList({ countyCode: "RJ" })).length);
    await page.goto(`${portal.api.url}/county/RJ/training/`);
    const courses = await portal.api.gql(
      graphql(`query OpenCourses($d: String) {
        trainingCourses(first: 100, filter: { countyCode: "RJ", openOn: $d }) { edges { node { id } } } }`),
      { d: today() },
    );
    expect(await page.locator("li[data-course]").count()).toBe(present(courses.data).trainingCourses.edges.length);
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/jobs/print/`);
    expect(await page.locator("table").count()).toBe(2);
    await page.close();
  });

  it("never show an expired posting as open, while its month's board keeps it", async () => {
    const expired = await portal.api.db.jobPosting.findMany({
      where: { validUntil: { lt: today() } },
      include: { targets: { include: { community: true } } },
    });
    expect(expired.length).toBeGreaterThan(5);
    const builtPages = (dir: string): string[] =>
      existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? builtPages(join(dir, e.name)) : [join(dir, e.name)],
          )
        : [];
    const listings = [
      ...builtPages(join(portal.outDir, "c")).filter((f) => f.includes("/jobs/")),
      ...builtPages(join(portal.outDir, "county")),
    ];
    const html = listings.map((f) => readFileSync(f, "utf8")).join("\n");
    for (const posting of expired) {
      expect(html).not.toContain(`data-job="${posting.id}"`);
      expect(existsSync(pagePath(portal.outDir, "jobs", posting.id))).toBe(false);
    }
    const boardMonths = new Set((await portal.api.db.jobBoard.findMany({ select: { month: true } })).map((b) => b.month));
    const kept = expired.find((p) => boardMonths.has(p.validFrom.slice(0, 7)));
    expect(kept, "an expired posting from a month that has boards").toBeDefined();
    const boards = await portal.api.db.jobBoard.findMany({
      where: { month: kept?.validFrom.slice(0, 7), communityId: { in: kept?.targets.map((t) => t.communityId) } },
      include: { disclosure: true },
    });
    const withIt = boards.filter((b) => b.disclosure.body.includes(kept?.title ?? "—"));
    expect(withIt.length, "the expired posting's month has a board listing it").toBeGreaterThan(0);
  });

  it("describe courses with schema.org Course JSON-LD", async () => {
    const page = await portal.noJs.newPage();
    await page.goto(`${portal.api.url}/c/RJ-FUMIN/training/`);
    // The demo always has courses taking registrations next month.
    expect(await page.locator("li[data-course]").count()).toBeGreaterThan(0);
    await page.locator("li[data-course] a").first().click();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld).toMatchObject({ "@type": "Course", provider: { "@type": "Organization" } });
    expect(ld.name).toBe(await page.locator("h1").textContent());
    await page.close();
  });
});
