import { Tag } from 'antd';
import {
  electionStatusColors,
  electionStatusLabels,
  orgTypeColors,
  orgTypeLabels,
  warningSeverityColors,
  warningSeverityLabels,
  type ElectionStatus,
  type OrgType,
  type WarningSeverity,
} from '../labels';

export function OrgTypeTag({ type, small }: { type: OrgType; small?: boolean }) {
  return (
    <Tag color={orgTypeColors[type]} style={small ? { marginInlineEnd: 0, fontSize: 11, lineHeight: '16px', paddingInline: 4 } : undefined}>
      {orgTypeLabels[type]}
    </Tag>
  );
}

export function ArchivedTag({ on }: { on?: string }) {
  return <Tag color="default">{on ? `已撤销（${on}）` : '已撤销'}</Tag>;
}

export function SeverityTag({ severity }: { severity: WarningSeverity }) {
  return <Tag color={warningSeverityColors[severity]}>{warningSeverityLabels[severity]}</Tag>;
}

export function ElectionStatusTag({ status }: { status: ElectionStatus }) {
  return <Tag color={electionStatusColors[status]}>{electionStatusLabels[status]}</Tag>;
}
