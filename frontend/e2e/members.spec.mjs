import assert from 'node:assert/strict';
import { apiSession, demoAccounts, idNumber, shanghaiToday, signIn, test } from './harness.mjs';

// The roster as the demo community's 党务工作者 (xfl.admin) sees it. Each test makes its own members
// with unique names and valid (made-up) 身份证号; members are never deleted, so at the end each one
// left behind is taken off the roster (出党, reason 端到端测试数据清理).

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
const XFL_BRANCH_1 = 'SQ-0101-01';
const XFL_BRANCH_2 = 'SQ-0101-02';

const today = shanghaiToday();

/** A date `months` months (and `days` days) before today, YYYY-MM-DD. */
function monthsAgo(months, days = 0) {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}


/** The same number with a wrong check character. */
function withWrongCheck(id) {
  const last = id.at(-1);
  return id.slice(0, 17) + (last === '0' ? '1' : '0');
}

/** The demo community's branches (党支部), by code. */
async function branches(admin) {
  const tree = await admin.call('GET', '/api/v1/organizations/tree');
  const byCode = new Map();
  const visit = (node) => {
    byCode.set(node.code, node);
    node.children.forEach(visit);
  };
  tree.roots.forEach(visit);
  for (const code of [XFL_BRANCH_1, XFL_BRANCH_2]) assert.ok(byCode.get(code), `the demo data has ${code}`);
  return byCode;
}

/** Takes the test's members off the roster (they cannot be deleted); failures are only reported. */
async function cleanUp(admin, q) {
  try {
    const page = await admin.call('GET', `/api/v1/members?q=${encodeURIComponent(q)}&status=PROBATIONARY,FULL`);
    for (const member of page.items) {
      await admin
        .call('POST', `/api/v1/members/${member.id}/leave`, { effectiveOn: today, kind: 'LAPSED', reason: '端到端测试数据清理' })
        .catch((error) => console.warn(`    cleanup: ${error.message}`));
    }
  } catch (error) {
    console.warn(`    cleanup: ${error.message}`);
  }
}

/** Waits until no modal is open (the form and its confirmation are gone). */
async function noModalOpen(page) {
  // Runs in the page (a string, so node's linter does not look for `document` here).
  await page.waitForFunction(
    "[...document.querySelectorAll('.ant-modal-wrap')].every((wrap) => getComputedStyle(wrap).display === 'none')",
  );
}

test('members: find a 预备党员, 转正 and then 出党, each after a confirmation', async ({ page, baseURL, screenshot }) => {
  const admin = await apiSession(baseURL, demoAccounts.communityAdmin);
  const branch = (await branches(admin)).get(XFL_BRANCH_2);
  const name = `E2E预备${stamp}`;
  // Joined 13 months ago: the one-year probation is over, so 转正 is allowed today.
  await admin.call('POST', '/api/v1/members', {
    name,
    idNumber: idNumber(),
    joinedOn: monthsAgo(13),
    status: 'PROBATIONARY',
    organizationId: branch.id,
  });
  try {
    await signIn(page, demoAccounts.communityAdmin);
    await page.getByRole('link', { name: '党员', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/members');
    await page.getByRole('heading', { name: '党员名册' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot('members-1-list');

    // Filter by name: the address keeps the filter.
    await page.getByLabel('搜索党员').fill(name);
    await page.getByLabel('搜索党员').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === name);
    const row = page.getByRole('row').filter({ hasText: name });
    // The unfiltered first page may already show this member (names starting with E2E sort first):
    // wait for the filtered answer, a single row.
    await page.waitForFunction("document.querySelectorAll('.ant-table-row').length === 1");
    await row.waitFor();
    assert.match(await row.innerText(), /预备党员/);
    // 身份证号 and phone are masked in the list.
    assert.match(await row.innerText(), /110105\*{8}\d{3}[\dX]/);
    await screenshot('members-2-filtered');

    await row.click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name }).waitFor();
    // A 党务工作者 without the reveal permission is not offered the full numbers.
    assert.equal(await page.getByRole('button', { name: /显示完整信息/ }).count(), 0);
    await screenshot('members-3-detail');

    // 转正: the form, then a confirmation that says what will happen.
    await page.getByRole('button', { name: '转正', exact: true }).click();
    const confirmDialog = page.getByRole('dialog').filter({ hasText: `转正：${name}` });
    await confirmDialog.getByRole('button', { name: '转正…' }).click();
    await page.getByText(`${name}将由预备党员转为正式党员`).waitFor();
    await screenshot('members-4-confirm');
    await page.getByRole('button', { name: '确认转正' }).click();
    await page.getByText('已登记转正').waitFor();
    await noModalOpen(page);
    await page.locator('.ant-card').first().getByText('正式党员', { exact: true }).waitFor();
    await page.locator('.ant-timeline').getByText('转正', { exact: true }).waitFor();

    // 出党 (自行脱党) needs a reason.
    await page.getByRole('button', { name: '出党', exact: true }).click();
    const leaveDialog = page.getByRole('dialog').filter({ hasText: `出党：${name}` });
    await leaveDialog.getByLabel('自行脱党').check();
    await leaveDialog.getByRole('textbox', { name: '原因' }).fill('端到端测试：连续六个月不参加组织生活');
    await leaveDialog.getByRole('button', { name: '出党…' }).click();
    await page.getByText(`${name}将以“自行脱党”方式出党`).waitFor();
    await page.getByRole('button', { name: '确认出党' }).click();
    await page.getByText('已登记出党').waitFor();
    await noModalOpen(page);
    await page.getByText('已出党（自行脱党）').first().waitFor();
    // Off the roster: only 恢复党籍 (and 编辑) remain.
    assert.equal(await page.getByRole('button', { name: '转正', exact: true }).count(), 0);
    await page.getByRole('button', { name: '恢复党籍' }).waitFor();
    await screenshot('members-5-left');
  } finally {
    await cleanUp(admin, name);
  }
});

/** The import file's columns, in the export's order. */
const HEADERS = [
  '姓名', '性别', '民族', '出生日期', '身份证号', '联系电话', '学历', '工作单位', '职务', '家庭住址', '入党日期', '转正日期',
  '党员状态', '所在党支部编码', '所在党支部', '党小组编码', '党员类别', '特殊群体', '流动类型', '流动地点', '流动地党组织',
  '流动期间联系方式', '流动开始日期', '备注', '系统编号',
];

/** A CSV with the headers and one line per member (cells by header name, the rest empty). */
function csvOf(members) {
  const lines = [HEADERS.join(',')];
  for (const member of members) lines.push(HEADERS.map((header) => member[header] ?? '').join(','));
  return `${lines.join('\r\n')}\r\n`;
}

test('members: import a CSV: a bad row is shown, the fixed file is checked and imported', async ({ page, baseURL, screenshot }) => {
  const admin = await apiSession(baseURL, demoAccounts.communityAdmin);
  const veteran = {
    姓名: `E2E导入甲${stamp}`,
    性别: '',
    民族: '汉族',
    // Old enough to have joined in 1990 (入党 at 18 or older).
    身份证号: idNumber(1940, 1965),
    学历: '大学本科',
    入党日期: '1990-07-01',
    转正日期: '1991-07-01',
    党员状态: '正式党员',
    所在党支部编码: XFL_BRANCH_1,
    党员类别: '在册党员',
    特殊群体: '离退休、老党员',
  };
  const goodId = idNumber();
  const probationer = {
    姓名: `E2E导入乙${stamp}`,
    身份证号: withWrongCheck(goodId),
    入党日期: monthsAgo(2),
    党员状态: '预备党员',
    所在党支部编码: XFL_BRANCH_2,
    流动类型: '流出',
    流动地点: '广东省深圳市',
  };
  const upload = (name, text) =>
    page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  try {
    await signIn(page, demoAccounts.communityAdmin);
    await page.goto('/members');
    await page.getByRole('button', { name: /批量导入/ }).click();
    await page.waitForURL((url) => url.pathname === '/members/import');
    await page.getByText('点击或拖拽文件到此处').waitFor();

    // 1. A file whose second data row (spreadsheet row 3) has a wrong check character.
    await upload('党员导入.csv', csvOf([veteran, probationer]));
    await page.getByRole('button', { name: '开始预检' }).click();
    await page.getByText('党员导入.csv：预检未通过').waitFor();
    const errorRow = page.getByRole('row').filter({ hasText: '第 3 行' });
    await errorRow.waitFor();
    assert.match(await errorRow.innerText(), /身份证号/);
    assert.ok(await page.getByRole('button', { name: '下一步' }).isDisabled(), 'a file with errors cannot be imported');
    const errorsLink = page.getByRole('link', { name: /下载全部错误明细/ });
    assert.match(await errorsLink.getAttribute('href'), /^\/api\/v1\/member-imports\/[0-9a-f-]{36}\/errors$/);
    await screenshot('members-import-1-errors');

    // 2. The fixed file: checked clean, then imported after the confirmation step.
    await page.getByRole('button', { name: '重新选择文件' }).click();
    await upload('党员导入-已修改.csv', csvOf([veteran, { ...probationer, 身份证号: goodId }]));
    await page.getByRole('button', { name: '开始预检' }).click();
    await page.getByText('党员导入-已修改.csv：预检通过').waitFor();
    await screenshot('members-import-2-valid');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText(/新增 2 人，更新 0 人/).waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成').waitFor();
    assert.match(await page.locator('.ant-result').innerText(), /新增 2 人/);
    await screenshot('members-import-3-done');

    // 3. The imported members are on the roster.
    await page.getByRole('button', { name: '查看党员名册' }).click();
    await page.waitForURL((url) => url.pathname === '/members');
    await page.getByLabel('搜索党员').fill(`E2E导入乙${stamp}`);
    await page.getByLabel('搜索党员').press('Enter');
    const row = page.getByRole('row').filter({ hasText: `E2E导入乙${stamp}` });
    await row.waitFor();
    assert.match(await row.innerText(), /预备党员/);
    assert.match(await row.innerText(), /幸福里社区第二党支部/);
    await screenshot('members-import-4-list');
  } finally {
    await cleanUp(admin, `E2E导入甲${stamp}`);
    await cleanUp(admin, `E2E导入乙${stamp}`);
  }
});
