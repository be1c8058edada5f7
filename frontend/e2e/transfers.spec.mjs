import assert from 'node:assert/strict';
import { apiSession, demoAccounts, idNumber, shanghaiToday, signIn, test } from './harness.mjs';

// 组织关系转接 within the demo street, with the two communities' 党务工作者: 幸福里 (xfl.admin) asks to send a
// member to 和平社区党委 and, being the branch's approving committee, approves it; 和平 (hp.admin) accepts it
// into its second branch. The member is made by the test (unique name, made-up valid 身份证号), so nothing
// here depends on the demo data's own transfers; at the end it is taken off the roster (出党, reason
// 端到端测试数据清理), after withdrawing the transfer if the test stopped half-way.

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
const XFL_BRANCH_1 = 'SQ-0101-01';
const HP_COMMITTEE = '和平社区党委';
const HP_BRANCH_2 = '和平社区第二党支部';


const today = shanghaiToday();

/** The organization with this code in the caller's tree. */
async function organization(admin, code) {
  const tree = await admin.call('GET', '/api/v1/organizations/tree');
  const find = (nodes) => {
    for (const node of nodes) {
      if (node.code === code) return node;
      const found = find(node.children);
      if (found) return found;
    }
    return undefined;
  };
  const found = find(tree.roots);
  assert.ok(found, `the demo data has ${code}`);
  return found;
}

/**
 * Leaves nothing open behind: a transfer still under way is withdrawn (by 幸福里, its requester), then the
 * member is taken off the roster by whoever has them now. Failures are only reported.
 */
async function cleanUp(xfl, hp, memberId) {
  try {
    const transfers = await xfl.call('GET', `/api/v1/transfers?memberId=${memberId}`);
    for (const transfer of transfers.items.filter((t) => t.actions.includes('WITHDRAW'))) {
      await xfl.call('POST', `/api/v1/transfers/${transfer.id}/withdraw`, { reason: '端到端测试数据清理' });
    }
    const leave = { effectiveOn: today, kind: 'LAPSED', reason: '端到端测试数据清理' };
    await xfl
      .call('POST', `/api/v1/members/${memberId}/leave`, leave)
      .catch(() => hp.call('POST', `/api/v1/members/${memberId}/leave`, leave));
  } catch (error) {
    console.warn(`    cleanup: ${error.message}`);
  }
}

/** Waits until no modal is open (the form and its confirmation are gone). */
async function noModalOpen(page) {
  await page.waitForFunction(
    "[...document.querySelectorAll('.ant-modal-wrap')].every((wrap) => getComputedStyle(wrap).display === 'none')",
  );
}

async function signOut(page) {
  await page.getByRole('button', { name: /^账号菜单：/ }).click();
  await page.getByRole('menuitem', { name: /退出登录/ }).click();
  await page.waitForURL((url) => url.pathname === '/login');
}

/** The header card of a transfer's page (name, tags, state, the buttons of `actions`). */
const header = (page) => page.locator('.ant-card').first();

test(
  'transfers: 幸福里 requests and approves a move to 和平, which accepts it into a branch',
  async ({ page, baseURL, screenshot }) => {
    const xfl = await apiSession(baseURL, demoAccounts.communityAdmin);
    const hp = await apiSession(baseURL, demoAccounts.neighbourAdmin);
    const branch = await organization(xfl, XFL_BRANCH_1);
    const name = `E2E转接${stamp}`;
    const member = await xfl.call('POST', '/api/v1/members', {
      name,
      idNumber: idNumber(1970, 1979),
      joinedOn: '2010-07-01',
      fullOn: '2011-07-01',
      status: 'FULL',
      organizationId: branch.id,
    });
    try {
      // 1. 幸福里 opens the member and asks for the transfer.
      await signIn(page, demoAccounts.communityAdmin);
      await page.goto(`/members?q=${encodeURIComponent(name)}`);
      await page.getByRole('row').filter({ hasText: name }).click();
      await page.getByRole('heading', { name }).waitFor();
      await page.getByText('暂无组织关系转接').waitFor();
      await page.getByRole('button', { name: '发起转接' }).click();
      const request = page.getByRole('dialog').filter({ hasText: `发起转接：${name}` });
      await request.getByLabel('接收党组织').click();
      // The options are searched as one types: pick from the list of matches once it is there, not from the
      // first list while it is being replaced (a click then lands on nothing).
      const searched = page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/api/v1/transfers/destinations' && new URL(response.url()).searchParams.get('q') === '和平社区',
      );
      await request.getByLabel('接收党组织').fill('和平社区');
      await searched;
      await page.waitForFunction(() =>
        [...globalThis.document.querySelectorAll('.ant-select-dropdown .ant-select-item-option')].every((option) => option.textContent.includes('和平社区')),
      );
      await page.locator('.ant-select-dropdown').getByTitle(`${HP_COMMITTEE}（SQ-0103）`).click();
      await request.getByLabel('转接原因').fill('端到端测试：迁居至和平社区');
      await screenshot('transfers-1-request');
      await request.getByRole('button', { name: '提交申请' }).click();
      await page.waitForURL(/\/transfers\/[0-9a-f-]{36}$/);
      const transferPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { name }).waitFor();
      await header(page).getByText('待审批', { exact: true }).waitFor();
      await header(page).getByText('等待审批党委（幸福里社区党委）').waitFor();
      await page.getByText('审批通过后开具介绍信').waitFor();

      // 2. 幸福里社区党委 is also the approving committee: the request is in its 待我办理.
      await page.getByRole('menu').getByRole('link', { name: '组织关系转接' }).click();
      await page.waitForURL((url) => url.pathname === '/transfers');
      await page.getByRole('tab', { name: '待我办理', selected: true }).waitFor();
      await page.getByRole('row').filter({ hasText: name }).click();
      await page.waitForURL((url) => url.pathname === transferPath);
      await header(page).getByRole('button', { name: '审批通过' }).click();
      const approve = page.getByRole('dialog').filter({ hasText: `审批通过：${name}` });
      assert.equal(await approve.getByLabel('介绍信有效期（天）').inputValue(), '10');
      await approve.getByLabel('备注（可选）').fill('同意转接');
      await screenshot('transfers-2-approve');
      await approve.getByRole('button', { name: '审批通过' }).click();
      await page.getByText('已审批通过，介绍信已开具').waitFor();
      await noModalOpen(page);
      await header(page).getByText('已开介绍信', { exact: true }).waitFor();
      await header(page).getByText(`等待接收党组织（${HP_COMMITTEE}）`).waitFor();
      // Accepting is 和平's turn, not 幸福里's: only 撤回 is left here.
      assert.equal(await header(page).getByRole('button', { name: '接收' }).count(), 0);
      await header(page).getByRole('button', { name: '撤回' }).waitFor();
      const letterNumber = await page.locator('.ant-card').filter({ hasText: '介绍信' }).getByText(/^ZJ\d{10}$/).first().innerText();
      const print = page.getByRole('link', { name: /打印介绍信/ });
      assert.equal(await print.getAttribute('href'), `/api/v1${transferPath}/letter`);
      assert.equal(await print.getAttribute('target'), '_blank');
      const [letterPage] = await Promise.all([page.waitForEvent('popup'), print.click()]);
      await letterPage.getByText(letterNumber).first().waitFor();
      await letterPage.close();
      await page.locator('.ant-timeline').getByText('审批通过', { exact: true }).waitFor();
      await page.locator('.ant-timeline').getByText('同意转接').waitFor();
      await screenshot('transfers-3-issued');
      await signOut(page);

      // 3. 和平 finds it in its 待我办理 and places the member in its second branch.
      await signIn(page, demoAccounts.neighbourAdmin);
      await page.getByRole('menu').getByRole('link', { name: '组织关系转接' }).click();
      await page.getByRole('row').filter({ hasText: name }).click();
      await page.waitForURL((url) => url.pathname === transferPath);
      await header(page).getByRole('button', { name: '接收' }).click();
      const accept = page.getByRole('dialog').filter({ hasText: `接收：${name}` });
      await accept.getByLabel('编入党支部').click();
      await page.locator('.ant-select-dropdown').getByTitle(new RegExp(`^${HP_BRANCH_2}`)).click();
      await screenshot('transfers-4-accept');
      await accept.getByRole('button', { name: '接收…' }).click();
      await page.getByText(`${name}的组织关系将转入${HP_BRANCH_2}`).waitFor();
      await page.getByRole('button', { name: '确认接收' }).click();
      await page.getByText('已接收，党员已编入支部').waitFor();
      await noModalOpen(page);
      await header(page).getByText('已完成', { exact: true }).waitFor();
      // Done: no moves left for anyone.
      assert.equal(await header(page).getByRole('button').count(), 0);
      await page.locator('.ant-descriptions').getByText(HP_BRANCH_2).waitFor();
      await page.locator('.ant-timeline').getByText('接收', { exact: true }).waitFor();
      await screenshot('transfers-5-completed');

      // 4. The member now belongs to 和平社区第二党支部.
      await page.getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/members/${member.id}`);
      await page.getByRole('heading', { name }).waitFor();
      await header(page).getByText(new RegExp(`^${HP_BRANCH_2}`)).waitFor();
      const card = page.locator('.ant-card').filter({ hasText: '组织关系转接' });
      await card.getByText('已完成', { exact: true }).waitFor();
      await screenshot('transfers-6-member');
    } finally {
      await cleanUp(xfl, hp, member.id);
    }
  },
  { timeoutMs: 60_000 },
);
