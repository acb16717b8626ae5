/**
 * Runs before `npm test`: the portal tests drive a real Chromium, which npm cannot provide here
 * (browser downloads are blocked; Debian's package is the supported one). Installs Debian's
 * `chromium` when running as root on a machine with apt; otherwise says exactly what to do.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command: string, args: string[]): boolean {
  console.log(`[chromium] ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(
    [
      `[chromium] No browser at ${path}. The portal tests need Chromium.`,
      "  On Debian or Ubuntu: sudo apt-get install -y chromium",
      "  Elsewhere: install Chromium and set CHROMIUM_PATH to its executable.",
    ].join("\n"),
  );
  process.exit(1);
}

console.log("[chromium] not installed: installing Debian's chromium package (a minute or two)…");
if (!run("apt-get", ["update", "-qq"]) || !run("apt-get", ["install", "-y", "-qq", "chromium"]) || !existsSync(path)) {
  console.error(
    "[chromium] installing chromium failed; install it by hand (apt-get install -y chromium) and run npm test again.",
  );
  process.exit(1);
}
console.log(`[chromium] installed at ${path}`);
