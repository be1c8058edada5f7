import assert from 'node:assert/strict';
import { apiSession, demoAccounts, shanghaiToday, signIn, test } from './harness.mjs';

// 三会一课 with 幸福里's 党务工作者 (xfl.admin): plan a meeting of 幸福里社区第一党支部 today, record it as held
// with attendance and minutes that try to inject markup, see the record show them as text, and see the
// branch's compliance table count it.
//
// A 支委会: the demo branch's leadership seats name three of its members, who are the expected attendees.
// A held meeting cannot be deleted, so each run leaves one record behind (unique topic).

const XFL_BRANCH_1 = 'SQ-0101-01';
const stamp = `${Date.now().toString(36)}`.toUpperCase();
const HOSTILE = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

/** Now in Asia/Shanghai as `YYYY-MM-DD HH:mm`, a minute ago (a held meeting may not start in the future), not before 00:00. */
function startTime() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(Date.now() - 60_000))
      .map((p) => [p.type, p.value]),
  );
  const today = shanghaiToday();
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return { today, at: day === today ? `${day} ${parts.hour}:${parts.minute}` : `${today} 00:00` };
}

async function noModalOpen(page) {
  await page.waitForFunction(
    "[...document.querySelectorAll('.ant-modal-wrap')].every((wrap) => getComputedStyle(wrap).display === 'none')",
  );
}

test(
  'meetings: 幸福里 plans a 支委会, records it as held with attendance, the minutes stay text, compliance counts it',
  async ({ page, baseURL, screenshot }) => {
    const xfl = await apiSession(baseURL, demoAccounts.communityAdmin);
    const tree = await xfl.call('GET', '/api/v1/organizations/tree');
    const find = (nodes) => nodes.map((n) => (n.code === XFL_BRANCH_1 ? n : find(n.children))).find(Boolean);
    const branch = find(tree.roots);
    assert.ok(branch, `the demo data has ${XFL_BRANCH_1}`);
    const { today, at } = startTime();
    const topic = `E2E支委会${stamp}`;

    // 1. Plan it from the calendar.
    await signIn(page, demoAccounts.communityAdmin);
    await page.getByRole('menu').getByRole('link', { name: '三会一课' }).click();
    await page.getByRole('heading', { name: '三会一课' }).waitFor();
    await page.goto(`/meetings?org=${branch.id}`);
    await page.getByRole('tab', { name: '日历', selected: true }).waitFor();
    await page.getByRole('button', { name: '新建会议' }).click();
    const create = page.getByRole('dialog').filter({ hasText: '新建会议' });
    await create.getByLabel('会议类型').click();
    await page.locator('.ant-select-dropdown').getByTitle('支委会', { exact: true }).click();
    await page.keyboard.press('Escape');
    await create.getByLabel('开始时间').click();
    await create.getByLabel('开始时间').fill(at);
    await create.getByLabel('开始时间').press('Enter');
    await create.getByLabel('议题', { exact: true }).fill(topic);
    await create.getByLabel('地点').fill('幸福里党群服务站');
    await create.getByText(/^应到 [1-9]\d* 人$/).waitFor();
    await screenshot('meetings-1-plan');
    await create.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: topic }).waitFor();
    await page.getByText('计划召开', { exact: true }).waitFor();

    // 2. Record it as held: everyone present but one on leave, minutes with markup.
    await page.getByRole('button', { name: '记录召开情况' }).click();
    const record = page.getByRole('dialog').filter({ hasText: `记录召开情况：${topic}` });
    await record.getByRole('button', { name: '全部出席' }).click();
    const first = record.getByRole('group', { name: /^参会人员：/ }).first();
    const firstName = (await first.getAttribute('aria-label')).replace('参会人员：', '');
    await first.getByText('请假', { exact: true }).click();
    await record.getByLabel(`${firstName}的原因`).fill('外出就医');
    await record.getByLabel('会议记录').fill(`学习传达上级精神。\n${HOSTILE}`);
    await record.getByLabel('决议事项').fill(HOSTILE);
    await screenshot('meetings-2-record');
    await record.getByRole('button', { name: '保存' }).click();
    await page.getByText('会议已保存').waitFor();
    await noModalOpen(page);
    await page.getByText('已召开', { exact: true }).waitFor();

    // 3. The record shows the markup as text, and nothing ran.
    assert.equal(await page.getByLabel('会议记录内容').innerText(), `学习传达上级精神。\n${HOSTILE}`);
    assert.equal(await page.getByLabel('决议事项内容').innerText(), HOSTILE);
    assert.equal(await page.evaluate('window.__xss'), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.getByRole('cell', { name: '外出就医' }).waitFor();
    await page.locator('.ant-descriptions').getByText('支委会').first().waitFor();
    await screenshot('meetings-3-held');

    // 4. The branch's compliance: this month's 支委会 is met.
    await page.locator('.ant-breadcrumb').getByRole('link', { name: '三会一课' }).click();
    await page.waitForURL((url) => url.searchParams.get('org') === branch.id);
    await page.getByRole('tab', { name: '合规' }).click();
    await page.getByTitle(`支委会 ${today.slice(0, 7)}：已落实`).waitFor();
    await screenshot('meetings-4-compliance');
  },
  { timeoutMs: 60_000 },
);
