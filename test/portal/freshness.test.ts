import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, it } from "vitest";
import { PortalRebuilder } from "../../api/portal/build.ts";
import { member } from "../support/graphql.ts";
import { CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { connectBrowser, demoPortalDir, PHONE, pagePath } from "../support/portal.ts";
import { startTestServer } from "../support/server.ts";
import { projectTempDir } from "../support/temp.ts";

/**
 * The portal built other ways than the shared demo build: from a remote API, and again by the
 * server after a publication. Each test has its own database and builds, so they run side by side.
 */

/** Passes requests on to `target`, noting each GraphQL operation and any errors the API answered it with. */
async function recordingProxy(target: string) {
  const operations: { name: string; errors: string[] }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    // A new connection per request (no agent): a kept-alive socket that the API closes just as it
    // is reused would fail the request, and the build would wait for an answer forever.
    const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers, agent: false });
    upstream.on("response", async (answer) => {
      const parts: Buffer[] = [];
      for await (const chunk of answer) parts.push(chunk as Buffer);
      const text = Buffer.concat(parts).toString("utf8");
      if (req.url?.startsWith("/graphql") && req.method === "POST") {
        const { query } = JSON.parse(body.toString("utf8")) as { query: string };
        operations.push({
          name: /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.slice(0, 80),
          // Most answers are large pages of data; only one that mentions errors needs parsing.
          errors: text.includes('"errors"')
            ? ((JSON.parse(text) as { errors?: { message: string }[] }).errors?.map((e) => e.message) ?? [])
            : [],
        });
      }
      res.writeHead(answer.statusCode ?? 502, { "content-type": answer.headers["content-type"] ?? "application/json" });
      res.end(text);
    });
    upstream.on("error", (error) => {
      operations.push({ name: `${req.method} ${req.url}`, errors: [String(error)] });
      res.writeHead(502).end(String(error));
    });
    upstream.end(body);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    operations,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

describe.concurrent("portal freshness and sources", () => {
  it("builds the same pages from a remote API as from the database, every query within the API's limits", async ({ expect }) => {
    const api = await startTestServer();
    const proxy = await recordingProxy(api.url);
    const temp = projectTempDir("remote-");
    const remoteDir = join(temp, "dist");
    try {
      await new Promise<void>((done, fail) => {
        const child = spawn("npx", ["astro", "build", "--silent"], {
          env: {
            ...process.env,
            SUNBOARD_API_URL: proxy.url,
            DATABASE_URL: "file:/nonexistent/never-opened.db",
            PORTAL_OUT_DIR: remoteDir,
            ASTRO_TELEMETRY_DISABLED: "1",
          },
          stdio: ["ignore", "ignore", "pipe"],
        });
        // Only the end of what it printed matters when it fails; keep that, not the whole stream.
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
        child.on("close", (code) => (code === 0 ? done() : fail(new Error(`remote build exited ${code}:\n${stderr}`))));
      });
      // Every query the portal runs went through the API's depth and complexity limits over HTTP.
      expect(proxy.operations.filter((o) => o.errors.length)).toEqual([]);
      expect([...new Set(proxy.operations.map((o) => o.name))]).toEqual(
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

      const outDir = await demoPortalDir();
      expect(readdirSync(join(remoteDir, "d")).sort()).toEqual(readdirSync(join(outDir, "d")).sort());
      expect(readFileSync(pagePath(remoteDir, "c", "RJ-TEHE"), "utf8")).toBe(
        readFileSync(pagePath(outDir, "c", "RJ-TEHE"), "utf8"),
      );
    } finally {
      await proxy.close();
      await api.close();
      rmSync(temp, { recursive: true, force: true });
    }
  }, 300_000);

  it("rebuilds itself after a publication, so residents see it without a restart", async ({ expect }) => {
    // The server rebuilds into a copy of the shared demo build, never into the shared one itself.
    const temp = projectTempDir("rebuilt-");
    const outDir = join(temp, "dist");
    cpSync(await demoPortalDir(), outDir, { recursive: true, dereference: true });
    let rebuilder: PortalRebuilder | undefined;
    const api = await startTestServer({ portalDir: outDir, onPortalChange: () => rebuilder?.schedule() });
    rebuilder = new PortalRebuilder(api.databaseUrl, outDir, () => {}, 50);
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
      expect(existsSync(pagePath(outDir, "d", id))).toBe(false);

      member((await api.gql(PUBLISH, { id }, token)).data?.publishDisclosure, "PublishDisclosureSuccess");
      await rebuilder.idle();
      const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "zh-CN" });
      const page = await noJs.newPage();
      await page.goto(`${api.url}/c/RJ-TEHE/`);
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
