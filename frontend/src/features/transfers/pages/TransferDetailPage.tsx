import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { QueryState } from '../../../components/PageState';
import { formatDate } from '../../../lib/dates';
import { useCanRevealSensitive } from '../../../lib/permissions';
import { letterUrl, useTransfer, type Transfer } from '../api/transfers';
import { TransferActionModal } from '../components/TransferActionModals';
import { LetterCard, TransferEndsCard, TransferMemberCard, TransferTimelineCard } from '../components/TransferPanels';
import { RecentlyAdmittedTag, TransferScopeTag, TransferStatus } from '../components/TransferTags';
import { actionButtons, moveLooks, type ActionMove } from '../moves';

/** /transfers/:id — one transfer: the member, both ends, the letter, what the caller may do now, and the timeline. */
export function TransferDetailPage() {
  const { id = '' } = useParams();
  // A fresh instance per transfer, so open forms never leak between transfers.
  return <TransferDetail key={id} id={id} />;
}

function TransferDetail({ id }: { id: string }) {
  const query = useTransfer(id);
  const { message } = App.useApp();
  const [move, setMove] = useState<ActionMove | null>(null);

  const reload = async (): Promise<Transfer | undefined> => {
    const result = await query.refetch();
    if (result.isError) message.error('重新加载失败，请刷新页面');
    // A move someone else took meanwhile is no longer offered: its form closes.
    if (move !== null && result.data && !result.data.transfer.actions.includes(move)) setMove(null);
    return result.data?.transfer;
  };

  return (
    <QueryState query={query}>
      {({ transfer, etag }) => {
        const buttons = actionButtons(transfer.actions);
        return (
          <Flex vertical gap={16}>
            <Breadcrumb
              items={[
                { key: 'list', title: <Link to="/transfers">组织关系转接</Link> },
                { key: transfer.id, title: transfer.member.name },
              ]}
            />
            <Card size="small">
              <Flex justify="space-between" align="start" gap={16} wrap>
                <Flex vertical gap={6}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Title level={4} style={{ margin: 0 }}>
                      {transfer.member.name}
                    </Typography.Title>
                    <TransferScopeTag scope={transfer.scope} />
                    {transfer.member.recentlyAdmitted && <RecentlyAdmittedTag />}
                  </Flex>
                  <Typography.Text type="secondary">
                    {transfer.from.name} → {transfer.to.name}
                  </Typography.Text>
                  <TransferStatus transfer={transfer} />
                </Flex>
                {buttons.length > 0 && (
                  <Flex gap={8} wrap aria-label="办理">
                    {buttons.map((action) => (
                      <Button
                        key={action}
                        type={moveLooks[action].primary ? 'primary' : 'default'}
                        danger={moveLooks[action].danger}
                        onClick={() => setMove(action)}
                      >
                        {moveLooks[action].label}
                      </Button>
                    ))}
                  </Flex>
                )}
              </Flex>
            </Card>
            {transfer.state === 'ISSUED' && transfer.letter?.expired && transfer.scope !== 'OUTGOING' && (
              <Alert
                type="error"
                showIcon
                title={`介绍信 ${transfer.letter.number} 已于 ${formatDate(transfer.letter.lastValidOn)} 过期，不能再凭此接收`}
                description={
                  transfer.scope === 'INCOMING'
                    ? '请联系原党组织重开介绍信并登记新介绍信，或退回。'
                    : '请审批党委重开介绍信，或由接收党组织退回。'
                }
              />
            )}
            <TransferMemberCard transfer={transfer} />
            <TransferEndsCard transfer={transfer} />
            <LetterCard transfer={transfer} extra={transfer.letter && <PrintLetterButtons id={transfer.id} />} />
            <TransferTimelineCard transfer={transfer} />
            <TransferActionModal
              // Only a move the caller may still take: after a reload (409, 412) one that is gone closes.
              move={move !== null && transfer.actions.includes(move) ? move : null}
              transfer={transfer}
              etag={etag}
              onClose={() => setMove(null)}
              reload={reload}
            />
          </Flex>
        );
      }}
    </QueryState>
  );
}

/** 打印介绍信: the printable page in a new tab; with the full 身份证号 only for accounts allowed to (audited). */
function PrintLetterButtons({ id }: { id: string }) {
  const canReveal = useCanRevealSensitive();
  return (
    <Flex gap={8}>
      <Button icon={<PrinterOutlined />} href={letterUrl(id)} target="_blank" rel="noopener">
        打印介绍信
      </Button>
      {canReveal && (
        <Button href={letterUrl(id, true)} target="_blank" rel="noopener">
          打印（含完整身份证号）
        </Button>
      )}
    </Flex>
  );
}
