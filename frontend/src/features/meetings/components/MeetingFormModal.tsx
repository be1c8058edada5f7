import { App, Button, Checkbox, DatePicker, Divider, Flex, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { ApiError } from '../../../api/problem';
import {
  useBranchGroups,
  useCreateMeeting,
  useExpectedAttendees,
  useMeetingOrganizationTree,
  useUpdateMeeting,
  type ExpectedQuery,
  type Meeting,
  type OrganizationTreeNode,
} from '../api/meetings';
import { attendanceStatusLabels, meetingStateLabels, meetingTypeLabels, meetingVoteLabels, optionsOf, type MeetingType } from '../labels';
import {
  allPresent,
  businessDay,
  hasGroup,
  hasLecture,
  invitedGuest,
  mergeExpected,
  toFormValues,
  toMeetingInput,
  type AttendeeRow,
  type MeetingFormValues,
} from '../meetingForm';

const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

interface MeetingFormModalProps {
  open: boolean;
  onClose: () => void;
  /** Editing this meeting (with the ETag of its read); creating one without. */
  meeting?: { meeting: Meeting; etag: string };
  /** Open a planned meeting as 记录召开情况 (state HELD). */
  asHeld?: boolean;
  /** Preset values of a new meeting (the chosen organization, the clicked day). */
  preset?: Partial<MeetingFormValues>;
  /** Called with the saved meeting. */
  onSaved?: (meeting: Meeting) => void;
}

/** 新建会议 / 编辑会议 / 记录召开情况: the whole record with the attendee checklist. */
export function MeetingFormModal({ open, onClose, meeting, asHeld = false, preset, onSaved }: MeetingFormModalProps) {
  const { message } = App.useApp();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.meeting.id ?? '');
  const initialValues: MeetingFormValues = useMemo(
    () =>
      meeting
        ? toFormValues(meeting.meeting, asHeld)
        : { types: [], state: 'PLANNED', vote: 'NONE', attendees: [], secretaryLectured: false, ...preset },
    [meeting, asHeld, preset],
  );
  const title = meeting ? (asHeld ? `记录召开情况：${meeting.meeting.topic}` : `编辑会议：${meeting.meeting.topic}`) : '新建会议';

  return (
    <FormModal<MeetingFormValues>
      open={open}
      title={title}
      onClose={onClose}
      width={860}
      okText={meeting ? '保存' : '创建'}
      initialValues={initialValues}
      onSubmit={async (_validated, { form, idempotencyKey }) => {
        // All stored values: an attendee's memberId, name and flags have no Form.Item, so onFinish leaves them out.
        const body = toMeetingInput(form.getFieldsValue(true) as MeetingFormValues);
        const saved = meeting
          ? await update.mutateAsync({ body, etag: meeting.etag })
          : await create.mutateAsync({ body, idempotencyKey });
        message.success(meeting ? '会议已保存' : '会议已创建');
        onSaved?.(saved);
      }}
      onError={(error) => {
        if (error instanceof ApiError && error.problem.status === 412) {
          message.error('会议已被他人修改，请关闭后重新打开再保存');
          return true;
        }
        return false;
      }}
    >
      <MeetingFields editing={meeting !== undefined} lockedState={meeting?.meeting.state === 'HELD' || asHeld} />
    </FormModal>
  );
}

function MeetingFields({ editing, lockedState }: { editing: boolean; lockedState: boolean }) {
  const form = Form.useFormInstance<MeetingFormValues>();
  const tree = useMeetingOrganizationTree();
  const organizationId = Form.useWatch('organizationId', form);
  const types = Form.useWatch('types', form) as MeetingType[] | undefined;
  const state = Form.useWatch('state', form);
  const groupId = Form.useWatch('groupId', form);
  const startsAt = Form.useWatch('startsAt', form);
  const groups = useBranchGroups(organizationId, hasGroup(types));

  return (
    <>
      <Flex gap={16} wrap>
        <Form.Item name="organizationId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]} style={{ flex: '1 1 320px' }}>
          {editing ? (
            <OrganizationName roots={tree.data?.roots} />
          ) : (
            <OrganizationTreeSelect roots={tree.data?.roots} loading={tree.isPending} failed={tree.isError} placeholder="选择党组织" />
          )}
        </Form.Item>
        <Form.Item name="state" label="状态" style={{ flex: '0 0 auto' }}>
          <Radio.Group
            disabled={lockedState}
            options={optionsOf(meetingStateLabels, ['PLANNED', 'HELD'])}
            optionType="button"
            buttonStyle="solid"
          />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name="types"
          label="会议类型"
          rules={[{ required: true, type: 'array', min: 1, message: '请选择会议类型（可多选）' }]}
          style={{ flex: '1 1 320px' }}
          extra="一次会议可同时记为多种类型，如主题党日 + 党课"
        >
          <Select mode="multiple" options={optionsOf(meetingTypeLabels)} placeholder="选择会议类型" />
        </Form.Item>
        {hasGroup(types) && (
          <Form.Item name="groupId" label="党小组" rules={[{ required: true, message: '党小组会请选择党小组' }]} style={{ flex: '1 1 240px' }}>
            <Select
              loading={groups.isPending}
              options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
              placeholder={groups.isError ? '党小组加载失败' : '选择党小组'}
              notFoundContent="该组织没有党小组"
            />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="startsAt" label="开始时间" rules={[{ required: true, message: '请选择开始时间' }]} style={{ flex: '1 1 200px' }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsAt" label="结束时间（可选）" style={{ flex: '1 1 200px' }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label="地点" style={{ flex: '1 1 240px' }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Form.Item name="topic" label="议题" rules={[{ required: true, whitespace: true, message: '请填写议题' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="host" label="主持人" style={{ flex: '1 1 160px' }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="recorder" label="记录人" style={{ flex: '1 1 160px' }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="vote" label="表决" style={{ flex: '1 1 160px' }}>
          <Select options={optionsOf(meetingVoteLabels)} />
        </Form.Item>
      </Flex>
      {hasLecture(types) && (
        <Flex gap={16} wrap align="center">
          <Form.Item name="lecturer" label="授课人" style={{ flex: '1 1 200px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="secretaryLectured" valuePropName="checked" style={{ flex: '1 1 200px' }}>
            <Checkbox>书记讲党课</Checkbox>
          </Form.Item>
        </Flex>
      )}
      <Form.Item name="minutes" label="会议记录">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="resolutions" label="决议事项">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
      </Form.Item>
      <Divider titlePlacement="start">参会人员</Divider>
      <AttendeeChecklist
        editing={editing}
        held={state === 'HELD'}
        query={organizationId ? { organizationId, types: types ?? [], groupId: hasGroup(types) ? groupId : undefined, date: businessDay(startsAt) } : undefined}
      />
    </>
  );
}

/**
 * The expected attendees (re-loaded when organization, types, group or day change; an edited meeting
 * keeps its own list until one of them does), each marked 出席 / 请假 / 缺席 once held, plus 列席 guests.
 */
function AttendeeChecklist({ editing, held, query }: { editing: boolean; held: boolean; query: ExpectedQuery | undefined }) {
  const form = Form.useFormInstance<MeetingFormValues>();
  const key = JSON.stringify(query ?? null);
  const [initialKey] = useState(key);
  const load = query !== undefined && (!editing || key !== initialKey);
  const expected = useExpectedAttendees(load ? query : undefined);
  const applied = useRef<unknown>(undefined);
  const [guest, setGuest] = useState('');
  // preserve: the rows' fields other than status/reason have no Form.Item, so only the stored values know them.
  const rows = (Form.useWatch('attendees', { form, preserve: true }) as AttendeeRow[] | undefined) ?? [];

  useEffect(() => {
    if (!load || expected.data === undefined || applied.current === expected.data) return;
    applied.current = expected.data;
    const current = (form.getFieldValue('attendees') as AttendeeRow[] | undefined) ?? [];
    form.setFieldValue('attendees', mergeExpected(expected.data, current, held));
  }, [load, expected.data, form, held]);

  useEffect(() => {
    // Switching between 计划 and 已召开: marks only mean something once held.
    const rows = (form.getFieldValue('attendees') as AttendeeRow[] | undefined) ?? [];
    const next = rows.map((row) =>
      held ? (row.status === 'EXPECTED' ? { ...row, status: 'PRESENT' as const } : row) : { ...row, status: 'EXPECTED' as const, reason: undefined },
    );
    if (next.some((row, i) => row.status !== rows[i]?.status)) form.setFieldValue('attendees', next);
  }, [held, form]);

  return (
    <Form.List name="attendees">
      {(fields, { remove, add }) => (
        <>
          <Flex gap={8} align="center" style={{ marginBottom: 8 }} wrap>
            <Typography.Text type="secondary">
              {expected.isFetching ? '正在载入应到人员…' : expected.isError ? '应到人员加载失败' : `应到 ${fields.length} 人`}
            </Typography.Text>
            {held && fields.length > 0 && (
              <Button
                size="small"
                onClick={() => form.setFieldValue('attendees', allPresent((form.getFieldValue('attendees') as AttendeeRow[]) ?? []))}
              >
                全部出席
              </Button>
            )}
          </Flex>
          {fields.length === 0 && !expected.isFetching && (
            <Typography.Paragraph type="secondary">
              {query ? '没有应到人员：可添加列席人员，或检查会议类型（支委会只请支委，党小组会只请该小组）' : '请先选择党组织'}
            </Typography.Paragraph>
          )}
          {fields.map((field) => (
            <AttendeeLine key={field.key} name={field.name} row={rows[field.name]} held={held} onRemove={() => remove(field.name)} />
          ))}
          <Space.Compact style={{ marginTop: 8, maxWidth: 420 }}>
            <Input placeholder="列席人员姓名" aria-label="列席人员姓名" value={guest} onChange={(e) => setGuest(e.target.value)} maxLength={50} />
            <Button
              disabled={!guest.trim()}
              onClick={() => {
                add(invitedGuest(guest));
                setGuest('');
              }}
            >
              添加列席
            </Button>
          </Space.Compact>
        </>
      )}
    </Form.List>
  );
}

function AttendeeLine({ name, row, held, onRemove }: { name: number; row: AttendeeRow | undefined; held: boolean; onRemove: () => void }) {
  if (!row) return null;
  const needsReason = held && (row.status === 'LEAVE' || row.status === 'ABSENT');
  return (
    <div
      role="group"
      aria-label={`参会人员：${row.name}`}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', padding: '4px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ width: 180, paddingTop: 4 }}>
        <Typography.Text strong>{row.name}</Typography.Text>{' '}
        {row.committee && <Tag color="volcano">委员</Tag>}
        {row.invited && <Tag>列席</Tag>}
        {!row.voting && !row.invited && <Tag>无表决权</Tag>}
      </div>
      {held ? (
        <Form.Item name={[name, 'status']} style={{ marginBottom: 0 }}>
          <Radio.Group options={optionsOf(attendanceStatusLabels, ['PRESENT', 'LEAVE', 'ABSENT'])} optionType="button" size="small" />
        </Form.Item>
      ) : (
        <Tag style={{ marginTop: 4 }}>{attendanceStatusLabels.EXPECTED}</Tag>
      )}
      {needsReason && (
        <Form.Item
          name={[name, 'reason']}
          rules={[{ required: true, whitespace: true, message: row.status === 'LEAVE' ? '请填写请假原因' : '请填写缺席原因' }]}
          style={{ marginBottom: 0, flex: '1 1 200px' }}
        >
          <Input size="small" placeholder={row.status === 'LEAVE' ? '请假原因' : '缺席原因'} aria-label={`${row.name}的原因`} maxLength={200} />
        </Form.Item>
      )}
      {row.invited && (
        <Button size="small" type="link" danger onClick={onRemove}>
          移除
        </Button>
      )}
    </div>
  );
}

/** An edited meeting's organization, which cannot change (the server refuses: organization-fixed). */
function OrganizationName({ value, roots }: { value?: string; roots: OrganizationTreeNode[] | undefined }) {
  const find = (nodes: OrganizationTreeNode[]): OrganizationTreeNode | undefined => {
    for (const node of nodes) {
      if (node.id === value) return node;
      const found = find(node.children);
      if (found) return found;
    }
    return undefined;
  };
  const node = find(roots ?? []);
  return <Input disabled value={node ? `${node.name}（${node.code}）` : ''} />;
}
