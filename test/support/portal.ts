import { spawn } from "node:child_process";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

/** Builds the portal from the given database into `outDir`, the way `npm start` does. */
export function buildPortal(databaseUrl: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["astro", "build", "--silent"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORTAL_OUT_DIR: outDir, SUNBOARD_API_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (${code}):\n${output}`))));
  });
}

/** Debian's Chromium, headless, with none of the background traffic a closed network refuses. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const pagePath = (outDir: string, ...parts: string[]) => join(outDir, ...parts, "index.html");
