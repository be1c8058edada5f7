import { SwapOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormModal } from '../../../components/FormModal';
import { EmptyState, QueryState } from '../../../components/PageState';
import { today } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import { useCreateTransfer, useMemberTransfers, useTransferDestinations } from '../api/transfers';
import { optionsOf, transferScopeLabels } from '../labels';
import { canRequestTransfer, openTransferOf, type TransferableMember } from '../moves';
import { toStartBody, type StartTransferValues } from '../transferForm';
import { TransferTable } from './TransferTable';

/** 组织关系转接 on a member's page: every transfer of the member, newest first, each linking to it. */
export function MemberTransfersCard({ memberId }: { memberId: string }) {
  const query = useMemberTransfers(memberId);
  return (
    <Card size="small" title="组织关系转接">
      <QueryState query={query} isEmpty={(page) => page.items.length === 0} empty={<EmptyState description="暂无组织关系转接" />}>
        {(page) => <TransferTable transfers={page.items} showMember={false} size="small" empty={null} />}
      </QueryState>
    </Card>
  );
}

/**
 * 发起转接 on a member's page, for members on the roster of this street (预备, 正式, 在册) and accounts
 * that may write; disabled while the member has a transfer under way (one at a time). On success the
 * new transfer opens.
 */
export function StartTransferButton({ member }: { member: TransferableMember }) {
  const navigate = useNavigate();
  const canWrite = useCan('transfers.write');
  const transfers = useMemberTransfers(member.id);
  const [open, setOpen] = useState(false);
  if (!canWrite || !canRequestTransfer(member)) return null;
  const underWay = openTransferOf(transfers.data?.items ?? []);
  return (
    <>
      <Tooltip title={underWay ? '该党员有未办结的组织关系转接' : undefined}>
        <Button icon={<SwapOutlined />} disabled={underWay !== undefined} onClick={() => setOpen(true)}>
          发起转接
        </Button>
      </Tooltip>
      <StartTransferModal
        open={open}
        member={member}
        onClose={() => setOpen(false)}
        onCreated={(id) => navigate(`/transfers/${id}`)}
      />
    </>
  );
}

const scopeOptions = optionsOf(transferScopeLabels, ['INTERNAL', 'OUTGOING']);
const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });
const futureMonth = (month: Dayjs) => month.isAfter(today(), 'month');

interface StartTransferModalProps {
  open: boolean;
  member: TransferableMember;
  onClose: () => void;
  onCreated: (transferId: string) => void;
}

/** The request: to an organization of this street (街道内转接) or to one elsewhere (转出), why, and 党费交至. */
export function StartTransferModal({ open, member, onClose, onCreated }: StartTransferModalProps) {
  const create = useCreateTransfer();
  return (
    <FormModal<StartTransferValues>
      open={open}
      title={`发起转接：${member.name}`}
      okText="提交申请"
      width={600}
      onClose={onClose}
      initialValues={{ scope: 'INTERNAL', inCity: false, duesPaidTo: today() }}
      onSubmit={async (values, { idempotencyKey }) => {
        const created = await create.mutateAsync({ body: toStartBody(member.id, values), idempotencyKey });
        onCreated(created.id);
      }}
    >
      <Typography.Paragraph type="secondary">
        由{member.organization.name}申请，上级党委审批通过后开具介绍信。转接办结前，{member.name}仍在原支部。
      </Typography.Paragraph>
      <Form.Item name="scope" label="转接类型" rules={[{ required: true }]}>
        <Radio.Group options={scopeOptions} optionType="button" />
      </Form.Item>
      <DestinationFields />
      <Form.Item name="reason" label="转接原因" rules={[{ required: true, whitespace: true, message: '请填写转接原因' }, max(200)]}>
        <Input autoComplete="off" placeholder="如 工作调动、迁居" />
      </Form.Item>
      <Form.Item name="duesPaidTo" label="党费交至" extra="党费已交纳到的月份（含）" rules={[{ required: true, message: '请选择党费交至的月份' }]}>
        <DatePicker picker="month" format="YYYY-MM" style={{ width: '100%' }} disabledDate={futureMonth} />
      </Form.Item>
    </FormModal>
  );
}

function DestinationFields() {
  const form = Form.useFormInstance<StartTransferValues>();
  const scope = Form.useWatch('scope', form);
  if (scope === 'OUTGOING') {
    return (
      <>
        <Form.Item name="toName" label="接收党组织名称" rules={[{ required: true, whitespace: true, message: '请填写接收党组织名称' }, max(200)]}>
          <Input autoComplete="off" placeholder="如 中共某某市某某区某某街道某某社区委员会" />
        </Form.Item>
        <Form.Item name="toRegion" label="所在地区" rules={[{ required: true, whitespace: true, message: '请填写所在地区' }, max(200)]}>
          <Input autoComplete="off" placeholder="如 广东省深圳市南山区" />
        </Form.Item>
        <Form.Item name="inCity" valuePropName="checked" extra="同城介绍信有效期 10 天，外地 30 天">
          <Checkbox>接收党组织在本市</Checkbox>
        </Form.Item>
      </>
    );
  }
  return (
    <Form.Item name="toOrganizationId" label="接收党组织" extra="本街道的党组织；由其核对后编入所属党支部" rules={[{ required: true, message: '请选择接收党组织' }]}>
      <DestinationSelect />
    </Form.Item>
  );
}

/** Searches the street's organizations (listTransferDestinations?q=) as the user types. */
function DestinationSelect({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string | undefined) => void }) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // The chosen one keeps its name when a later search no longer lists it.
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  // Ask once the typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const destinations = useTransferDestinations(q);
  const found = (destinations.data?.items ?? []).map((org) => ({ value: org.id, label: `${org.name}（${org.code}）` }));
  const options = chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  return (
    <Select<string, { value: string; label: string }>
      id={id}
      value={value}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : undefined);
        onChange?.(next ?? undefined);
      }}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={destinations.isFetching}
      placeholder={destinations.isError ? '党组织加载失败' : '输入名称或编码搜索'}
      notFoundContent={destinations.isFetching ? '搜索中…' : '没有匹配的党组织'}
    />
  );
}
