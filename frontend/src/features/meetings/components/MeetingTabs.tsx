import { Button, Calendar, Flex, InputNumber, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { DATE_FORMAT, formatDateTime, today } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import {
  attendanceExportUrl,
  bookExportUrl,
  bookPrintUrl,
  useMeetingAttendance,
  useMeetingCompliance,
  useMeetingReminders,
  useMeetings,
  useSubtreeMeetingCompliance,
} from '../api/meetings';
import {
  complianceStatusBackgrounds,
  complianceStatusColors,
  complianceStatusLabels,
  meetingRequirementLabels,
  meetingStateColors,
  meetingStateLabels,
  meetingTypeLabels,
  periodKindLabels,
  periodLabel,
  type MeetingRequirement,
} from '../labels';
import { fromBusinessInstant } from '../meetingForm';
import { MeetingFormModal } from './MeetingFormModal';

/** 日历: a month of planned, held and cancelled meetings, and 新建会议. */
export function CalendarTab({ organizationId }: { organizationId: string }) {
  const [month, setMonth] = useState<Dayjs>(() => today());
  const [creating, setCreating] = useState<Dayjs | undefined>();
  const canWrite = useCan('meetings.write');
  const navigate = useNavigate();
  const from = month.startOf('month').format(DATE_FORMAT);
  const to = month.endOf('month').format(DATE_FORMAT);
  const meetings = useMeetings(organizationId, from, to);
  const byDay = new Map<string, NonNullable<typeof meetings.data>['items']>();
  for (const m of meetings.data?.items ?? []) {
    const day = fromBusinessInstant(m.startsAt)?.format(DATE_FORMAT) ?? '';
    byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  return (
    <>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">
          {meetings.isError ? '会议加载失败' : meetings.isFetching ? '加载中…' : `${month.format('YYYY年M月')}共 ${meetings.data?.items.length ?? 0} 次会议`}
        </Typography.Text>
        {canWrite && (
          <Button type="primary" onClick={() => setCreating(today().hour(9))}>
            新建会议
          </Button>
        )}
      </Flex>
      <Calendar
        value={month}
        onPanelChange={(value) => setMonth(value)}
        onSelect={(value, info) => {
          if (info.source === 'date') setMonth(value);
        }}
        cellRender={(date, info) => {
          if (info.type !== 'date') return info.originNode;
          return (
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              {(byDay.get(date.format(DATE_FORMAT)) ?? []).map((m) => (
                <Tooltip key={m.id} title={`${formatDateTime(m.startsAt)} ${m.organization.name}：${m.topic}`}>
                  <Tag
                    color={meetingStateColors[m.state]}
                    style={{ cursor: 'pointer', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
                    onClick={() => void navigate(`/meetings/${m.id}`)}
                  >
                    {m.types.map((t) => meetingTypeLabels[t]).join('+')} · {meetingStateLabels[m.state]}
                  </Tag>
                </Tooltip>
              ))}
            </Space>
          );
        }}
      />
      {creating && (
        <MeetingFormModal
          open
          onClose={() => setCreating(undefined)}
          preset={{ organizationId, startsAt: creating }}
          onSaved={(m) => void navigate(`/meetings/${m.id}`)}
        />
      )}
    </>
  );
}

/** 提醒: per organization, what is due this period and what is overdue. */
export function RemindersTab({ organizationId }: { organizationId: string }) {
  const reminders = useMeetingReminders(organizationId);
  const tags = (items: { requirement: MeetingRequirement; period: string }[], color: string) =>
    items.map((i) => (
      <Tag key={`${i.requirement}-${i.period}`} color={color}>
        {meetingRequirementLabels[i.requirement]}（{periodLabel(i.period)}）
      </Tag>
    ));
  return (
    <QueryState query={reminders} isEmpty={(d) => d.rows.length === 0} empty={<EmptyState description="没有待召开或超期的会议" />}>
      {(data) => (
        <Table
          size="small"
          rowKey={(r) => r.organization.id}
          pagination={false}
          dataSource={data.rows}
          columns={[
            { title: '党组织', render: (_, r) => r.organization.name },
            { title: '本期待召开', render: (_, r) => tags(r.due, 'gold') },
            { title: '超期未召开', render: (_, r) => tags(r.overdue, 'red') },
          ]}
        />
      )}
    </QueryState>
  );
}

interface ComplianceTabProps {
  organizationId: string;
  branch: boolean;
  /** The year shown (the page keeps it in the address). */
  year: number;
  onYearChange: (year: number) => void;
}

/** 合规: a branch's requirement × period table, or a committee's organization × month matrix. */
export function ComplianceTab({ organizationId, branch, year, onYearChange }: ComplianceTabProps) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        年度
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          value={year}
          // Half-typed years (2, 20, 202) stay in the box, not in the address.
          onChange={(v) => v && v >= 2000 && v <= 2100 && onYearChange(v)}
        />
        <Legend />
      </Space>
      {branch ? <BranchCompliance organizationId={organizationId} year={year} /> : <SubtreeCompliance organizationId={organizationId} year={year} />}
    </Space>
  );
}

function Legend() {
  return (
    <Space size={4}>
      {(Object.keys(complianceStatusLabels) as (keyof typeof complianceStatusLabels)[]).map((s) => (
        <Tag key={s} color={complianceStatusColors[s]}>
          {complianceStatusLabels[s]}
        </Tag>
      ))}
    </Space>
  );
}

function BranchCompliance({ organizationId, year }: { organizationId: string; year: number }) {
  const compliance = useMeetingCompliance(organizationId, year, true);
  return (
    <QueryState query={compliance} isEmpty={(d) => d.items.length === 0} empty={<EmptyState description="该组织没有适用的规定动作" />}>
      {(data) => {
        const requirements = [...new Set(data.items.map((i) => i.requirement))];
        return (
          <>
            <Typography.Text>
              已落实 {data.met}，未落实 {data.missing}，待落实 {data.open}
              {!data.hasCommittee && '（未设支委会，不要求召开支委会）'}
            </Typography.Text>
            <Table
              size="small"
              rowKey={(r) => r}
              pagination={false}
              dataSource={requirements}
              aria-label="规定动作落实情况"
              columns={[
                { title: '规定动作', render: (_, r) => meetingRequirementLabels[r], width: 140 },
                {
                  title: '频次',
                  width: 90,
                  render: (_, r) => {
                    const first = data.items.find((i) => i.requirement === r);
                    return first ? periodKindLabels[first.periodKind] : '';
                  },
                },
                {
                  title: '各期落实情况',
                  render: (_, r) =>
                    data.items
                      .filter((i) => i.requirement === r)
                      .map((i) => (
                        <Tag
                          key={i.period}
                          color={complianceStatusColors[i.status]}
                          title={`${meetingRequirementLabels[r]} ${i.period}：${complianceStatusLabels[i.status]}`}
                          style={{ marginBottom: 4 }}
                        >
                          {periodLabel(i.period)} {i.held}/{i.required}
                        </Tag>
                      )),
                },
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}

function SubtreeCompliance({ organizationId, year }: { organizationId: string; year: number }) {
  const matrix = useSubtreeMeetingCompliance(organizationId, year, true);
  return (
    <QueryState query={matrix} isEmpty={(d) => d.rows.length === 0} empty={<EmptyState description="下级没有需要召开三会一课的组织" />}>
      {(data) => (
        <Table
          size="small"
          bordered
          rowKey={(r) => r.organization.id}
          pagination={false}
          scroll={{ x: true }}
          dataSource={data.rows}
          columns={[
            { title: '党组织', fixed: 'start', width: 200, render: (_, r) => r.organization.name },
            ...data.months.map((month, index) => ({
              title: `${Number(month.slice(5))}月`,
              key: month,
              align: 'center' as const,
              onCell: (r: (typeof data.rows)[number]) => {
                const cell = r.cells[index];
                return { style: cell ? { background: complianceStatusBackgrounds[cell.status] } : {} };
              },
              render: (_: unknown, r: (typeof data.rows)[number]) => {
                const cell = r.cells[index];
                if (!cell) return null;
                const gaps = [...cell.missing.map((q) => `未落实：${meetingRequirementLabels[q]}`), ...cell.open.map((q) => `待落实：${meetingRequirementLabels[q]}`)];
                return (
                  <Tooltip title={gaps.length > 0 ? gaps.join('；') : complianceStatusLabels[cell.status]}>
                    <span title={`${r.organization.name} ${cell.month}：${complianceStatusLabels[cell.status]}`}>{complianceStatusLabels[cell.status]}</span>
                  </Tooltip>
                );
              },
            })),
            { title: '未落实', width: 80, align: 'center' as const, render: (_, r) => r.missing },
          ]}
        />
      )}
    </QueryState>
  );
}

/** 出勤: per member, with the 80/50% and 6-month flags; export. */
export function AttendanceTab({ organizationId }: { organizationId: string }) {
  const from = today().startOf('year').format(DATE_FORMAT);
  const to = today().format(DATE_FORMAT);
  const report = useMeetingAttendance(organizationId, from, to);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <Typography.Text type="secondary">
          {from} 至 {to}；登记党员出席率低于 80%、在职党员低于 50% 标注“偏低”
        </Typography.Text>
        <Button href={attendanceExportUrl(organizationId, from, to)} download>
          导出出勤表
        </Button>
      </Flex>
      <QueryState query={report} isEmpty={(d) => d.members.length === 0} empty={<EmptyState description="暂无出勤记录" />}>
        {(data) => (
          <Table
            size="small"
            rowKey={(r) => r.memberId}
            dataSource={data.members}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            columns={[
              { title: '姓名', render: (_, r) => <Link to={`/members/${r.memberId}`}>{r.name}</Link> },
              { title: '党组织', render: (_, r) => r.organization.name },
              { title: '应到', dataIndex: 'expected' },
              { title: '出席', dataIndex: 'present' },
              { title: '请假', dataIndex: 'leave' },
              { title: '缺席', dataIndex: 'absent' },
              { title: '出席率', render: (_, r) => (r.rate === undefined ? '—' : `${Math.round(r.rate * 1000) / 10}%`) },
              {
                title: '提示',
                render: (_, r) => (
                  <>
                    {r.belowThreshold && <Tag color="orange">出席率偏低</Tag>}
                    {r.inactive && <Tag color="red">6个月未参加组织生活</Tag>}
                    {r.duesFlagged && <Tag color="magenta">连续6个月未交党费</Tag>}
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}

/** 记实簿: the year's book, to print (a page of the server) or as a spreadsheet. */
export function BookTab({ organizationId }: { organizationId: string }) {
  const [year, setYear] = useState(() => today().year());
  return (
    <Space orientation="vertical">
      <Typography.Paragraph>组织生活记实簿：所选党组织该年度的全部会议记录，可打印或导出为 Excel。</Typography.Paragraph>
      <Space>
        年度
        <InputNumber aria-label="记实簿年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Button type="primary" href={bookPrintUrl(organizationId, year)} target="_blank" rel="noopener noreferrer">
          打印
        </Button>
        <Button href={bookExportUrl(organizationId, year)} download>
          导出 Excel
        </Button>
      </Space>
    </Space>
  );
}
