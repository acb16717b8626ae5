import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("pretest browser check", () => {
  it("passes when the browser is there, and names the fix when it is not, without installing anything", () => {
    const ok = spawnSync("npx", ["tsx", "test/support/chromium.ts"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    // A path set by hand is the developer's choice: the check reports it rather than installing over it.
    const missing = spawnSync("npx", ["tsx", "test/support/chromium.ts"], {
      encoding: "utf8",
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("No browser at /nonexistent/chromium");
    expect(missing.stderr).toContain("apt-get install -y chromium");
  }, 60_000);
});
