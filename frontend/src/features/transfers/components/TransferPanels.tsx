import { Card, Descriptions, Flex, Table, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../components/PageState';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { genderLabels, memberStatusLabels } from '../../members';
import type { LetterView, Transfer, TransferStep } from '../api/transfers';
import { moveLabel, transferMoveColors, transferStateLabels } from '../labels';
import { RecentlyAdmittedTag } from './TransferTags';
import { EndText } from './TransferTable';

const dash = (value: string | undefined) => (value ? value : '—');

/** 党员: who is transferred, as the transfer recorded them (masked 身份证号). */
export function TransferMemberCard({ transfer }: { transfer: Transfer }) {
  const member = transfer.member;
  return (
    <Card size="small" title="党员">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 130 } }}
        items={[
          {
            key: 'name',
            label: '姓名',
            children: (
              <Flex gap={8} align="center" wrap>
                {/* An incoming member has a record only once accepted. */}
                {member.id ? <Link to={`/members/${member.id}`}>{member.name}</Link> : member.name}
                {member.recentlyAdmitted && <RecentlyAdmittedTag />}
              </Flex>
            ),
          },
          { key: 'gender', label: '性别', children: member.gender ? genderLabels[member.gender] : '—' },
          {
            key: 'idNumber',
            label: '身份证号',
            children: <Typography.Text style={{ fontFamily: 'monospace' }}>{dash(member.idNumber)}</Typography.Text>,
          },
          { key: 'status', label: '党员状态', children: memberStatusLabels[member.status] },
          { key: 'joinedOn', label: '入党日期', children: formatDate(member.joinedOn) },
          ...(member.probationEndsOn ? [{ key: 'probationEndsOn', label: '预备期满', children: formatDate(member.probationEndsOn) }] : []),
        ]}
      />
    </Card>
  );
}

/** 转出 → 转入: both ends, the approving committee, where the member was placed, the request. */
export function TransferEndsCard({ transfer }: { transfer: Transfer }) {
  const placed = transfer.assignedBranch ? `${transfer.assignedBranch.name}${transfer.assignedGroup ? ` · ${transfer.assignedGroup.name}` : ''}` : undefined;
  return (
    <Card size="small" title="转接信息">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 130 } }}
        items={[
          { key: 'from', label: '转出党组织', children: <EndText end={transfer.from} /> },
          { key: 'to', label: '转入党组织', children: <EndText end={transfer.to} /> },
          { key: 'approver', label: '审批党委', children: transfer.approver?.name ?? '—' },
          {
            key: 'assigned',
            label: '编入支部',
            children: placed && transfer.assignedBranch ? <Link to={`/organizations/${transfer.assignedBranch.id}`}>{placed}</Link> : '—',
          },
          { key: 'reason', label: '转接原因', children: transfer.reason },
          { key: 'duesPaidTo', label: '党费交至', children: transfer.duesPaidTo },
          { key: 'inCity', label: '同城', children: transfer.inCity ? '是' : '否' },
          { key: 'requestedOn', label: transfer.scope === 'INCOMING' ? '登记日期' : '申请日期', children: formatDate(transfer.requestedOn) },
          { key: 'completedOn', label: '办结日期', children: formatDate(transfer.completedOn) },
          { key: 'createdBy', label: '经办人', children: transfer.createdBy },
        ]}
      />
    </Card>
  );
}

/** 介绍信: the current letter and every earlier one (superseded by a reissue). */
export function LetterCard({ transfer, extra }: { transfer: Transfer; extra?: ReactNode }) {
  const letter = transfer.letter;
  return (
    <Card size="small" title="介绍信" extra={extra}>
      {letter ? (
        <Flex vertical gap={12}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            styles={{ label: { width: 130 } }}
            items={[
              {
                key: 'number',
                label: '编号',
                children: (
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text style={{ fontFamily: 'monospace' }}>{letter.number}</Typography.Text>
                    {letter.expired && transfer.state === 'ISSUED' && <Tag color="red">已过期</Tag>}
                    {!letter.issuedHere && <Tag>外地开具</Tag>}
                  </Flex>
                ),
              },
              { key: 'issuedOn', label: '开具日期', children: formatDate(letter.issuedOn) },
              { key: 'lastValidOn', label: '有效期至', children: `${formatDate(letter.lastValidOn)}（${letter.validDays} 天）` },
              { key: 'duesPaidTo', label: '党费交至', children: letter.duesPaidTo },
              // Only an OUTGOING letter waits for its 回执.
              ...(letter.receiptDueOn ? [{ key: 'receiptDueOn', label: '回执应收回', children: `${formatDate(letter.receiptDueOn)} 前` }] : []),
            ]}
          />
          {transfer.letters.length > 1 && <LetterHistory letters={transfer.letters} />}
        </Flex>
      ) : (
        <EmptyState description={transfer.state === 'REQUESTED' ? '审批通过后开具介绍信' : '没有介绍信'} />
      )}
    </Card>
  );
}

function LetterHistory({ letters }: { letters: LetterView[] }) {
  return (
    <Table<LetterView>
      size="small"
      rowKey="number"
      dataSource={letters}
      pagination={false}
      title={() => '介绍信记录'}
      columns={[
        { title: '编号', dataIndex: 'number', render: (value: string) => <Typography.Text style={{ fontFamily: 'monospace' }}>{value}</Typography.Text> },
        { title: '开具日期', dataIndex: 'issuedOn', width: 110, render: (value: string) => formatDate(value) },
        { title: '有效期至', dataIndex: 'lastValidOn', width: 110, render: (value: string) => formatDate(value) },
        {
          title: '状态',
          key: 'state',
          width: 110,
          render: (_, letter) => (letter.supersededOn ? <Tag>{formatDate(letter.supersededOn)} 作废</Tag> : <Tag color="green">现行</Tag>),
        },
        { title: '作废原因', key: 'supersedeReason', render: (_, letter) => dash(letter.supersedeReason) },
      ]}
    />
  );
}

/** 办理记录: every step, oldest first, with who took it, when, and the note or reason. */
export function TransferTimelineCard({ transfer }: { transfer: Transfer }) {
  return (
    <Card size="small" title="办理记录">
      {transfer.steps.length === 0 ? (
        <EmptyState description="暂无办理记录" />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={transfer.steps.map((step, index) => ({
            key: `${step.at}-${index}`,
            color: transferMoveColors[step.move],
            content: <StepContent step={step} scope={transfer.scope} />,
          }))}
        />
      )}
    </Card>
  );
}

function StepContent({ step, scope }: { step: TransferStep; scope: Transfer['scope'] }) {
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{moveLabel(step.move, scope)}</Typography.Text>
        <Typography.Text type="secondary">→ {transferStateLabels[step.toState]}</Typography.Text>
      </Flex>
      {step.note && (
        <Typography.Text>
          <Typography.Text type="secondary">{step.move === 'RETURN' || step.move === 'WITHDRAW' || step.move === 'REISSUE' ? '原因' : '备注'}：</Typography.Text>
          <span style={{ whiteSpace: 'pre-wrap' }}>{step.note}</span>
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(step.at)}（{step.by}）
      </Typography.Text>
    </Flex>
  );
}
