import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, inject, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "sunboard-verify-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the demo books for one test, so the tests tamper with files of their own side by side. */
function books(name: string) {
  const file = join(dir, name);
  copyFileSync(inject("demoDatabase"), file);
  return { verify: (...args: string[]) => runVerify(file, ...args), tamper: (sql: string) => tamperWith(file, sql) };
}

/** Runs `npm run finance:verify`; a failed check is an exit code, not an exception. */
async function runVerify(file: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "finance:verify", "--", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Edits the SQLite file directly, as someone with access to the server could, bypassing the API. */
function tamperWith(file: string, sql: string) {
  const db = new Database(file);
  try {
    return db.prepare(sql).run().changes;
  } finally {
    db.close();
  }
}

const entryOf = (community: string, month: string) => `
  (SELECT e.id FROM LedgerEntry e JOIN FinancePeriod p ON p.id = e.periodId JOIN Community c ON c.id = p.communityId
   WHERE c.code = '${community}' AND p.month = '${month}' ORDER BY e.sequence LIMIT 1 OFFSET 2)`;

// Each verification is a `tsx` process, slower to start the busier the machine is.
const VERIFY_TIMEOUT = 180_000;

describe.concurrent("finance:verify", () => {
  it("passes on untouched books, and names the community and month of a published entry changed in the file", {
    timeout: VERIFY_TIMEOUT,
  }, async ({ expect }) => {
    const { verify, tamper } = books("changed-entry.db");
    const clean = await verify();
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("核验通过：8 个社区、96 个月份");

    expect(tamper(`UPDATE LedgerEntry SET amount = amount + 100 WHERE id = ${entryOf("RJ-FUMIN", "2026-03")}`)).toBe(1);
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/✗ RJ-FUMIN {2}2026-03：账目内容与公开时的哈希不符/);
    expect(broken.stderr).toContain("RJ-FUMIN 2026-03");
    // Other communities' chains are unaffected and still reported whole.
    expect(broken.stdout).toContain("✓ RJ-TEHE  12 个已公开月份");

    tamper(`UPDATE LedgerEntry SET amount = amount - 100 WHERE id = ${entryOf("RJ-FUMIN", "2026-03")}`);
    expect((await verify()).code).toBe(0);
  });

  it("catches a changed description, a forged signature, a deleted entry and a re-linked chain", {
    timeout: VERIFY_TIMEOUT,
  }, async ({ expect }) => {
    const { verify, tamper } = books("four-changes.db");
    const cases: [string, string][] = [
      [
        `UPDATE LedgerEntry SET description = description || '（补）' WHERE id = ${entryOf("RJ-WOLONG", "2026-01")}`,
        "RJ-WOLONG 2026-01",
      ],
      [
        `UPDATE ReviewSignature SET name = '冒名' WHERE id = (SELECT s.id FROM ReviewSignature s JOIN FinancePeriod p ON p.id = s.periodId
           JOIN Community c ON c.id = p.communityId WHERE c.code = 'RJ-TEHE' AND p.month = '2026-08' LIMIT 1)`,
        "RJ-TEHE 2026-08",
      ],
      [`DELETE FROM LedgerEntry WHERE id = ${entryOf("SC-TONGLUOWAN", "2025-12")}`, "SC-TONGLUOWAN 2025-12"],
      [
        `UPDATE FinancePeriod SET previousHash = '${"0".repeat(64)}' WHERE month = '2026-04'
           AND communityId = (SELECT id FROM Community WHERE code = 'RJ-FENGLE')`,
        "RJ-FENGLE 2026-04",
      ],
    ];
    for (const [sql] of cases) expect(tamper(sql)).toBe(1);
    const [result, one] = await Promise.all([verify(), verify("--community", "RJ-YANGGUANG")]);
    expect(result.code).toBe(1);
    for (const [, where] of cases) expect(result.stderr).toContain(where);
    expect(result.stdout).toContain("与上一公开月份 2026-03 的哈希链接不符");

    expect(one.code).toBe(0);
    expect(one.stdout).toContain("核验通过：1 个社区、12 个月份");
  });
});
