import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

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
