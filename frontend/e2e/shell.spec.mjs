import assert from 'node:assert/strict';
import { demoAccounts, signIn, test } from './harness.mjs';

test('shell: / opens 组织 with the left menu', async ({ page, screenshot }) => {
  await signIn(page, demoAccounts.streetAdmin);
  await page.goto('/');

  await page.getByRole('link', { name: '组织', exact: true }).waitFor();
  const labels = await page.getByRole('menu').getByRole('menuitem').allInnerTexts();
  assert.deepEqual(
    labels.map((l) => l.trim()),
    ['总览', '组织', '党员', '组织关系转接', '党费', '三会一课', '账号管理', 'API 令牌', '审计日志'],
  );
  await page.getByRole('menu').getByText('系统管理').waitFor();
  assert.equal(new URL(page.url()).pathname, '/organizations');
  await page.getByText('branchbook 党建台账').waitFor();

  await screenshot('shell-organizations');
});

test('shell: an unbuilt feature says it is not available yet', async ({ page, screenshot }) => {
  await signIn(page, demoAccounts.communityViewer);
  await page.getByRole('link', { name: '总览', exact: true }).click();

  await page.getByText('该功能尚未开放，将在后续版本提供').waitFor();
  assert.equal(new URL(page.url()).pathname, '/dashboard');

  await screenshot('shell-dashboard');
});
