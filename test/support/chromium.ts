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

// Posters are tested by their printed A4 page count: without a Chinese font every character prints
// as a box of another width, and the count means nothing. Debian's is the stylesheet's second choice.
const hasChineseFont = () => (spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" }).stdout ?? "").trim() !== "";
if (existsSync(path) && hasChineseFont()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(
    [
      `[chromium] No browser at ${path}, or no Chinese font. The portal tests need Chromium and a Chinese font.`,
      "  On Debian or Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk",
      "  Elsewhere: install Chromium and set CHROMIUM_PATH to its executable.",
    ].join("\n"),
  );
  process.exit(1);
}

console.log("[chromium] installing Debian's chromium and fonts-noto-cjk packages (a minute or two)…");
if (
  !run("apt-get", ["update", "-qq"]) ||
  !run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"]) ||
  !existsSync(path)
) {
  console.error(
    "[chromium] installing chromium failed; install them by hand (apt-get install -y chromium fonts-noto-cjk) and run npm test again.",
  );
  process.exit(1);
}
console.log(`[chromium] installed at ${path}`);
