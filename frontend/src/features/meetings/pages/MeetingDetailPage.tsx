import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Flex, Form, Input, List, Result, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { problemMessage } from '../../../api/problem';
import { FormModal } from '../../../components/FormModal';
import { QueryState } from '../../../components/PageState';
import { formatDateTime } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import {
  ATTACHMENT_ACCEPT,
  attachmentProblem,
  attachmentUrl,
  useAddAttachment,
  useCancelMeeting,
  useDeleteAttachment,
  useMeeting,
  type Meeting,
} from '../api/meetings';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { MeetingRecord } from '../components/MeetingRecord';

type Dialog = 'edit' | 'record' | 'cancel' | undefined;

/** One meeting: its record, attendance, attachments, and 记录召开情况 / 编辑 / 取消会议. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const canWrite = useCan('meetings.write');
  const [dialog, setDialog] = useState<Dialog>();

  return (
    <QueryState query={query}>
      {({ meeting, etag }) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Breadcrumb items={[{ title: <Link to={`/meetings?org=${meeting.organization.id}`}>三会一课</Link> }, { title: meeting.topic }]} />
          <Card>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {meeting.topic}
              </Typography.Title>
              {canWrite && (
                <Space>
                  {meeting.state === 'PLANNED' && (
                    <Button type="primary" onClick={() => setDialog('record')}>
                      记录召开情况
                    </Button>
                  )}
                  {meeting.state !== 'CANCELLED' && <Button onClick={() => setDialog('edit')}>编辑</Button>}
                  {meeting.state === 'PLANNED' && (
                    <Button danger onClick={() => setDialog('cancel')}>
                      取消会议
                    </Button>
                  )}
                </Space>
              )}
            </Flex>
            <MeetingRecord meeting={meeting} />
          </Card>
          <Attachments meeting={meeting} canWrite={canWrite && meeting.state !== 'CANCELLED'} />
          {(dialog === 'edit' || dialog === 'record') && (
            <MeetingFormModal open meeting={{ meeting, etag }} asHeld={dialog === 'record'} onClose={() => setDialog(undefined)} />
          )}
          <CancelModal meeting={meeting} open={dialog === 'cancel'} onClose={() => setDialog(undefined)} />
        </Space>
      )}
    </QueryState>
  );
}

function CancelModal({ meeting, open, onClose }: { meeting: Meeting; open: boolean; onClose: () => void }) {
  const cancel = useCancelMeeting(meeting.id);
  const { message } = App.useApp();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={`取消会议：${meeting.topic}`}
      onClose={onClose}
      okText="取消会议"
      danger
      onSubmit={async ({ reason }) => {
        await cancel.mutateAsync(reason.trim());
        message.success('会议已取消');
      }}
    >
      <Form.Item name="reason" label="取消原因" rules={[{ required: true, whitespace: true, message: '请填写取消原因' }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

function Attachments({ meeting, canWrite }: { meeting: Meeting; canWrite: boolean }) {
  const add = useAddAttachment(meeting.id);
  const remove = useDeleteAttachment(meeting.id);
  const { message, modal } = App.useApp();
  return (
    <Card
      title="附件（照片、签到表等）"
      extra={
        canWrite && (
          <Upload
            accept={ATTACHMENT_ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              const problem = attachmentProblem(file);
              if (problem) {
                message.error(problem);
                return Upload.LIST_IGNORE;
              }
              add.mutate(file, {
                onSuccess: () => void message.success(`已上传 ${file.name}`),
                onError: (error) => void message.error(problemMessage(error)),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={add.isPending}>
              上传附件
            </Button>
          </Upload>
        )
      }
    >
      <List
        dataSource={meeting.attachments}
        locale={{ emptyText: '暂无附件' }}
        renderItem={(a) => (
          <List.Item
            actions={
              canWrite
                ? [
                    <Button
                      key="delete"
                      type="link"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() =>
                        modal.confirm({
                          title: `删除附件 ${a.fileName}？`,
                          okText: '删除',
                          okButtonProps: { danger: true },
                          cancelText: '再想想',
                          onOk: () => remove.mutateAsync(a.id).catch((error: unknown) => void message.error(problemMessage(error))),
                        })
                      }
                    >
                      删除
                    </Button>,
                  ]
                : []
            }
          >
            <Space>
              <PaperClipOutlined />
              <a href={attachmentUrl(meeting.id, a.id)} target="_blank" rel="noopener noreferrer">
                {a.fileName}
              </a>
              <Typography.Text type="secondary">
                {Math.ceil(a.sizeBytes / 1024)} KB · {formatDateTime(a.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function MeetingNotFound() {
  return <Result status="404" title="页面不存在" extra={<Link to="/meetings">返回三会一课</Link>} />;
}
