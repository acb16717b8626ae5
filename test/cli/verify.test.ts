import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import canonicalize from "canonicalize";
import { print } from "graphql";
import { describe, expect, it, type TestContext } from "vitest";
import { generateCountyKey } from "../../api/checkpoints/keys.ts";
import { CheckpointLines, CheckpointLogs } from "../../portal/src/lib/checkpoints/queries.ts";
import { member } from "../support/graphql.ts";
import { CREATE, draftInput, PUBLISH } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { rewriteBooks, rewriteDisclosure } from "../support/tamper.ts";

const run = promisify(execFile);

/**
 * Each test owns a server on its own copy of the demo database, signed by the run's demo keys, so
 * the tests run side by side: most of their time is spent waiting for the commands they start.
 */
async function demo(context: TestContext): Promise<TestServer> {
  const server = await startTestServer();
  context.onTestFinished(() => server.close());
  return server;
}

/** Runs an npm script against the server's database; a failed check is an exit code, not an exception. */
async function npm(server: TestServer, script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", script, "--", ...args], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Saves a county's log.jsonl and public-key.pem as a mirror would, from the public API; returns the folder. */
async function saveLog(server: TestServer, county: string): Promise<string> {
  const logs = await server.gql(print(CheckpointLogs));
  const log = logs.data?.checkpointLogs.find((l: { county: { code: string } }) => l.county.code === county);
  const lines = await server.gql(print(CheckpointLines), { county, after: 0 });
  const dir = join(mkdtempSync(join(server.dir, "saved-")), county);
  mkdirSync(dir);
  writeFileSync(join(dir, "public-key.pem"), log.publicKey);
  writeFileSync(
    join(dir, "log.jsonl"),
    lines.data?.checkpointLog.checkpoints.map((c: { line: string }) => `${c.line}\n`).join(""),
  );
  return dir;
}

/** A disclosure of the community: its id and title. */
async function disclosureOf(server: TestServer, community: string, category: string) {
  const res = await server.gql(
    `query($code: String!, $category: String!) { community(code: $code) { disclosures(first: 1, category: $category) { edges { node { id title } } } } }`,
    { code: community, category },
  );
  return res.data?.community.disclosures.edges[0].node as { id: string; title: string };
}

const monthVerified = async (server: TestServer, community: string, month: string) =>
  (
    await server.gql(`query($c: String!, $m: String!) { community(code: $c) { financePeriod(month: $m) { hashVerified } } }`, {
      c: community,
      m: month,
    })
  ).data?.community.financePeriod.hashVerified;

const hashVerified = async (server: TestServer, id: string) =>
  (await server.gql(`query($id: ID!) { disclosure(id: $id) { hashVerified } }`, { id })).data?.disclosure.hashVerified;

// Each test runs several CLI processes, which take longer the busier the machine is.
const CLI_TESTS = { timeout: 180_000 };

describe.concurrent("npm run verify", CLI_TESTS, () => {
  it("passes on the demo data, county by county and community by community; --community narrows it to one", async (context) => {
    const server = await demo(context);
    const all = await npm(server, "verify", []);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain("县 RJ（榕江县）校验点日志：1 个校验点；公钥：县里保管的密钥");
    expect(all.stdout).toMatch(/✓ RJ-FUMIN {2}公开事项 \d+ 条、财务 12 个月，与校验点 #1 一致/);
    expect(all.stdout).toMatch(/✓ SC-TONGLUOWAN {2}公开事项 \d+ 条、财务 12 个月，与校验点 #1 一致/);
    expect(all.stdout).toMatch(/核验通过：2 个县、8 个社区、\d+ 条公开事项、96 个月份/);

    const one = await npm(server, "verify", ["--community", "RJ-TEHE"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/核验通过：1 个县、1 个社区、\d+ 条公开事项、12 个月份/);
    expect(one.stdout).not.toContain("RJ-FUMIN");
  });

  it("after a full rewrite that every hash in the database agrees with, fails against a log saved before it and on its own, naming community and record", async (context) => {
    const server = await demo(context);
    const saved = await saveLog(server, "RJ");
    const party = await disclosureOf(server, "RJ-TEHE", "PARTY_AFFAIRS");

    const books = await rewriteBooks(server.databaseUrl, { community: "RJ-FUMIN", month: "2026-03", fen: 50_000, notices: true });
    await rewriteDisclosure(server.databaseUrl, party.id, "本季度未开展活动。");
    // Inside the database everything agrees again: the old checks see nothing.
    expect(books.months).toHaveLength(8);
    expect(await hashVerified(server, party.id)).toBe(true);
    expect(await monthVerified(server, "RJ-FUMIN", "2026-03")).toBe(true);
    expect((await npm(server, "finance:verify", [])).code).toBe(0);

    const against = await npm(server, "verify", ["--against", join(saved, "log.jsonl")]);
    expect(against.code).toBe(1);
    expect(against.stdout).toContain(`对照留存副本 ${join(saved, "log.jsonl")}（1 个校验点）`);
    expect(against.stdout).toMatch(/✗ RJ-FUMIN {2}公开事项 \S+「2026年\d+月财务收支公开」：校验值与校验点 #1 签名记录的不符/);
    expect(against.stdout).toContain(`✗ RJ-TEHE  公开事项 ${party.id}「${party.title}」：校验值与校验点 #1 签名记录的不符`);
    expect(against.stdout).toMatch(/✓ RJ-WOLONG {2}/);
    expect(against.stderr).toContain(`RJ-TEHE 公开事项 ${party.id}「${party.title}」`);

    const plain = await npm(server, "verify", []);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(`✗ RJ-TEHE  公开事项 ${party.id}「${party.title}」：校验值与校验点 #1 签名记录的不符`);
    expect(plain.stdout).toMatch(/✗ RJ-FUMIN {2}公开事项 \S+「2026年\d+月财务收支公开」/);

    // Signing the rewrite over is refused: a checkpoint never launders changed content.
    const append = await npm(server, "checkpoint", ["append"]);
    expect(append.code).toBe(1);
    expect(append.stdout).toMatch(/✗ RJ 拒绝签署新校验点：RJ-\S+ 公开事项 \S+「.+」：校验值与校验点 #1 签名记录的不符/);
    expect(append.stdout).toContain("· SC 公开内容自校验点 #1 以来没有变化");
  });

  it("a log replaced and re-signed with another key passes nothing: not the county's key, not a saved copy", async (context) => {
    const server = await demo(context);
    const saved = await saveLog(server, "RJ");
    await rewriteBooks(server.databaseUrl, { community: "RJ-YANGGUANG", month: "2026-09", fen: -20_000, notices: true });
    // The rewriter starts the county's log afresh under a key of their own.
    await server.db.checkpoint.deleteMany({ where: { county: { code: "RJ" } } });
    await server.db.checkpointKey.deleteMany({ where: { county: { code: "RJ" } } });
    const theirs = mkdtempSync(join(server.dir, "keys-"));
    generateCountyKey(theirs, "RJ");
    expect((await npm(server, "checkpoint", ["append", "--county", "RJ"], { CHECKPOINT_KEY_DIR: theirs })).stdout).toContain(
      "✓ RJ 校验点 #1 已签署",
    );

    const plain = await npm(server, "verify", ["--county", "RJ"]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/✗ 县 RJ {2}公钥：数据库中公布的公钥与县里保管的密钥 \S+RJ\.pem不是同一把/);
    expect(plain.stdout).toContain("✗ 县 RJ  校验点 #1：签名密钥不是公布的县级公钥");

    // Someone checking elsewhere, without the county's key, still has the copy they saved.
    const elsewhere = mkdtempSync(join(tmpdir(), "sunboard-nokeys-"));
    const against = await npm(server, "verify", ["--county", "RJ", "--against", saved], { CHECKPOINT_KEY_DIR: elsewhere });
    expect(against.code).toBe(1);
    expect(against.stdout).toContain("✗ 县 RJ  校验点 #1：与留存副本中的同一行不符（日志被改写，不再是留存副本的延续）");
    // A bare log.jsonl has no leaves of its own: the database's no longer add up to the saved root,
    // but the finance heads the saved checkpoint signed still name the community and month.
    expect(against.stdout).toContain("✗ 县 RJ  留存副本的校验点 #1：数据库中保存的叶子列表与校验点 #1 签名的默克尔根不符");
    expect(against.stdout).toContain(
      "✗ RJ-YANGGUANG  财务 2026-10：账目哈希与留存副本的校验点 #1 签名记录的不符（账目连同哈希链被改写）",
    );
  });

  it("a checkpoint line edited without the key fails its signature, in the database and in a saved copy", async (context) => {
    const server = await demo(context);
    const row = await server.db.checkpoint.findFirstOrThrow({ where: { county: { code: "SC" }, sequence: 1 } });
    const parsed = JSON.parse(row.line);
    parsed.checkpoint.disclosures.count -= 1;
    const forged = canonicalize(parsed) as string;

    // A saved copy with the forged line, while the database is intact.
    const copy = join(mkdtempSync(join(server.dir, "forged-")), "log.jsonl");
    writeFileSync(copy, `${forged}\n`);
    const against = await npm(server, "verify", ["--county", "SC", "--against", copy]);
    expect(against.code).toBe(1);
    expect(against.stdout).toContain("✗ 县 SC  留存副本的校验点 #1：签名无效：内容在签名后被改动，或不是用县里保管的密钥签的");
    expect(against.stdout).toContain("✗ 县 SC  校验点 #1：与留存副本中的同一行不符");

    // The same line in the database.
    await server.db.checkpoint.update({ where: { id: row.id }, data: { line: forged } });
    const plain = await npm(server, "verify", ["--county", "SC"]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("✗ 县 SC  校验点 #1：签名无效");
    expect(plain.stderr).toContain("县 SC 校验点 #1");
    const append = await npm(server, "checkpoint", ["append", "--county", "SC"]);
    expect(append.code).toBe(1);
    expect(append.stdout).toContain("✗ SC 拒绝签署新校验点：已有日志的校验点 #1：签名无效");
  });
});

describe.concurrent("npm run finance:verify", CLI_TESTS, () => {
  it("names the month whose stored hash differs from the one its published notice printed", async (context) => {
    const server = await demo(context);
    await rewriteBooks(server.databaseUrl, { community: "RJ-DINGWEI", month: "2026-06", fen: 12_300, notices: false });
    expect(await monthVerified(server, "RJ-DINGWEI", "2026-06")).toBe(false);
    const result = await npm(server, "finance:verify", []);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✗ RJ-DINGWEI  2026-06：账目哈希与本月财务公开原件上印出的不符（账目连同哈希被改写）");
    expect(result.stderr).toContain("RJ-DINGWEI 2026-06");
  });
});

describe.concurrent("npm run checkpoint", CLI_TESTS, () => {
  it("signs what was published since the last checkpoint, and only then", async (context) => {
    const server = await demo(context);
    const token = await server.tokenFor("COMMUNITY_EDITOR", { communities: ["RJ-FUMIN"] });
    const draft = await server.gql(CREATE, { input: draftInput() }, token);
    const { disclosure } = member(draft.data?.createDisclosure, "CreateDisclosureSuccess");
    await server.gql(PUBLISH, { id: disclosure.id }, token);
    expect((await npm(server, "verify", ["--community", "RJ-FUMIN"])).stdout).toContain(
      "与校验点 #1 一致（另有 1 条在其后发布，尚未签入校验点）",
    );

    const append = await npm(server, "checkpoint", ["append"]);
    expect(append.code).toBe(0);
    expect(append.stdout).toMatch(/✓ RJ 校验点 #2 已签署（公开事项 \d+ 条）/);
    expect(append.stdout).toContain("· SC 公开内容自校验点 #1 以来没有变化");
    const after = await npm(server, "verify", []);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/✓ RJ-FUMIN {2}公开事项 \d+ 条、财务 12 个月，与校验点 #2 一致\n/);
  });

  it("keygen writes a 0600 key into CHECKPOINT_KEY_DIR and never replaces the key a log is signed with", async (context) => {
    const server = await demo(context);
    const keys = join(mkdtempSync(join(server.dir, "keys-")), "nested");
    const refused = await npm(server, "checkpoint", ["keygen", "--county", "RJ"], { CHECKPOINT_KEY_DIR: keys });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("县 RJ 的校验点日志已由公钥");

    const county = await server.db.county.create({
      data: { code: "XN", name: "新县", province: "贵州省", prefecture: "示例州" },
    });
    await server.db.township.create({ data: { code: "XN-1", name: "新镇", kind: "TOWN", countyId: county.id } });
    const made = await npm(server, "checkpoint", ["keygen", "--county", "XN"], { CHECKPOINT_KEY_DIR: keys });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`县 XN 的签名私钥已写入 ${join(keys, "XN.pem")}`);
    expect(statSync(join(keys, "XN.pem")).mode & 0o777).toBe(0o600);
    expect((await npm(server, "checkpoint", ["keygen", "--county", "XN"], { CHECKPOINT_KEY_DIR: keys })).stderr).toContain(
      "already exists",
    );

    // With only XN's key here, the demo counties cannot sign: their keys are elsewhere.
    const append = await npm(server, "checkpoint", ["append"], { CHECKPOINT_KEY_DIR: keys });
    expect(append.code).toBe(1);
    expect(append.stdout).toContain(`✗ RJ 签署本县校验点日志的密钥不在 ${join(keys, "RJ.pem")}：请从备份恢复`);
    expect(append.stdout).toContain("✓ XN 校验点 #1 已签署（公开事项 0 条）");
  });
});
