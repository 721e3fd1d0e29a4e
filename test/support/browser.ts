import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium: CI installs it, so browser tests always run there; no browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

/** `describe` where the browser is installed; a developer machine without it skips the file. */
export const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
