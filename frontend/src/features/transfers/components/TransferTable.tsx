import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import type { Transfer } from '../api/transfers';
import { RecentlyAdmittedTag, TransferScopeTag, TransferStatus } from './TransferTags';

/** One end of a transfer: the organization here, or the one elsewhere with its region. */
export function EndText({ end }: { end: Transfer['from'] }) {
  if (end.organization) return <span>{end.organization.name}</span>;
  return (
    <span>
      {end.name}
      {end.region ? <Typography.Text type="secondary">（{end.region}）</Typography.Text> : null}
    </span>
  );
}

function columns(showMember: boolean): TableColumnsType<Transfer> {
  const all: TableColumnsType<Transfer> = [
    {
      title: '党员',
      key: 'member',
      width: 170,
      render: (_, transfer) => (
        <Flex vertical gap={2} align="start">
          <Link to={`/transfers/${transfer.id}`} onClick={(event) => event.stopPropagation()}>
            {transfer.member.name}
          </Link>
          {transfer.member.recentlyAdmitted && <RecentlyAdmittedTag />}
        </Flex>
      ),
    },
    { title: '类型', key: 'scope', width: 110, render: (_, transfer) => <TransferScopeTag scope={transfer.scope} /> },
    { title: '状态', key: 'state', width: 220, render: (_, transfer) => <TransferStatus transfer={transfer} /> },
    // Names of organizations elsewhere are long: they wrap rather than push the dates out of sight.
    { title: '转出', key: 'from', width: 220, render: (_, transfer) => <EndText end={transfer.from} /> },
    { title: '转入', key: 'to', width: 220, render: (_, transfer) => <EndText end={transfer.to} /> },
    { title: '申请日期', key: 'requestedOn', width: 110, render: (_, transfer) => formatDate(transfer.requestedOn) },
    {
      title: '介绍信有效期至',
      key: 'lastValidOn',
      width: 130,
      render: (_, transfer) =>
        transfer.letter ? (
          <Typography.Text type={transfer.letter.expired && transfer.state === 'ISSUED' ? 'danger' : undefined}>
            {formatDate(transfer.letter.lastValidOn)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  // On a member's page the member is known; the list says which transfer it is by its link.
  if (showMember) return all;
  return [
    {
      title: '转接',
      key: 'link',
      width: 80,
      render: (_, transfer) => (
        <Link to={`/transfers/${transfer.id}`} onClick={(event) => event.stopPropagation()}>
          查看
        </Link>
      ),
    },
    ...all.slice(1),
  ];
}

interface TransferTableProps {
  transfers: Transfer[];
  loading?: boolean;
  empty: ReactNode;
  /** False on a member's page, where every row is the same member. */
  showMember?: boolean;
  size?: 'small' | 'middle';
}

/** Transfers as a table; a row opens the transfer. */
export function TransferTable({ transfers, loading, empty, showMember = true, size = 'middle' }: TransferTableProps) {
  const navigate = useNavigate();
  return (
    <Table<Transfer>
      style={{ width: '100%' }}
      rowKey="id"
      size={size}
      loading={loading}
      columns={columns(showMember)}
      dataSource={transfers}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(transfer) => ({ onClick: () => navigate(`/transfers/${transfer.id}`), style: { cursor: 'pointer' } })}
      locale={{ emptyText: loading ? ' ' : empty }}
    />
  );
}
