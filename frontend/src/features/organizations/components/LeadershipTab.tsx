import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Collapse, DatePicker, Descriptions, Flex, Form, Input, Row, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { EmptyState, QueryState } from '../../../components/PageState';
import { formatDate, fromApiDate, toApiDate } from '../../../lib/dates';
import { optionalText } from '../../../lib/text';
import {
  useLeadership,
  useStartLeadershipTerm,
  useUpdateLeadershipTerm,
  type LeadershipTerm,
  type LeadershipTermInput,
} from '../api/organizations';
import { daysLeftText, optionsOf, positionLabels, type Position } from '../labels';
import { FormModal } from '../../../components/FormModal';
import { ElectionStatusTag } from './OrgTags';
import { STALE_MESSAGE, isStale } from './stale';

interface LeadershipTabProps {
  organizationId: string;
  archived: boolean;
  /** Whether the user may record 换届 and correct terms (else the tab only reads). */
  canWrite: boolean;
}

/** 班子: the current term with its seats and 换届 status, past terms, and (for writers) the 换届 / 修改 forms. */
export function LeadershipTab({ organizationId, archived, canWrite }: LeadershipTabProps) {
  const query = useLeadership(organizationId);
  const [editing, setEditing] = useState<'new' | LeadershipTerm | null>(null);

  return (
    <QueryState query={query}>
      {(leadership) => (
        <Flex vertical gap={16}>
          <Card
            size="small"
            title={
              <Flex gap={8} align="center" wrap>
                <span>现任班子</span>
                <ElectionStatusTag status={leadership.election.status} />
                {leadership.election.daysLeft !== undefined && (
                  <Typography.Text type={leadership.election.daysLeft < 0 ? 'danger' : 'secondary'}>
                    {daysLeftText(leadership.election.daysLeft)}
                  </Typography.Text>
                )}
              </Flex>
            }
            extra={
              canWrite && (
                <Flex gap={8}>
                  {leadership.current && (
                    <Button onClick={() => setEditing(leadership.current ?? null)} disabled={archived}>
                      修改
                    </Button>
                  )}
                  <Button type="primary" onClick={() => setEditing('new')} disabled={archived}>
                    换届
                  </Button>
                </Flex>
              )
            }
          >
            {leadership.current ? (
              <TermDetails term={leadership.current} />
            ) : (
              <EmptyState description="尚未录入班子及任期，请点击“换届”录入现任班子" />
            )}
          </Card>
          {leadership.past.length > 0 && (
            <Collapse
              items={[
                {
                  key: 'past',
                  label: `历届班子（${leadership.past.length}）`,
                  children: (
                    <Collapse
                      size="small"
                      items={leadership.past.map((term) => ({
                        key: term.id,
                        label: `${formatDate(term.startsOn)} 至 ${formatDate(term.closedOn ?? term.endsOn)}`,
                        children: <TermDetails term={term} />,
                      }))}
                    />
                  ),
                },
              ]}
            />
          )}
          <TermFormModal
            organizationId={organizationId}
            term={editing === 'new' ? undefined : (editing ?? undefined)}
            open={editing !== null}
            onClose={() => setEditing(null)}
            reload={() => query.refetch()}
          />
        </Flex>
      )}
    </QueryState>
  );
}

function TermDetails({ term }: { term: LeadershipTerm }) {
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'startsOn', label: '任期开始', children: formatDate(term.startsOn) },
          { key: 'endsOn', label: '届满日期', children: formatDate(term.endsOn) },
          ...(term.closedOn ? [{ key: 'closedOn', label: '换届日期', children: formatDate(term.closedOn) }] : []),
          { key: 'documentNumber', label: '批复文号', children: term.documentNumber ?? '—' },
          {
            key: 'note',
            label: '备注',
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{term.note ?? '—'}</span>,
          },
        ]}
      />
      <Table
        size="small"
        // Seats have no id of their own; their order within the term identifies them.
        rowKey="key"
        pagination={false}
        dataSource={term.seats.map((seat, index) => ({ ...seat, key: index }))}
        locale={{ emptyText: '未录入班子成员' }}
        columns={[
          { title: '职务', dataIndex: 'position', width: 160, render: (position: Position) => positionLabels[position] },
          { title: '姓名', dataIndex: 'personName' },
        ]}
      />
    </Flex>
  );
}

interface TermValues {
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  documentNumber?: string;
  note?: string;
  seats?: { position?: Position; personName?: string }[];
}

function toTermInput(values: TermValues): LeadershipTermInput {
  return {
    startsOn: toApiDate(values.startsOn) as string,
    endsOn: toApiDate(values.endsOn),
    documentNumber: optionalText(values.documentNumber),
    note: optionalText(values.note),
    seats: (values.seats ?? []).map((seat) => ({
      position: seat.position as Position,
      personName: seat.personName?.trim() ?? '',
    })),
  };
}

const positionOptions = optionsOf(positionLabels);

interface TermFormModalProps {
  organizationId: string;
  /** The term to correct (修改); absent to record a new one (换届). */
  term?: LeadershipTerm;
  open: boolean;
  onClose: () => void;
  reload: () => Promise<unknown>;
}

function TermFormModal({ organizationId, term, open, onClose, reload }: TermFormModalProps) {
  const { message } = App.useApp();
  const start = useStartLeadershipTerm(organizationId);
  const update = useUpdateLeadershipTerm(organizationId);

  return (
    <FormModal<TermValues>
      open={open}
      title={term ? '修改现任班子' : '换届：录入新一届班子'}
      width={720}
      okText={term ? '保存' : '提交'}
      onClose={onClose}
      initialValues={
        term
          ? {
              startsOn: fromApiDate(term.startsOn),
              endsOn: fromApiDate(term.endsOn),
              documentNumber: term.documentNumber,
              note: term.note,
              seats: term.seats.map(({ position, personName }) => ({ position, personName })),
            }
          : { seats: [{ position: 'SECRETARY' }] }
      }
      onSubmit={async (values, { idempotencyKey }) => {
        if (term) {
          await update.mutateAsync({ termId: term.id, version: term.version, body: toTermInput(values) });
          message.success('已保存');
        } else {
          await start.mutateAsync({ body: toTermInput(values), idempotencyKey });
          message.success('已录入新一届班子');
        }
      }}
      onError={async (error) => {
        if (!isStale(error)) return false;
        message.warning(STALE_MESSAGE);
        await reload();
        onClose();
        return true;
      }}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="startsOn" label="任期开始（选举日期）" rules={[{ required: true, message: '请选择任期开始日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endsOn" label="届满日期" extra="不填则按配置的任期年限自动计算">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="documentNumber" label="批复文号" rules={[{ max: 100, message: '不能超过100个字符' }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[{ max: 2000, message: '不能超过2000个字符' }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Text strong>班子成员</Typography.Text>
      <Form.List name="seats">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, 'position']}
                  rules={[{ required: true, message: '请选择职务' }]}
                  style={{ width: 180 }}
                >
                  <Select options={positionOptions} placeholder="职务" aria-label={`第${index + 1}人职务`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'personName']}
                  rules={[
                    { required: true, whitespace: true, message: '请填写姓名' },
                    { max: 100, message: '不能超过100个字符' },
                  ]}
                  style={{ flex: 1 }}
                >
                  <Input placeholder="姓名" aria-label={`第${index + 1}人姓名`} autoComplete="off" />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label="删除" />
              </Flex>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add({})} block icon={<PlusOutlined />} disabled={fields.length >= 30}>
                添加班子成员
              </Button>
            </Form.Item>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
