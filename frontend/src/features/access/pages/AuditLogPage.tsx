import { FilterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Descriptions, Flex, Form, Input, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { DATE_FORMAT, formatTimestamp, fromApiDate, startOfBusinessDay, toApiDate } from '../../../lib/dates';
import { useAuditEvents, type AuditEvent, type AuditFilters } from '../api/access';
import { changeList, formatChangeValue, isUuid } from '../audit';
import {
  actorTypeLabels,
  auditActionColor,
  auditActionLabels,
  changedFieldLabels,
  labelOf,
  objectTypeLabels,
} from '../labels';

interface FilterValues {
  action?: string;
  actorId?: string;
  objectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The filters live in the address (?action=&actorId=&objectId=&from=YYYY-MM-DD&to=YYYY-MM-DD), so a view can be shared. */
function filtersFromParams(params: URLSearchParams): { values: FilterValues; api: AuditFilters } {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const uuid = (key: string) => {
    const value = text(key);
    return value && isUuid(value) ? value : undefined;
  };
  const fromDay = fromApiDate(text('from'));
  const toDay = fromApiDate(text('to'));
  const values: FilterValues = {
    action: text('action'),
    actorId: uuid('actorId'),
    objectId: uuid('objectId'),
    range: fromDay || toDay ? [fromDay ?? null, toDay ?? null] : null,
  };
  return {
    values,
    api: {
      action: values.action,
      actorId: values.actorId,
      objectId: values.objectId,
      // Whole days in Asia/Shanghai: from the first instant of the first day, to before the day after the last.
      from: fromDay?.isValid() ? startOfBusinessDay(fromDay) : undefined,
      to: toDay?.isValid() ? startOfBusinessDay(toDay.add(1, 'day')) : undefined,
    },
  };
}

function paramsFromValues(values: FilterValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.action) out.action = values.action;
  if (values.actorId?.trim()) out.actorId = values.actorId.trim();
  if (values.objectId?.trim()) out.objectId = values.objectId.trim();
  const from = toApiDate(values.range?.[0]);
  const to = toApiDate(values.range?.[1]);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

const uuidRule = { pattern: /^\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\s*$/, message: '请输入完整的 ID' };

/** /access/audit — 审计日志 (AUDITOR, STREET_ADMIN): who did what when, newest first, with filters. */
export function AuditLogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { values, api: filters } = useMemo(() => filtersFromParams(searchParams), [searchParams]);
  const query = useAuditEvents(filters);
  const [form] = Form.useForm<FilterValues>();

  const apply = (next: FilterValues) => setSearchParams(paramsFromValues(next));
  /** Narrows to one actor or object (from a row), keeping the other filters. */
  const narrow = (patch: Partial<FilterValues>) => {
    const next = { ...values, ...patch };
    form.setFieldsValue(next);
    apply(next);
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => formatTimestamp(at) },
    {
      title: '操作者',
      key: 'actor',
      render: (_, event) => (
        <Flex gap={4} align="center" wrap>
          <span>{event.actorName ?? '—'}</span>
          {event.actorType !== 'ACCOUNT' && <Tag>{labelOf(actorTypeLabels, event.actorType)}</Tag>}
          {event.actorId && event.actorId !== values.actorId && (
            <Tooltip title="只看此操作者">
              <Button
                type="text"
                size="small"
                icon={<FilterOutlined />}
                aria-label={`只看 ${event.actorName ?? '该操作者'} 的操作`}
                onClick={() => narrow({ actorId: event.actorId })}
              />
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: '操作',
      dataIndex: 'action',
      render: (action: string) => <Tag color={auditActionColor(action)}>{labelOf(auditActionLabels, action)}</Tag>,
    },
    {
      title: '对象',
      key: 'object',
      render: (_, event) =>
        event.objectType ? (
          <Flex gap={4} align="center" wrap>
            <span>{labelOf(objectTypeLabels, event.objectType)}</span>
            {event.objectId && <ObjectId event={event} />}
            {event.objectId && event.objectId !== values.objectId && (
              <Tooltip title="只看此对象">
                <Button
                  type="text"
                  size="small"
                  icon={<FilterOutlined />}
                  aria-label="只看此对象的记录"
                  onClick={() => narrow({ objectId: event.objectId })}
                />
              </Tooltip>
            )}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: '变更',
      key: 'changes',
      render: (_, event) => {
        const count = changeList(event.changes).length;
        return count > 0 ? `${count} 项` : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex vertical>
        <Typography.Title level={3} style={{ margin: 0 }}>
          审计日志
        </Typography.Title>
        <Typography.Text type="secondary">本组织及下级组织的登录和修改记录，最新的在前。展开一行可查看修改前后的内容。</Typography.Text>
      </Flex>
      <Form<FilterValues>
        key={searchParams.toString()}
        form={form}
        layout="inline"
        initialValues={values}
        onFinish={apply}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="action" label="操作">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="全部操作"
            style={{ width: 180 }}
            options={Object.entries(auditActionLabels).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="actorId" label="操作者 ID" rules={[uuidRule]}>
          <Input allowClear placeholder="账号或令牌的 ID" style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="objectId" label="对象 ID" rules={[uuidRule]}>
          <Input allowClear placeholder="组织、账号等的 ID" style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="range" label="日期">
          <DatePicker.RangePicker allowEmpty={[true, true]} format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button onClick={() => apply({})}>重置</Button>
          </Flex>
        </Form.Item>
      </Form>
      <QueryState query={query}>
        {(data) => {
          const events = data.pages.flatMap((page) => page.items);
          if (events.length === 0) return <EmptyState description="没有符合条件的记录" />;
          return (
            <Flex vertical gap={12} align="center">
              <Table<AuditEvent>
                style={{ width: '100%' }}
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={events}
                pagination={false}
                // A fixed scroll width: with 'max-content' the expanded row's own width feeds back into the table's.
                scroll={{ x: 960 }}
                expandable={{
                  expandedRowRender: (event) => <EventDetails event={event} />,
                  rowExpandable: () => true,
                }}
              />
              <Typography.Text type="secondary">
                已显示 {events.length} 条{query.hasNextPage ? '' : '，已全部加载'}
              </Typography.Text>
              {query.hasNextPage && (
                <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                  加载更多
                </Button>
              )}
            </Flex>
          );
        }}
      </QueryState>
    </Flex>
  );
}

/** The object's short id (full on hover); an organization or a member links to its page. */
function ObjectId({ event }: { event: AuditEvent }) {
  const id = event.objectId ?? '';
  const short = <Typography.Text code>{id.slice(0, 8)}</Typography.Text>;
  return (
    <Tooltip title={id}>
      {event.objectType === 'organization' ? (
        <Link to={`/organizations/${id}`}>{short}</Link>
      ) : event.objectType === 'member' ? (
        <Link to={`/members/${id}`}>{short}</Link>
      ) : (
        short
      )}
    </Tooltip>
  );
}

/** The expanded row: each changed field as before → after, and the ids to look the event up elsewhere. */
function EventDetails({ event }: { event: AuditEvent }) {
  const changes = changeList(event.changes);
  return (
    <Flex vertical gap={12} style={{ paddingInline: 8 }}>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">该操作没有记录字段变更。</Typography.Text>
      ) : (
        <ul aria-label="变更内容" style={{ margin: 0, paddingInlineStart: 20 }}>
          {changes.map((change) => (
            <li key={change.field} style={{ lineHeight: 1.9 }}>
              <Typography.Text strong>{labelOf(changedFieldLabels, change.field)}</Typography.Text>：
              <Typography.Text type="secondary" delete={change.before !== undefined && change.before !== null}>
                {formatChangeValue(change.field, change.before)}
              </Typography.Text>
              <Typography.Text type="secondary"> → </Typography.Text>
              <Typography.Text>{formatChangeValue(change.field, change.after)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'actor', label: '操作者 ID', children: <Typography.Text copyable={event.actorId !== undefined}>{event.actorId ?? '—'}</Typography.Text> },
          { key: 'object', label: '对象 ID', children: <Typography.Text copyable={event.objectId !== undefined}>{event.objectId ?? '—'}</Typography.Text> },
          { key: 'request', label: '请求编号', children: <Typography.Text copyable={event.requestId !== undefined}>{event.requestId ?? '—'}</Typography.Text> },
        ]}
      />
    </Flex>
  );
}
