import assert from 'node:assert/strict';
import { apiSession, demoAccounts, idNumber, shanghaiToday, signIn, test } from './harness.mjs';

// 党费 in 幸福里社区第一党支部 (SQ-0101-01), as its community's 党务工作者 (xfl.admin). The member is made by the
// test (unique name, made-up valid 身份证号), so nothing depends on the demo data's amounts: 核定 in the UI (在职,
// 6500.00 元 → 1.5% → 97.50 元 a month from January), the arrears that follow (every month of the year before
// this one), a quarter paid in advance from the register grid (this month and the next two), and the back months
// paid from the arrears list (补交, at most 6 months back). At the end the member is taken off the roster (出党,
// reason 端到端测试数据清理); the ledger keeps its entries, as the books keep everything.

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
const XFL_BRANCH_1 = 'SQ-0101-01';
const MONTHLY = '97.50';
const MONTHLY_FEN = 9750;


const today = shanghaiToday();
const thisMonth = today.slice(0, 7);

function addMonths(month, n) {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

function monthsFrom(from, to) {
  const out = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) out.push(month);
  return out;
}

/** Fen as the SPA shows 元: 29250 → 292.50. */
function yuan(fen) {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The arrears list's words for a run of months. */
function runText(months) {
  return months.length === 1 ? months[0] : `${months[0]} 至 ${months[months.length - 1]}`;
}

function levelOf(months) {
  if (months.length >= 6) return '连续6个月未交';
  if (months.length >= 3) return '欠缴满3个月';
  return '欠缴';
}

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

/** The content of a tab of the 党费 page (the others are not rendered). */
function panel(page, tab) {
  return page.getByRole('tabpanel', { name: tab });
}

/** Waits until no modal is open. */
async function noModalOpen(page) {
  await page.waitForFunction(
    "[...document.querySelectorAll('.ant-modal-wrap')].every((wrap) => getComputedStyle(wrap).display === 'none')",
  );
}

/** What the register's totals row says about a month (its title: 合计：已交 x 元，应交 y 元，收缴率 z). */
async function monthTotal(page, month) {
  const title = await page.getByTitle(new RegExp(`^${month} 合计：`)).getAttribute('title');
  const match = /已交 (-?\d+)\.(\d{2}) 元/.exec(title ?? '');
  assert.ok(match, `a total for ${month}: ${title}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

test(
  'dues: 核定 a member, see the arrears, pay a quarter from the register and the back months from the arrears',
  async ({ page, baseURL, screenshot }) => {
    const xfl = await apiSession(baseURL, demoAccounts.communityAdmin);
    const branch = await organization(xfl, XFL_BRANCH_1);
    const name = `E2E党费${stamp}`;
    const member = await xfl.call('POST', '/api/v1/members', {
      name,
      idNumber: idNumber(1980, 1989),
      joinedOn: '2010-07-01',
      fullOn: '2011-07-01',
      status: 'FULL',
      organizationId: branch.id,
    });
    const year = Number(thisMonth.slice(0, 4));
    const january = thisMonth.endsWith('-01');
    try {
      // In January no month of the year has ended yet: the member's dues start five months back (within the
      // six a 补交 may reach), set through the API, so that there is something owed.
      const owingFrom = january ? addMonths(thisMonth, -5) : `${year}-01`;
      if (january) {
        await xfl.call('POST', '/api/v1/dues/bases', { memberId: member.id, fromMonth: owingFrom, category: 'IN_WORK', baseFen: 650000 });
      }
      const owed = monthsFrom(owingFrom, addMonths(thisMonth, -1));

      // 1. 核定: the member has no standard for the year; 在职, 6500.00 元 from January.
      await signIn(page, demoAccounts.communityAdmin);
      await page.getByRole('menu').getByRole('link', { name: '党费' }).click();
      await page.waitForURL((url) => url.pathname === '/dues');
      await page.getByRole('tab', { name: '登记表', selected: true }).waitFor();
      await page.goto(`/dues?tab=standards&org=${branch.id}`);
      const standardRow = panel(page, '核定').getByRole('row').filter({ hasText: name });
      if (!january) await standardRow.getByText('未核定').waitFor();
      await standardRow.getByRole('button', { name: `核定：${name}` }).click();
      const base = page.getByRole('dialog').filter({ hasText: `核定党费：${name}` });
      await base.getByLabel('月收入基数（元）').fill('6500.00');
      await base.getByTitle(`${year}-01`, { exact: true }).waitFor();
      await screenshot('dues-1-base');
      await base.getByRole('button', { name: '核定', exact: true }).click();
      await page.getByText(`已核定${name}自 ${year}-01 起每月交纳党费 ${MONTHLY} 元`).waitFor();
      await noModalOpen(page);
      // (In January the row also has the standard set through the API, from last year.)
      await standardRow.getByText('1.5%').first().waitFor();
      await standardRow.getByText(MONTHLY, { exact: true }).first().waitFor();
      assert.equal(await standardRow.getByText('未核定').count(), 0);

      // 2. 欠缴: every ended month since the dues started is owed.
      await page.getByRole('tab', { name: '欠缴' }).click();
      const arrearsRow = panel(page, '欠缴').getByRole('row').filter({ hasText: name });
      await arrearsRow.getByText(runText(owed)).waitFor();
      await arrearsRow.getByText(`共 ${owed.length} 个月`).waitFor();
      await arrearsRow.getByText(yuan(MONTHLY_FEN * owed.length), { exact: true }).waitFor();
      await arrearsRow.getByText(levelOf(owed), { exact: true }).waitFor();
      await screenshot('dues-2-arrears');

      // 3. 登记表: a quarter in advance, this month and the next two, chosen by dragging along the member's row
      // (as far as December; a quarter that runs into next year is finished in the form).
      await page.getByRole('tab', { name: '登记表' }).click();
      const quarter = monthsFrom(thisMonth, addMonths(thisMonth, 2));
      const inGrid = quarter.filter((month) => month.startsWith(`${year}-`));
      const cell = (month) => page.getByTitle(new RegExp(`^${name} ${month}：`));
      await cell(thisMonth).waitFor();
      const paidBefore = await monthTotal(page, thisMonth);
      assert.match((await cell(thisMonth).getAttribute('title')) ?? '', /：待交 97\.50 元，点击登记交纳$/);
      await cell(inGrid[0]).hover();
      await page.mouse.down();
      await cell(inGrid[inGrid.length - 1]).hover();
      await page.mouse.up();
      const pay = page.getByRole('dialog').filter({ hasText: `交纳党费：${name}` });
      await pay.getByTitle(thisMonth, { exact: true }).waitFor();
      if (inGrid.length < quarter.length) await pay.getByRole('button', { name: '本月起预交一季度' }).click();
      await pay.getByTitle(quarter[2], { exact: true }).waitFor();
      await pay.getByText(`按标准应交 ${yuan(MONTHLY_FEN * 3)} 元（3 个月）`).waitFor();
      assert.equal(await pay.getByLabel('金额（元）').inputValue(), yuan(MONTHLY_FEN * 3));
      await pay.getByLabel('收款人').fill('组织委员');
      await pay.getByLabel('收据编号').fill(`E2E-${stamp}`);
      await screenshot('dues-3-quarter');
      await pay.getByRole('button', { name: '登记交纳' }).click();
      await page.getByText(`已登记${name} ${quarter[0]} 至 ${quarter[2]}（3 个月）的党费 ${yuan(MONTHLY_FEN * 3)} 元`).waitFor();
      await noModalOpen(page);
      for (const month of inGrid) {
        await page.getByTitle(`${name} ${month}：已交 ${MONTHLY} 元`, { exact: true }).waitFor();
      }
      assert.equal(await monthTotal(page, thisMonth), paidBefore + MONTHLY_FEN);
      await screenshot('dues-4-register');

      // 4. 欠缴 again: paying ahead settles nothing owed. 补交 reaches six months back: the months before that stay owed.
      await page.getByRole('tab', { name: '欠缴' }).click();
      await arrearsRow.getByText(`共 ${owed.length} 个月`).waitFor();
      await arrearsRow.getByRole('button', { name: `补交：${name}` }).click();
      const backPay = page.getByRole('dialog').filter({ hasText: `交纳党费：${name}` });
      const payable = owed.filter((month) => month >= addMonths(thisMonth, -6));
      const left = owed.filter((month) => month < addMonths(thisMonth, -6));
      await backPay.getByText(`按标准应交 ${yuan(MONTHLY_FEN * payable.length)} 元（${payable.length} 个月）`).waitFor();
      // An amount other than the standards' sum needs a reason.
      await backPay.getByLabel('金额（元）').fill('1,000');
      await backPay.getByRole('button', { name: '登记交纳' }).click();
      await backPay.getByText('金额与按标准应交的金额不同，请填写原因').waitFor();
      await backPay.getByLabel('金额（元）').fill(yuan(MONTHLY_FEN * payable.length));
      await backPay.getByLabel('代缴人').fill('家属');
      await screenshot('dues-5-back-pay');
      await backPay.getByRole('button', { name: '登记交纳' }).click();
      await page.getByText(new RegExp(`^已登记${name} ${payable[0]}`)).waitFor();
      await noModalOpen(page);
      if (left.length === 0) {
        await arrearsRow.waitFor({ state: 'detached' });
      } else {
        await arrearsRow.getByText(`共 ${left.length} 个月`).waitFor();
        await arrearsRow.getByText(runText(left)).waitFor();
        await arrearsRow.getByText(levelOf(left), { exact: true }).waitFor();
        // What is left lies beyond the 补交 limit: the branch has to look into it.
        assert.equal(await arrearsRow.getByRole('button', { name: '补交' }).isDisabled(), true);
      }
      await screenshot('dues-6-arrears-after');

      // 5. 收缴记录: both payments, newest first.
      await page.getByRole('tab', { name: '收缴记录' }).click();
      const entries = panel(page, '收缴记录').getByRole('row').filter({ hasText: name });
      await entries.filter({ hasText: `E2E-${stamp}` }).getByText(`${quarter[0]} 至 ${quarter[2]}（3 个月）`).waitFor();
      await entries.filter({ hasText: '家属代缴' }).getByText(`${payable[0]}`).waitFor();
      assert.equal(await entries.count(), 2);
    } finally {
      try {
        await xfl.call('POST', `/api/v1/members/${member.id}/leave`, { effectiveOn: today, kind: 'LAPSED', reason: '端到端测试数据清理' });
      } catch (error) {
        console.warn(`    cleanup: ${error.message}`);
      }
    }
  },
  { timeoutMs: 90_000 },
);

test('dues: a viewer reads the register, the arrears and the standards, with no action that changes them', async ({ page, screenshot }) => {
  await signIn(page, demoAccounts.communityViewer);
  await page.getByRole('menu').getByRole('link', { name: '党费' }).click();
  await page.waitForURL((url) => url.pathname === '/dues');
  // The community's first branch; its cells say what they are and none opens a payment.
  await page.getByText('幸福里社区第一党支部 · 党员').waitFor();
  await page.getByTitle(/^.+ \d{4}-\d{2}：/).first().waitFor();
  assert.equal(await page.getByRole('button', { name: /点击登记交纳$/ }).count(), 0);
  await page.getByRole('link', { name: /导出 Excel/ }).waitFor();
  await page.getByRole('tab', { name: '欠缴' }).click();
  await page.getByText('欠缴党员').waitFor();
  assert.equal(await page.getByRole('button', { name: /^补交/ }).count(), 0);
  await page.getByRole('tab', { name: '核定' }).click();
  await page.getByText(/^已列出 \d+ 名党员/).waitFor();
  assert.equal(await page.getByRole('button', { name: /^核定/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: '重新计算' }).count(), 0);
  await page.getByRole('tab', { name: '上缴与使用' }).click();
  await page.getByRole('link', { name: /打印公示/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: '登记上缴' }).count(), 0);
  await screenshot('dues-viewer');
});
