#!/usr/bin/env node
// Runs every e2e/*.spec.mjs in headless system Chromium against E2E_BASE_URL.
// Usage: node e2e/run.mjs [substring-of-test-name]
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { saveScreenshot, tests } from './harness.mjs';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = Boolean(process.env.CI) || process.env.E2E_REQUIRE === '1';
const filter = process.argv[2];
const TEST_TIMEOUT_MS = 30_000;

if (!existsSync(executablePath)) {
  const line = '!'.repeat(72);
  console.error(
    [
      line,
      '!!  END-TO-END TESTS WERE NOT RUN',
      `!!  No Chromium at ${executablePath} (set CHROMIUM_PATH to use another).`,
      '!!  Install it with:   sudo apt-get install -y chromium',
      '!!  (Playwright cannot download its own browser on this machine.)',
      required ? '!!  CI or E2E_REQUIRE=1 is set: failing.' : '!!  Exiting 0 because neither CI nor E2E_REQUIRE=1 is set.',
      line,
    ].join('\n'),
  );
  process.exit(required ? 1 : 0);
}

try {
  await fetch(baseURL, { signal: AbortSignal.timeout(5_000) });
} catch (error) {
  console.error(`Cannot reach E2E_BASE_URL=${baseURL} (${error.cause?.code ?? error.message}). Start the app first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const file of (await readdir(here)).filter((f) => f.endsWith('.spec.mjs')).sort()) {
  await import(pathToFileURL(join(here, file)).href);
}
const selected = tests.filter((t) => !filter || t.name.includes(filter));
if (selected.length === 0) console.error(`No e2e test matches ${JSON.stringify(filter ?? '')}: that counts as a failure.`);

// launch() gives every run a fresh temporary profile (user-data-dir) and removes it on close.
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

let passed = 0;
let failed = 0;
try {
  console.log(`e2e: ${selected.length} test(s) against ${baseURL} with ${browser.version()}`);
  for (const { name, fn, timeoutMs = TEST_TIMEOUT_MS } of selected) {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        fn({ page, baseURL, screenshot: (shot) => saveScreenshot(page, shot) }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      passed++;
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✘ ${name} (${Date.now() - started} ms)\n${indent(error.stack ?? String(error))}`);
      const shot = await saveScreenshot(page, `FAILED-${name.replace(/[^\w\u4e00-\u9fff-]+/g, '_')}`).catch(() => null);
      if (shot) console.log(`    screenshot: ${shot}`);
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }
} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || selected.length === 0 ? 1 : 0);

function indent(text) {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
