import { WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { Transfer } from '../api/transfers';
import {
  overdueKindColors,
  overdueKindLabels,
  transferPartyLabels,
  transferScopeColors,
  transferScopeLabels,
  transferStateColors,
  transferStateLabels,
  type OverdueKind,
  type TransferScope,
  type TransferState,
} from '../labels';

const tag = { marginInlineEnd: 0 };

export function TransferStateTag({ state }: { state: TransferState }) {
  return (
    <Tag color={transferStateColors[state]} style={tag}>
      {transferStateLabels[state]}
    </Tag>
  );
}

export function TransferScopeTag({ scope }: { scope: TransferScope }) {
  return (
    <Tag color={transferScopeColors[scope]} style={tag}>
      {transferScopeLabels[scope]}
    </Tag>
  );
}

export function OverdueTags({ kinds }: { kinds: readonly OverdueKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <>
      {kinds.map((kind) => (
        <Tag key={kind} color={overdueKindColors[kind]} style={tag}>
          {overdueKindLabels[kind]}
        </Tag>
      ))}
    </>
  );
}

/** 入党未满3个月: the receiver is asked to check the admission (TransferMember.recentlyAdmitted). */
export function RecentlyAdmittedTag() {
  return (
    <Tag color="warning" icon={<WarningOutlined />} style={tag}>
      入党未满3个月，请核实
    </Tag>
  );
}

/** The state, what is late and whose turn it is, e.g. 待审批 · 等待审批党委（幸福里社区党委）. */
export function TransferStatus({ transfer, showParty = true }: { transfer: Transfer; showParty?: boolean }) {
  return (
    <Flex vertical gap={2} align="start">
      <Flex gap={4} wrap align="center">
        <TransferStateTag state={transfer.state} />
        <OverdueTags kinds={transfer.overdue} />
      </Flex>
      {showParty && transfer.waitingFor && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          等待{waitingForText(transfer)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Whose turn it is, with the organization when the system knows it: 接收党组织（和平社区党委）. */
export function waitingForText(transfer: Pick<Transfer, 'waitingFor' | 'from' | 'to' | 'approver'>): string {
  if (!transfer.waitingFor) return '';
  const label = transferPartyLabels[transfer.waitingFor];
  const organization =
    transfer.waitingFor === 'APPROVER' ? transfer.approver?.name : transfer.waitingFor === 'SOURCE' ? transfer.from.name : transfer.to.name;
  return organization ? `${label}（${organization}）` : label;
}
