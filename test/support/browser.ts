import { type BrowserServer, chromium } from "playwright-core";

/**
 * Debian's Chromium, headless, with none of the background traffic a closed network refuses.
 * One per run (see global-setup.ts): each test file connects to it instead of starting its own.
 */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({
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
