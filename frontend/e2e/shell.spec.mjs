import assert from 'node:assert/strict';
import { demoAccounts, signIn, test } from './harness.mjs';

test('shell: / opens 总览 with the left menu', async ({ page, screenshot }) => {
  await signIn(page, demoAccounts.streetAdmin);
  await page.goto('/');

  await page.getByRole('link', { name: '组织', exact: true }).waitFor();
  const labels = await page.getByRole('menu').getByRole('menuitem').allInnerTexts();
  assert.deepEqual(
    labels.map((l) => l.trim()),
    ['总览', '组织', '党员', '组织关系转接', '党费', '三会一课', '账号管理', 'API 令牌', '审计日志'],
  );
  await page.getByRole('menu').getByText('系统管理').waitFor();
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { name: '总览' }).waitFor();
  await page.getByText('branchbook 党建台账').waitFor();

  await screenshot('shell-dashboard');
});

test('shell: a viewer reads 总览 and is offered nothing to change', async ({ page, screenshot }) => {
  await signIn(page, demoAccounts.communityViewer);
  await page.getByRole('link', { name: '组织', exact: true }).click();
  await page.getByRole('link', { name: '总览', exact: true }).click();

  await page.waitForURL((url) => url.pathname === '/dashboard');
  const gaps = page.getByRole('table', { name: '待整改事项' });
  await gaps.or(page.getByText('没有待整改事项')).first().waitFor();
  // Each gap says where it is; fixing it is for those who may.
  for (const link of await gaps.getByRole('link').all()) {
    const href = await link.getAttribute('href');
    if (!href.startsWith('/dashboard')) assert.equal((await link.innerText()).trim(), '查看');
  }
  await page.getByRole('link', { name: /导出 Excel/ }).waitFor();

  await screenshot('shell-dashboard-viewer');
});
