// The tiny API the specs use: register tests with test(name, fn); e2e/run.mjs runs them.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tests = [];

/** fn receives { page, baseURL, screenshot }; page is a fresh Playwright page in its own context. */
export function test(name, fn) {
  tests.push({ name, fn });
}

/** Where screenshots go: E2E_SCREENSHOT_DIR, default <tmp>/branchbook-e2e. */
export const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), 'branchbook-e2e');

export async function saveScreenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
