import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Runs the pretest check; a failed check is an exit code and its stderr, not an exception. */
async function check(env: NodeJS.ProcessEnv = process.env) {
  try {
    await run("npx", ["tsx", "test/support/chromium.ts"], { encoding: "utf8", env });
    return { status: 0, stderr: "" };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { status: e.code, stderr: e.stderr };
  }
}

describe("pretest browser check", () => {
  it("passes when the browser is there, and names the fix when it is not, without installing anything", async () => {
    // A path set by hand is the developer's choice: the check reports it rather than installing over it.
    const [ok, missing] = await Promise.all([check(), check({ ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" })]);
    expect(ok.status).toBe(0);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("No browser at /nonexistent/chromium");
    expect(missing.stderr).toContain("apt-get install -y chromium");
  }, 60_000);
});
