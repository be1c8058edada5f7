import assert from 'node:assert/strict';
import { apiSession, demoAccounts, signIn, test } from './harness.mjs';

// Sign-in, roles and the 系统管理 pages against the demo data's accounts. Accounts and tokens made
// here have unique names; there is no delete, so the account is disabled and the token revoked at the end.

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toLowerCase();
const XFL_CODE = 'SQ-0101';

/** A waitForURL predicate: exactly this path and query. */
const at = (pathAndQuery) => (url) => `${url.pathname}${url.search}` === pathAndQuery;
/** A waitForURL predicate: the login page, to return to `next` afterwards. */
const atLogin = (next) => (url) => url.pathname === '/login' && url.searchParams.get('next') === next;

/** The demo tree as the street admin sees it: the street and its communities. */
async function streetAndCommunities(baseURL) {
  const admin = await apiSession(baseURL, demoAccounts.streetAdmin);
  const tree = await admin.call('GET', '/api/v1/organizations/tree');
  const street = tree.roots.find((root) => root.type === 'STREET_WORKING_COMMITTEE' && !root.archived);
  assert.ok(street, 'the demo data has a street');
  const xfl = street.children.find((child) => child.code === XFL_CODE);
  assert.ok(xfl, `the demo street has ${XFL_CODE}`);
  const others = street.children.filter((child) => child.code !== XFL_CODE && !child.archived && !child.code.startsWith('E2E-'));
  return { admin, street, xfl, others };
}

test('access: a wrong password shows the error on the login page', async ({ page, screenshot }) => {
  await page.goto('/organizations');
  await page.waitForURL(atLogin('/organizations'));
  await page.getByRole('button', { name: '登录' }).waitFor();
  await screenshot('access-1-login');

  // An account that does not exist: the answer is the same, and no demo account gets throttled.
  await page.getByLabel('用户名').fill(`e2e.nobody.${stamp}`);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();

  await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/login');
  await screenshot('access-2-login-wrong-password');
});

test('access: sign-in returns to the page asked for; an expired session comes back to it', async ({ page, baseURL, screenshot }) => {
  const { xfl } = await streetAndCommunities(baseURL);

  await page.goto(`/organizations/${xfl.id}?tab=leadership`);
  await page.waitForURL(atLogin(`/organizations/${xfl.id}?tab=leadership`));
  await signIn(page, demoAccounts.communityAdmin);
  await page.waitForURL(at(`/organizations/${xfl.id}?tab=leadership`));
  await page.getByRole('heading', { name: xfl.name }).waitFor();

  // The header says who is signed in; its menu has 修改密码 and 退出登录.
  const menuButton = page.getByRole('button', { name: /^账号菜单：/ });
  assert.match(await menuButton.innerText(), /党务工作者 · 幸福里社区党委/);
  await menuButton.click();
  await page.getByRole('menuitem', { name: /修改密码/ }).waitFor();
  await page.getByRole('menuitem', { name: /退出登录/ }).waitFor();
  await screenshot('access-3-header-menu');

  // 修改密码 with a wrong current password: the server's field error shows under the field.
  await page.getByRole('menuitem', { name: /修改密码/ }).click();
  const passwordDialog = page.getByRole('dialog');
  await passwordDialog.getByLabel('当前密码').fill('not-my-password');
  await passwordDialog.getByLabel('新密码', { exact: true }).fill('a-new-password-123');
  await passwordDialog.getByLabel('确认新密码').fill('a-new-password-123');
  await passwordDialog.getByRole('button', { name: '确认修改' }).click();
  const currentItem = passwordDialog.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: '当前密码' }) });
  await currentItem.getByText('当前密码不正确').waitFor();
  await screenshot('access-3b-change-password');
  await passwordDialog.getByRole('button', { name: '取消' }).click();
  await passwordDialog.waitFor({ state: 'detached' });

  // The session ends behind the app's back (here: the cookie is gone): the next call is a 401.
  await page.context().clearCookies();
  await page.getByRole('tab', { name: '沿革' }).click();
  await page.getByText('登录已过期，请重新登录').waitFor();
  assert.equal(new URL(page.url()).pathname, '/login');
  await screenshot('access-4-session-expired');
  await signIn(page, demoAccounts.communityAdmin);
  await page.waitForURL(at(`/organizations/${xfl.id}?tab=history`));

  // Signing out leads to the login page, without a way back in.
  await page.getByRole('button', { name: /^账号菜单：/ }).click();
  await page.getByRole('menuitem', { name: /退出登录/ }).click();
  await page.waitForURL(at('/login'));
  await page.goto('/organizations');
  await page.waitForURL(atLogin('/organizations'));
});

test('access: a viewer sees only its community, and no action that changes it', async ({ page, baseURL, screenshot }) => {
  const { street, xfl, others } = await streetAndCommunities(baseURL);
  assert.ok(others.length > 0, 'the demo street has other communities');

  await signIn(page, demoAccounts.communityViewer);
  await page.goto('/organizations');
  const tree = page.locator('.ant-tree');
  await tree.getByText(xfl.name).first().waitFor();
  await page.getByText('预警汇总').waitFor();

  assert.equal(await page.getByRole('button', { name: '新建组织' }).count(), 0);
  const treeText = await tree.innerText();
  assert.ok(!treeText.includes(street.name), `the street ${street.name} is not in the viewer's tree`);
  for (const other of others) assert.ok(!treeText.includes(other.name), `${other.name} is not in the viewer's tree`);
  // Neither in the menu: a viewer has no 系统管理.
  assert.equal(await page.getByRole('menu').getByText('系统管理').count(), 0);
  await screenshot('access-5-viewer-tree');

  await tree.getByText(xfl.name).first().click();
  await page.getByRole('heading', { name: xfl.name }).waitFor();
  await page.getByRole('tab', { name: '班子' }).click();
  await page.getByText('现任班子').waitFor();
  for (const name of ['编辑', '新建下级组织', '调整隶属关系', '变更类型', '撤销', '换届', '修改']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `no ${name} button`);
  }
  await screenshot('access-6-viewer-detail');

  // Another community, by its address: outside the viewer's subtree it does not exist.
  await page.goto(`/organizations/${others[0].id}`);
  await page.getByText('加载失败').waitFor();
});

test('access: the street admin makes an account that then signs in with its role', async ({ page, baseURL, screenshot }) => {
  const { admin, xfl } = await streetAndCommunities(baseURL);
  const username = `e2e.${stamp}`;
  const password = `e2e-pass-${stamp}`;
  try {
    await signIn(page, demoAccounts.streetAdmin);
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByRole('cell', { name: 'xfl.viewer', exact: true }).waitFor();
    await screenshot('access-7-accounts');

    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill(`端到端测试${stamp}`);
    await dialog.getByRole('combobox', { name: '角色' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^只读用户$/ }).click();
    await dialog.getByRole('combobox', { name: '所属组织' }).click();
    await page.keyboard.type(xfl.name);
    await page.locator('.ant-select-tree').getByTitle(`${xfl.name}（${xfl.code}）`).click();
    await dialog.getByLabel('初始密码').fill(password);
    await page.locator('.ant-tree-select-dropdown').waitFor({ state: 'hidden' });
    await screenshot('access-8-account-form');
    await dialog.getByRole('button', { name: '创建' }).click();
    const row = page.getByRole('row').filter({ hasText: username });
    await row.waitFor();
    assert.match(await row.innerText(), /只读用户/);
    assert.match(await row.innerText(), /幸福里社区党委/);

    // The new account signs in and sees what a viewer sees.
    await page.getByRole('button', { name: /^账号菜单：/ }).click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await page.waitForURL(at('/login'));
    await signIn(page, username, password);
    assert.match(await page.getByRole('button', { name: /^账号菜单：/ }).innerText(), /只读用户 · 幸福里社区党委/);
    await page.getByRole('link', { name: '组织', exact: true }).click();
    await page.locator('.ant-tree').getByText(xfl.name).first().waitFor();
    assert.equal(await page.getByRole('button', { name: '新建组织' }).count(), 0);
  } finally {
    const accounts = await admin.call('GET', '/api/v1/accounts?limit=500');
    const made = accounts.items.find((account) => account.username === username);
    if (made) {
      await admin
        .call('PUT', `/api/v1/accounts/${made.id}`, {
          username: made.username,
          displayName: made.displayName,
          role: made.role,
          organizationId: made.organization.id,
          disabled: true,
        }, { 'If-Match': `"${made.version}"` })
        .catch((error) => console.warn(`    cleanup: ${error.message}`));
    }
  }
});

test('access: an API token is shown once, works, and stops working when revoked', async ({ page, baseURL, screenshot }) => {
  const name = `E2E令牌${stamp}`;
  await signIn(page, demoAccounts.communityAdmin);
  await page.getByRole('link', { name: 'API 令牌' }).click();
  await page.getByRole('heading', { name: 'API 令牌' }).waitFor();

  await page.getByRole('button', { name: '新建令牌' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('名称').fill(name);
  await form.getByRole('button', { name: '创建' }).click();

  await page.getByText('令牌只显示这一次，请立即复制保存').waitFor();
  const secret = await page.getByLabel('令牌', { exact: true }).inputValue();
  assert.match(secret, /^bb_/);
  await page.getByText('新建 API 令牌', { exact: true }).waitFor({ state: 'detached' });
  await screenshot('access-9-token-secret');
  await page.getByRole('button', { name: '我已保存，关闭' }).click();
  await page.getByText('令牌只显示这一次，请立即复制保存').waitFor({ state: 'detached' });
  const row = page.getByRole('row').filter({ hasText: name });
  await row.waitFor();
  assert.ok(!(await page.content()).includes(secret), 'the secret is gone from the page');

  const withToken = () => fetch(new URL('/api/v1/organizations/tree', baseURL), { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal((await withToken()).status, 200);
  await screenshot('access-10-tokens');

  await row.getByRole('button', { name: `撤销 ${name}` }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
  await row.getByText('已撤销').waitFor();
  assert.equal((await withToken()).status, 401);
});

test('access: the auditor reads the audit trail, filtered and expanded', async ({ page, baseURL, screenshot }) => {
  // Something recent to find: a sign-in of the community admin.
  await apiSession(baseURL, demoAccounts.communityAdmin);

  await signIn(page, demoAccounts.auditor);
  await page.getByRole('link', { name: '审计日志' }).waitFor();
  const menuTexts = (await page.getByRole('menu').getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
  assert.ok(menuTexts.includes('审计日志') && !menuTexts.includes('账号管理') && !menuTexts.includes('API 令牌'));
  await page.getByRole('link', { name: '组织', exact: true }).click();
  await page.locator('.ant-tree').waitFor();
  assert.equal(await page.getByRole('button', { name: '新建组织' }).count(), 0);
  await page.getByRole('link', { name: '审计日志' }).click();
  await page.getByRole('heading', { name: '审计日志' }).waitFor();
  await page.locator('.ant-table-row').first().waitFor();

  // Only sign-ins.
  await page.getByRole('combobox', { name: '操作' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: /^登录$/ }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL(at('/access/audit?action=session.sign-in'));
  // Every row of the new list is a 登录 (the 操作 column is the 4th, after the expand button, 时间 and 操作者).
  await page.waitForFunction(() => {
    const actions = [...globalThis.document.querySelectorAll('.ant-table-row td:nth-child(4)')].map((td) => td.textContent?.trim());
    return actions.length > 0 && actions.every((action) => action === '登录');
  });
  const first = page.locator('.ant-table-row').first();

  // Expanded: the changes as before → after.
  await first.getByRole('button', { name: /展开/ }).click();
  const changes = page.getByRole('list', { name: '变更内容' }).first();
  await changes.waitFor();
  assert.match(await changes.innerText(), /来源地址：（空） → \S+/);
  // The expanded row stays within the table's width (no runaway horizontal scrolling).
  const table = page.locator('.ant-table-content');
  assert.ok(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'the table does not overflow');
  await screenshot('access-11-audit');
});
