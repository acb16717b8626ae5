import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { execute, parse } from "graphql";
import { describe, inject, it } from "vitest";
import type { Db } from "../../api/db/client.ts";
import { PortalRebuilder } from "../../api/portal/build.ts";
import { schema } from "../../schema/index.ts";
import { member } from "../support/graphql.ts";
import { CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { connectBrowser, demoPortalDir, PHONE } from "../support/portal.ts";
import type { RecordedOperation } from "../support/recording-proxy.ts";
import { startTestServer } from "../support/server.ts";
import { projectTempDir } from "../support/temp.ts";

/**
 * Where the portal's data comes from: a remote API gives what the database gives, and the server
 * rebuilds the portal after a publication.
 */

describe.concurrent("portal freshness and sources", () => {
  it("builds the same pages from a remote API as from the database, every query within the API's limits", async ({ expect }) => {
    // The shared demo build reads over HTTP (test/support/global-setup.ts); pages are a function of
    // the answers, so answers equal to the in-process executor's mean the same pages either way.
    await demoPortalDir();
    const recorded = JSON.parse(readFileSync(inject("demoPortal").operations, "utf8")) as RecordedOperation[];
    // Every query the portal runs went through the API's depth and complexity limits over HTTP.
    expect(recorded.filter((o) => o.status !== 200 || o.answer.includes('"errors"')).map((o) => o.name)).toEqual([]);
    expect([...new Set(recorded.map((o) => o.name))]).toEqual(
      expect.arrayContaining([
        "Home",
        "CommunityPage",
        "DisclosurePage",
        "CommunityFees",
        "FeePaths",
        "FinanceMonths",
        "FinanceMonthPage",
        "FinanceYearPage",
        "FinanceAssets",
      ]),
    );
    const api = await startTestServer();
    try {
      // Five answers to each operation, spread from its first to its last call (other communities,
      // other months): every query the portal has, for a fraction of the time all of them take.
      const byName = new Map<string, RecordedOperation[]>();
      for (const o of recorded) byName.set(o.name, (byName.get(o.name) ?? []).concat(o));
      const sample = [...byName.values()].flatMap((calls) =>
        [...new Set([0, 1, 2, 3, 4].map((k) => Math.round((k * (calls.length - 1)) / 4)))].map(
          (i) => calls[i] as RecordedOperation,
        ),
      );
      const differing: string[] = [];
      for (const operation of sample) {
        const local = await execute({
          schema,
          document: parse(operation.query),
          variableValues: operation.variables,
          contextValue: { db: api.db, viewer: null },
        });
        const remote = (JSON.parse(operation.answer) as { data: unknown }).data;
        if (!isDeepStrictEqual(JSON.parse(JSON.stringify(local.data)), remote)) differing.push(operation.name);
      }
      expect(differing).toEqual([]);
      expect(recorded.length).toBeGreaterThan(500);
    } finally {
      await api.close();
    }
  }, 300_000);

  it("rebuilds itself after a publication, so residents see it without a restart", async ({ expect }) => {
    // One community and nothing else: what is tested is the rebuild, and a small site builds fast.
    const temp = projectTempDir("rebuilt-");
    const outDir = join(temp, "dist");
    let rebuilder: PortalRebuilder | undefined;
    const api = await startTestServer({ demo: false, portalDir: outDir, onPortalChange: () => rebuilder?.schedule() });
    rebuilder = new PortalRebuilder(api.databaseUrl, outDir, () => {}, 50);
    await oneCommunity(api.db, "RJ-TEHE", "特和社区");
    const browser = await connectBrowser();
    try {
      const token = await api.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-TEHE"] });
      const created = await api.gql(
        CREATE,
        { input: { ...draftInput(["RJ-TEHE"]), title: "关于特和社区新增充电桩的公示" } },
        token,
      );
      const { id } = member(created.data?.createDisclosure, "CreateDisclosureSuccess").disclosure;
      await rebuilder.idle();
      // A draft changes nothing the public sees, so it starts no build.
      expect(existsSync(outDir)).toBe(false);

      member((await api.gql(PUBLISH, { id }, token)).data?.publishDisclosure, "PublishDisclosureSuccess");
      await rebuilder.idle();
      const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
      const page = await noJs.newPage();
      // The community page is a dashboard; its notices list names every disclosure.
      await page.goto(`${api.url}/c/RJ-TEHE/notices/`);
      expect(await page.locator(`[data-disclosure="${id}"]`).textContent()).toContain("关于特和社区新增充电桩的公示");
      await page.goto(`${api.url}/d/${id}/`);
      expect(await page.locator("h1").textContent()).toBe("关于特和社区新增充电桩的公示");
      await page.close();
    } finally {
      await rebuilder.idle();
      await browser.close();
      await api.close();
      rmSync(temp, { recursive: true, force: true });
    }
  }, 300_000);
});

/** A county, a town and one community in an empty database, as the seed would write them. */
async function oneCommunity(db: Db, code: string, name: string): Promise<void> {
  const county = await db.county.create({
    data: { code: "RJ", name: "榕江县", province: "贵州省", prefecture: "黔东南苗族侗族自治州" },
  });
  const township = await db.township.create({ data: { code: "RJ-GUZHOU", name: "古州镇", kind: "TOWN", countyId: county.id } });
  await db.community.create({
    data: {
      code,
      name,
      townshipId: township.id,
      placement: "INSIDE_PLANNING_AREA",
      settlementKind: "TOWN",
      households: 120,
      population: 510,
      relocationYearFrom: 2019,
      relocationYearTo: 2019,
      serviceCentreName: `${name}综合服务中心`,
      serviceCentrePhone: "0855-6631000",
      address: "榕江县古州镇",
    },
  });
}
