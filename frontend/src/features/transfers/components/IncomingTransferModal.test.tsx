import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { today } from '../../../lib/dates';
import { json, problem, stubFetch } from '../../../test/backend';
import { IncomingTransferModal } from './IncomingTransferModal';

type Tree = components['schemas']['OrganizationTree'];

const COMMUNITY = '22222222-2222-4222-8222-222222222222';
const GROUP = '44444444-4444-4444-8444-444444444444';

const tree: Tree = {
  size: 2,
  roots: [
    {
      id: COMMUNITY,
      code: 'SQ-0104',
      name: '阳光社区党支部',
      type: 'BRANCH',
      category: 'COMMUNITY',
      archived: false,
      children: [{ id: GROUP, code: 'SQ-0104-01', name: '第一党小组', type: 'PARTY_GROUP', category: 'COMMUNITY', archived: false, children: [] }],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

function formItem(label: string): HTMLElement {
  const item = screen.getByText(label, { selector: 'label' }).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item ${label}`);
  return item;
}

/** Types a text the quick way (pasted at once; typing long Chinese strings key by key is slow in jsdom). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = within(formItem(label)).getByRole('textbox');
  await user.click(input);
  await user.type(input, `${value}{enter}`);
}

describe('IncomingTransferModal (登记转入)', () => {
  // A big form: each step re-renders it, about half a second in jsdom, so this test gets more time than most.
  it('sends the letter and the member as nested in the body, and shows the server’s errors on those fields', { timeout: 40_000 }, async () => {
    const seen = stubFetch((request, url) => {
      if (url.pathname === '/api/v1/organizations/tree') return json(200, tree);
      if (url.pathname === '/api/v1/transfers' && request.method === 'POST') {
        return problem(409, '该身份证号已登记（正式党员），不能登记转入', {
          errors: [{ field: 'member.idNumber', message: '该身份证号已登记（正式党员），不能登记转入' }],
        });
      }
      return undefined;
    });
    const onCreated = vi.fn();
    const user = userEvent.setup();
    render(
      <AppProvider>
        <IncomingTransferModal open onClose={() => {}} onCreated={onCreated} />
      </AppProvider>,
    );
    const dialog = await screen.findByRole('dialog');

    await fill(user, within(dialog).getByRole('textbox', { name: '开具介绍信的党组织' }), '中共南京市玄武区某某社区委员会');
    // A 党小组 cannot receive a member.
    await user.click(within(dialog).getByRole('combobox', { name: '接收党组织' }));
    await screen.findByTitle('阳光社区党支部（SQ-0104）');
    expect(screen.getByTitle('第一党小组（SQ-0104-01）').closest('.ant-select-tree-treenode')?.className).toMatch(/disabled/);
    await user.click(screen.getByTitle('阳光社区党支部（SQ-0104）'));
    await fill(user, within(dialog).getByRole('textbox', { name: '转接原因' }), '大学毕业回原籍工作');
    await fill(user, within(dialog).getByRole('textbox', { name: '介绍信编号' }), '宁玄组转〔2026〕第0087号');
    await typeDate(user, '开具日期', '2026-11-01');
    await fill(user, within(dialog).getByRole('textbox', { name: '姓名' }), '顾晓雯');
    await fill(user, within(dialog).getByRole('textbox', { name: '身份证号' }), '11010519491231002x');
    await typeDate(user, '入党日期', '2020-07-01');
    await typeDate(user, '转正日期', '2021-07-01');
    await user.click(within(dialog).getByRole('button', { name: '登记' }));

    await within(formItem('身份证号')).findByText('该身份证号已登记（正式党员），不能登记转入');
    expect(onCreated).not.toHaveBeenCalled();
    const post = seen.find((request) => request.method === 'POST') as Request;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(async () =>
      expect(await post.clone().json()).toEqual({
        scope: 'INCOMING',
        toOrganizationId: COMMUNITY,
        fromName: '中共南京市玄武区某某社区委员会',
        inCity: false,
        reason: '大学毕业回原籍工作',
        duesPaidTo: today().format('YYYY-MM'),
        member: {
          name: '顾晓雯',
          idNumber: '11010519491231002X',
          ethnicity: '汉族',
          status: 'FULL',
          joinedOn: '2020-07-01',
          fullOn: '2021-07-01',
        },
        letter: { number: '宁玄组转〔2026〕第0087号', issuedOn: '2026-11-01', validDays: 30 },
      }),
    );
  });
});
