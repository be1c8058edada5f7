import { App, Breadcrumb, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { QueryState } from '../../../components/PageState';
import { formatDate } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import { MemberTransfersCard, StartTransferButton } from '../../transfers';
import { useMember, type Member } from '../api/members';
import { LifecycleActionModal, MoveMemberModal } from '../components/MemberActionModals';
import { EditMemberModal } from '../components/MemberFormModals';
import { MemberHistoryPanels } from '../components/MemberHistoryPanels';
import { MemberProfile, MobileCard } from '../components/MemberProfile';
import { CategoryTags, MemberStatusTag } from '../components/MemberTags';
import { allowedActions, canMove, lifecycleRules, type LifecycleAction } from '../lifecycle';

/** /members/:id — one member: the record, where they have been, and what happened to them. */
export function MemberDetailPage() {
  const { id = '' } = useParams();
  // A fresh instance per member, so open forms and a reveal never leak between members.
  return <MemberDetail key={id} id={id} />;
}

type Dialog = { kind: 'edit' } | { kind: 'move' } | { kind: 'action'; action: LifecycleAction } | null;

function MemberDetail({ id }: { id: string }) {
  const query = useMember(id);
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  // Read-only roles (只读用户, 审计员) see the record without the actions that change it.
  const canWrite = useCan('members.write');

  const reload = async (): Promise<Member | undefined> => {
    const result = await query.refetch();
    if (result.isError) message.error('重新加载失败，请刷新页面');
    return result.data?.member;
  };
  const close = () => setDialog(null);

  return (
    <QueryState query={query}>
      {({ member, etag }) => (
        <Flex vertical gap={16}>
          <Breadcrumb
            items={[
              { key: 'list', title: <Link to="/members">党员名册</Link> },
              { key: member.id, title: member.name },
            ]}
          />
          <Card size="small">
            <Flex justify="space-between" align="start" gap={16} wrap>
              <Flex vertical gap={4}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Title level={4} style={{ margin: 0 }}>
                    {member.name}
                  </Typography.Title>
                  <MemberStatusTag member={member} />
                  {member.categories.length > 0 && <CategoryTags categories={member.categories} />}
                </Flex>
                <Typography.Text type="secondary">
                  {member.organization.name}
                  {member.group ? ` · ${member.group.name}` : ''} · {formatDate(member.joinedOn)} 入党
                </Typography.Text>
              </Flex>
              {canWrite && (
                <Flex gap={8} wrap>
                  <Button onClick={() => setDialog({ kind: 'edit' })}>编辑</Button>
                  {canMove(member.status) && <Button onClick={() => setDialog({ kind: 'move' })}>调整支部</Button>}
                  <StartTransferButton member={member} />
                  {allowedActions(member).map((action) => (
                    <Button key={action} danger={lifecycleRules[action].danger} onClick={() => setDialog({ kind: 'action', action })}>
                      {lifecycleRules[action].label}
                    </Button>
                  ))}
                </Flex>
              )}
            </Flex>
          </Card>
          <MemberProfile member={member} />
          <MobileCard member={member} />
          <MemberHistoryPanels memberId={member.id} />
          <MemberTransfersCard memberId={member.id} />
          {canWrite && (
            <>
              <EditMemberModal open={dialog?.kind === 'edit'} member={member} etag={etag} onClose={close} reload={reload} />
              <MoveMemberModal open={dialog?.kind === 'move'} member={member} etag={etag} onClose={close} reload={reload} />
              <LifecycleActionModal
                action={dialog?.kind === 'action' ? dialog.action : null}
                member={member}
                etag={etag}
                onClose={close}
                reload={reload}
              />
            </>
          )}
        </Flex>
      )}
    </QueryState>
  );
}
