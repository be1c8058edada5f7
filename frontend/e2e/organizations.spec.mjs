import assert from 'node:assert/strict';
import { apiSession, demoAccounts, signIn, test } from './harness.mjs';

// Each test makes its own community (and a street only if there is no active one) with unique
// codes, so nothing here depends on the demo data's names. Everything a test made, in the UI or
// through the API, is archived at its end (organizations are never deleted). The API calls are
// made as the demo street admin, and so is the browser.

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();

/** A street (the first existing one, else a new one) and a new community 党委 under it; `tag` keeps codes apart. */
async function ensureStreetAndCommunity(admin, tag) {
  const tree = await admin.call('GET', '/api/v1/organizations/tree');
  let street = tree.roots.find((root) => root.type === 'STREET_WORKING_COMMITTEE' && !root.archived);
  const createdStreet = !street;
  if (createdStreet) {
    street = await admin.call('POST', '/api/v1/organizations', {
      code: `E2E-ST${tag}-${stamp}`,
      name: `E2E测试${stamp}街道${tag}党工委`,
      type: 'STREET_WORKING_COMMITTEE',
    });
  }
  const community = await admin.call('POST', '/api/v1/organizations', {
    code: `E2E-C${tag}-${stamp}`,
    name: `E2E测试${stamp}社区${tag}党委`,
    type: 'PARTY_COMMITTEE',
    category: 'COMMUNITY',
    parentId: street.id,
  });
  // What to archive afterwards, deepest first: the community, and the street if this run made it.
  const cleanup = createdStreet ? [community.id, street.id] : [community.id];
  return { street, community, cleanup };
}

/** Archives organizations the test made, deepest first, so the demo tree stays clean. */
async function archive(admin, ...ids) {
  for (const id of ids) {
    await admin.call('POST', `/api/v1/organizations/${id}/archive`, {
      effectiveOn: new Date().toISOString().slice(0, 10),
      reason: '端到端测试数据清理',
    }).catch((error) => console.warn(`    cleanup: ${error.message}`));
  }
}

/** Opens 新建组织 and fills parent, type, code and name. */
async function fillCreateForm(page, { parent, type, code, name }) {
  await page.getByRole('button', { name: '新建组织' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('新建组织', { exact: true }).waitFor();

  await dialog.getByRole('combobox', { name: '上级组织' }).click();
  await page.keyboard.type(parent.name);
  await page.locator('.ant-select-tree').getByTitle(`${parent.name}（${parent.code}）`).click();

  await dialog.getByRole('combobox', { name: '组织类型' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${type}$`) }).click();

  await dialog.getByRole('textbox', { name: '党组织编码' }).fill(code);
  await dialog.getByRole('textbox', { name: '组织名称' }).fill(name);
  return dialog;
}

test('organizations: create a 党支部 in the UI, find it in the tree and see its warning', async ({ page, baseURL, screenshot }) => {
  const admin = await apiSession(baseURL, demoAccounts.streetAdmin);
  const { community, cleanup } = await ensureStreetAndCommunity(admin, 1);
  const branch = { code: `E2E-B-${stamp}`, name: `E2E测试${stamp}第一党支部` };
  let branchId;
  try {
    await signIn(page, demoAccounts.streetAdmin);
    await page.goto('/organizations');
    await page.getByText('组织架构', { exact: true }).first().waitFor();
    await page.locator('.ant-tree').waitFor();
    await screenshot('organizations-1-tree');

    const dialog = await fillCreateForm(page, { parent: community, type: '党支部', ...branch });
    // The category defaults to the parent's.
    await dialog.locator('.ant-select-content').filter({ hasText: '社区' }).first().waitFor();
    await screenshot('organizations-2-create-form');
    await dialog.getByRole('button', { name: '提交' }).click();

    // Lands on the new organization's page.
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    branchId = new URL(page.url()).pathname.split('/').pop();
    await page.getByRole('heading', { name: branch.name }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: community.name }).waitFor();
    await screenshot('organizations-3-created');

    // Back to the tree, search for it by name, open it.
    await page.getByRole('link', { name: '组织架构' }).click();
    await page.waitForURL(/\/organizations$/);
    await page.getByText('预警汇总').waitFor();
    await page.getByRole('searchbox', { name: '搜索组织' }).fill(branch.name);
    const node = page.locator('.ant-tree').getByText(branch.name);
    await node.waitFor();
    await page.getByText('匹配 1 个组织').waitFor();
    await screenshot('organizations-4-search');
    await node.click();
    await page.waitForURL(`**/organizations/${branchId}`);

    // A new branch has 0 正式党员: TOO_FEW_FULL_MEMBERS.
    await page.getByRole('tab', { name: '预警' }).click();
    const warning = page.getByRole('alert').filter({ hasText: '不足3人' });
    await warning.waitFor();
    assert.match(await warning.innerText(), /严重/);
    await screenshot('organizations-5-warnings');
  } finally {
    await archive(admin, ...(branchId ? [branchId] : []), ...cleanup);
  }
});

test('organizations: a duplicate code is shown under 党组织编码', async ({ page, baseURL, screenshot }) => {
  const admin = await apiSession(baseURL, demoAccounts.streetAdmin);
  const { community, cleanup } = await ensureStreetAndCommunity(admin, 2);
  try {
    await signIn(page, demoAccounts.streetAdmin);
    await page.goto('/organizations');
    await page.locator('.ant-tree').waitFor();

    const dialog = await fillCreateForm(page, {
      parent: community,
      type: '党支部',
      code: community.code,
      name: `E2E测试${stamp}重复编码党支部`,
    });
    await dialog.getByRole('button', { name: '提交' }).click();

    const codeItem = dialog.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: '党组织编码' }) });
    await codeItem.getByText(`党组织编码 ${community.code} 已被使用`).waitFor();
    // The form stays open on the same URL; nothing was created.
    assert.equal(new URL(page.url()).pathname, '/organizations');
    const children = await admin.call('GET', `/api/v1/organizations?parentId=${community.id}`);
    assert.equal(children.items.length, 0);
    await screenshot('organizations-6-duplicate-code');
  } finally {
    await archive(admin, ...cleanup);
  }
});
