import { Badge, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../lib/dates';
import type { Meeting } from '../api/meetings';
import {
  attendanceStatusColors,
  attendanceStatusLabels,
  meetingRequirementLabels,
  meetingStateColors,
  meetingStateLabels,
  meetingTypeColors,
  meetingTypeLabels,
  meetingVoteLabels,
} from '../labels';

/**
 * Free text as the user typed it: React escapes it, `pre-wrap` keeps the lines. Minutes and
 * resolutions are never HTML (no dangerouslySetInnerHTML anywhere in this feature).
 */
export function PlainText({ text, label }: { text: string | undefined; label: string }) {
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div aria-label={label} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {text}
    </div>
  );
}

export function MeetingTypeTags({ meeting }: { meeting: Pick<Meeting, 'types'> }) {
  return (
    <>
      {meeting.types.map((type) => (
        <Tag key={type} color={meetingTypeColors[type]}>
          {meetingTypeLabels[type]}
        </Tag>
      ))}
    </>
  );
}

/** 法定人数 */
export function QuorumBadge({ meeting }: { meeting: Meeting }) {
  const { quorum } = meeting;
  if (!quorum.needed) return <Typography.Text type="secondary">无需表决人数</Typography.Text>;
  const text = `${quorum.needed}：出席 ${quorum.present} / 应到 ${quorum.eligible}`;
  if (meeting.state !== 'HELD') return <Badge status="default" text={text} />;
  return <Badge status={quorum.met ? 'success' : 'error'} text={`${quorum.met ? '达到法定人数' : '未达法定人数'}（${text}）`} />;
}

/** The record (组织生活记实簿 entry) of one meeting. */
export function MeetingRecord({ meeting }: { meeting: Meeting }) {
  const { attendance } = meeting;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="党组织">
          {meeting.organization.name}
          {meeting.group && ` · ${meeting.group.name}`}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={meetingStateColors[meeting.state]}>{meetingStateLabels[meeting.state]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="会议类型">
          <MeetingTypeTags meeting={meeting} />
        </Descriptions.Item>
        <Descriptions.Item label="时间">
          {formatDateTime(meeting.startsAt)}
          {meeting.endsAt && ` 至 ${formatDateTime(meeting.endsAt)}`}
        </Descriptions.Item>
        <Descriptions.Item label="地点">{meeting.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="议题">{meeting.topic}</Descriptions.Item>
        <Descriptions.Item label="主持人">{meeting.host ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="记录人">{meeting.recorder ?? '—'}</Descriptions.Item>
        {meeting.types.includes('PARTY_LECTURE') && (
          <Descriptions.Item label="授课人">
            {meeting.lecturer ?? '—'}
            {meeting.secretaryLectured && <Tag style={{ marginLeft: 8 }}>书记讲党课</Tag>}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="表决">{meetingVoteLabels[meeting.vote]}</Descriptions.Item>
        <Descriptions.Item label="法定人数">
          <QuorumBadge meeting={meeting} />
        </Descriptions.Item>
        <Descriptions.Item label="计入">
          {meeting.counts.length === 0 ? (
            <Typography.Text type="secondary">{meeting.state === 'HELD' ? '不计入规定动作' : '召开后计入'}</Typography.Text>
          ) : (
            meeting.counts.map((r) => (
              <Tag key={r} color="green">
                {meetingRequirementLabels[r]}
              </Tag>
            ))
          )}
        </Descriptions.Item>
        {meeting.cancelReason && <Descriptions.Item label="取消原因">{meeting.cancelReason}</Descriptions.Item>}
        <Descriptions.Item label="会议记录" span="filled">
          <PlainText text={meeting.minutes} label="会议记录内容" />
        </Descriptions.Item>
        <Descriptions.Item label="决议事项" span="filled">
          <PlainText text={meeting.resolutions} label="决议事项内容" />
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={5}>
          出勤：应到 {attendance.expected} 人，出席 {attendance.present}，请假 {attendance.leave}，缺席 {attendance.absent}
          {attendance.rate !== undefined && `，出席率 ${Math.round(attendance.rate * 1000) / 10}%`}
        </Typography.Title>
        <Table
          size="small"
          rowKey={(a) => a.memberId ?? `guest:${a.name}`}
          pagination={false}
          dataSource={meeting.attendees}
          locale={{ emptyText: '暂无参会人员' }}
          columns={[
            {
              title: '姓名',
              dataIndex: 'name',
              render: (_, a) => (
                <>
                  {a.name} {a.committee && <Tag color="volcano">委员</Tag>}
                  {a.invited && <Tag>列席</Tag>}
                </>
              ),
            },
            { title: '出勤', dataIndex: 'status', render: (_, a) => <Tag color={attendanceStatusColors[a.status]}>{attendanceStatusLabels[a.status]}</Tag> },
            { title: '原因', dataIndex: 'reason', render: (_, a) => a.reason ?? '' },
          ]}
        />
      </div>
    </Space>
  );
}
