import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { CreateOrganizationModal } from './CreateOrganizationModal';

type Tree = components['schemas']['OrganizationTree'];

const STREET = '11111111-1111-4111-8111-111111111111';
const COMMUNITY = '22222222-2222-4222-8222-222222222222';

const tree: Tree = {
  size: 2,
  roots: [
    {
      id: STREET,
      code: 'CG',
      name: '城关街道党工委',
      type: 'STREET_WORKING_COMMITTEE',
      category: 'STREET',
      archived: false,
      children: [
        { id: COMMUNITY, code: 'CG-01', name: '幸福里社区党委', type: 'PARTY_COMMITTEE', category: 'COMMUNITY', archived: false, children: [] },
      ],
    },
  ],
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** The backend: the tree, and a create refused because the parent was archived meanwhile. */
function stubBackend() {
  const posts: Request[] = [];
  const fetchMock = vi.fn(async (request: Request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'GET' && pathname === '/api/v1/organizations/tree') return json(200, tree);
    if (request.method === 'POST' && pathname === '/api/v1/organizations') {
      posts.push(request);
      return json(
        422,
        {
          type: 'urn:branchbook:problem:parent-archived',
          title: '不符合业务规则',
          status: 422,
          detail: '上级组织已撤销',
          errors: [{ field: 'parentId', message: '上级组织已撤销' }],
        },
        'application/problem+json',
      );
    }
    return json(404, { type: 'about:blank', title: '未找到', status: 404 }, 'application/problem+json');
  });
  vi.stubGlobal('fetch', fetchMock);
  return posts;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The antd Form.Item (label, control and its messages) whose label is `label`. */
function formItem(label: string): HTMLElement {
  const item = screen.getByText(label, { selector: 'label' }).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item ${label}`);
  return item;
}

describe('CreateOrganizationModal', () => {
  it('offers only the types allowed under the parent and shows a server field error on its field', async () => {
    const posts = stubBackend();
    const onCreated = vi.fn();
    const user = userEvent.setup();
    render(
      <AppProvider>
        <CreateOrganizationModal open parentId={COMMUNITY} onClose={() => {}} onCreated={onCreated} />
      </AppProvider>,
    );
    // The parent's name appears once the tree has loaded.
    await screen.findByText('幸福里社区党委（CG-01）');

    await user.click(screen.getByRole('combobox', { name: '组织类型' }));
    await screen.findByRole('listbox');
    await waitFor(() => expect(document.querySelector('.ant-select-item-option')).not.toBeNull());
    const offered = [...document.querySelectorAll('.ant-select-item-option')].map((option) => option.textContent);
    expect(offered).toEqual(['党委', '党总支', '党支部', '联合党支部']);
    await user.click(screen.getByTitle('党支部'));

    await user.type(screen.getByRole('textbox', { name: '党组织编码' }), 'CG-01-09');
    await user.type(screen.getByRole('textbox', { name: '组织名称' }), '幸福里第九党支部');
    await user.click(screen.getByRole('button', { name: '提交' }));

    await waitFor(() => expect(within(formItem('上级组织')).getByText('上级组织已撤销')).toBeTruthy());
    expect(within(formItem('党组织编码')).queryByText('上级组织已撤销')).toBeNull();
    expect(onCreated).not.toHaveBeenCalled();

    expect(posts).toHaveLength(1);
    const post = posts[0] as Request;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body: unknown = await post.json();
    expect(body).toMatchObject({
      code: 'CG-01-09',
      name: '幸福里第九党支部',
      type: 'BRANCH',
      parentId: COMMUNITY,
      category: 'COMMUNITY',
    });
    // Member numbers come from the roster; the form no longer sends hand-entered counts.
    expect(body).not.toHaveProperty('enteredFullMembers');
    expect(body).not.toHaveProperty('enteredProbationaryMembers');
  });
});
