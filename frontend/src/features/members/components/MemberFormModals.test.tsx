import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { json, problem, stubFetch } from '../../../test/backend';
import { CreateMemberModal } from './MemberFormModals';

type Tree = components['schemas']['OrganizationTree'];

const COMMUNITY = '22222222-2222-4222-8222-222222222222';
const BRANCH = '33333333-3333-4333-8333-333333333333';
const GROUP = '44444444-4444-4444-8444-444444444444';

const tree: Tree = {
  size: 3,
  roots: [
    {
      id: COMMUNITY,
      code: 'SQ-0101',
      name: '幸福里社区党委',
      type: 'PARTY_COMMITTEE',
      category: 'COMMUNITY',
      archived: false,
      children: [
        {
          id: BRANCH,
          code: 'SQ-0101-01',
          name: '幸福里社区第一党支部',
          type: 'BRANCH',
          category: 'COMMUNITY',
          archived: false,
          children: [{ id: GROUP, code: 'SQ-0101-01-01', name: '第一党小组', type: 'PARTY_GROUP', category: 'COMMUNITY', archived: false, children: [] }],
        },
      ],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

/** The antd Form.Item (label, control and its messages) whose label is `label`. */
function formItem(label: string): HTMLElement {
  const item = screen.getByText(label, { selector: 'label' }).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item ${label}`);
  return item;
}

describe('CreateMemberModal', () => {
  it('fills birth date and gender from the 身份证号, offers only branches, and shows the server’s field errors', async () => {
    const seen = stubFetch((request, url) => {
      if (url.pathname === '/api/v1/organizations/tree') return json(200, tree);
      if (url.pathname === '/api/v1/members' && request.method === 'POST') {
        return problem(409, '该身份证号已登记（身份证号在全系统唯一）', {
          errors: [{ field: 'idNumber', message: '该身份证号已登记（身份证号在全系统唯一）' }],
        });
      }
      return undefined;
    });
    const onCreated = vi.fn();
    const user = userEvent.setup();
    render(
      <AppProvider>
        <CreateMemberModal open onClose={() => {}} onCreated={onCreated} />
      </AppProvider>,
    );
    const dialog = await screen.findByRole('dialog');

    await user.type(within(dialog).getByRole('textbox', { name: '姓名' }), '王秀英');
    await user.type(within(dialog).getByRole('textbox', { name: '身份证号' }), '11010519491231002X');
    // Read from the number: born 1949-12-31, a woman.
    await waitFor(() => expect((within(formItem('出生日期')).getByRole('textbox') as HTMLInputElement).value).toBe('1949-12-31'));
    expect((within(dialog).getByLabelText('女') as HTMLInputElement).checked).toBe(true);

    await user.click(within(formItem('入党日期')).getByRole('textbox'));
    await user.type(within(formItem('入党日期')).getByRole('textbox'), '1975-07-01{enter}');

    // Only a 党支部 can be chosen; the 党委 above it is shown but disabled.
    await user.click(within(dialog).getByRole('combobox', { name: '所在党支部' }));
    await screen.findByTitle('幸福里社区第一党支部（SQ-0101-01）');
    expect(screen.getByTitle('幸福里社区党委（SQ-0101）').closest('.ant-select-tree-treenode')?.className).toMatch(/disabled/);
    await user.click(screen.getByTitle('幸福里社区第一党支部（SQ-0101-01）'));

    // Its 党小组 are offered.
    await user.click(within(dialog).getByRole('combobox', { name: '党小组' }));
    await user.click(await screen.findByTitle('第一党小组'));

    await user.click(within(dialog).getByRole('button', { name: '提交' }));
    await within(formItem('身份证号')).findByText('该身份证号已登记（身份证号在全系统唯一）');
    expect(onCreated).not.toHaveBeenCalled();

    const post = seen.find((request) => request.method === 'POST') as Request;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toMatchObject({
      name: '王秀英',
      idNumber: '11010519491231002X',
      gender: 'FEMALE',
      birthDate: '1949-12-31',
      joinedOn: '1975-07-01',
      status: 'PROBATIONARY',
      organizationId: BRANCH,
      groupId: GROUP,
      registration: 'REGISTERED',
      categories: [],
    });
  });
});
