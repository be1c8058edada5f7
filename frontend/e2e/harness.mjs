// The tiny API the specs use: register tests with test(name, fn); e2e/run.mjs runs them.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tests = [];

/**
 * fn receives { page, baseURL, screenshot }; page is a fresh Playwright page in its own context.
 * options.timeoutMs: a longer limit than the runner's default, for a test that walks through several accounts.
 */
export function test(name, fn, options = {}) {
  tests.push({ name, fn, timeoutMs: options.timeoutMs });
}

/** Where screenshots go: E2E_SCREENSHOT_DIR, default <tmp>/branchbook-e2e. */
export const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? join(tmpdir(), 'branchbook-e2e');

export async function saveScreenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The demo data's accounts (password DEMO_PASSWORD): a street admin, a community's (幸福里) admin and viewer,
 * the admin of a neighbouring community (和平), an auditor.
 */
export const DEMO_PASSWORD = 'branchbook-demo';
export const demoAccounts = {
  streetAdmin: 'street.admin',
  communityAdmin: 'xfl.admin',
  communityViewer: 'xfl.viewer',
  neighbourAdmin: 'hp.admin',
  auditor: 'auditor',
};

/** Signs in through the login page and waits until the app has left it. */
export async function signIn(page, username, password = DEMO_PASSWORD) {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * An API client for node that signs in like the web app: POST /api/v1/session, then the session
 * cookie on every call and X-CSRF-Token on every write. `call` returns the parsed body or throws
 * with the status and body.
 */
export async function apiSession(baseURL, username, password = DEMO_PASSWORD) {
  const signInResponse = await fetch(new URL('/api/v1/session', baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await signInResponse.text();
  if (!signInResponse.ok) throw new Error(`sign-in as ${username} → ${signInResponse.status} ${text}`);
  const session = JSON.parse(text);
  const cookie = signInResponse.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('bb_session='));
  if (!cookie) throw new Error(`sign-in as ${username} set no bb_session cookie`);

  async function call(method, path, body, headers = {}) {
    const response = await fetch(new URL(path, baseURL), {
      method,
      headers: {
        Cookie: cookie,
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': session.csrfToken }),
        ...(body ? { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const responseText = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${responseText}`);
    return responseText ? JSON.parse(responseText) : undefined;
  }

  return { session, call, signOut: () => call('DELETE', '/api/v1/session') };
}

/** Today in Asia/Shanghai (as the server counts it), YYYY-MM-DD. */
export function shanghaiToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A made-up but valid 身份证号 (GB 11643 check character) for someone born between `from` and `to` (years). */
export function idNumber(from = 1960, to = 1999) {
  const year = from + Math.floor(Math.random() * (to - from + 1));
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const sequence = String(100 + Math.floor(Math.random() * 900));
  const body = `110105${year}${month}${day}${sequence}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i], 0);
  return body + ID_CHECK[sum % 11];
}
