import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorState } from '../../../components/PageState';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import { formatYuan } from '../../../lib/money';
import { useLedger, useReversePayment, type DuesPaymentView } from '../api/dues';
import { duesPaymentKindColors, duesPaymentKindLabels, duesPaymentMethodLabels } from '../labels';
import { monthRangeText } from '../months';
import { ReverseModal, type ReverseTarget } from './ReverseModal';

/** 收缴记录: the ledger below the organization for payments made in the year, newest first; 冲销 an entry. */
export function LedgerPanel({ organizationId, year }: { organizationId: string | undefined; year: number }) {
  const canWrite = useCan('dues.write');
  const query = useLedger(organizationId, year);
  const reverse = useReversePayment();
  const [reversing, setReversing] = useState<ReverseTarget>();
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];

  const months = (entry: DuesPaymentView) => (entry.fromMonth && entry.toMonth ? monthRangeText(entry.fromMonth, entry.toMonth) : '—');

  const columns: TableColumnsType<DuesPaymentView> = [
    { title: '交纳日期', key: 'paidOn', width: 110, render: (_, entry) => formatDate(entry.paidOn) },
    {
      title: '党员',
      key: 'member',
      width: 110,
      render: (_, entry) => <Link to={`/members/${entry.member.id}`}>{entry.member.name}</Link>,
    },
    { title: '所在党组织', key: 'organization', width: 170, render: (_, entry) => entry.organization.name },
    {
      title: '类型',
      key: 'kind',
      width: 110,
      render: (_, entry) => (
        <Flex gap={4} wrap>
          <Tag color={duesPaymentKindColors[entry.kind]} style={{ marginInlineEnd: 0 }}>
            {duesPaymentKindLabels[entry.kind]}
          </Tag>
          {entry.reversedBy && <Tag style={{ marginInlineEnd: 0 }}>已冲销</Tag>}
          {entry.forwardToCentre && (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              上交中央
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: '所交月份', key: 'months', width: 210, render: (_, entry) => <span style={{ whiteSpace: 'nowrap' }}>{months(entry)}</span> },
    {
      title: '金额（元）',
      key: 'amount',
      width: 100,
      align: 'right',
      render: (_, entry) => (
        <Typography.Text type={entry.amountFen < 0 ? 'danger' : undefined} delete={entry.reversedBy !== undefined}>
          {formatYuan(entry.amountFen)}
        </Typography.Text>
      ),
    },
    {
      title: '交纳方式',
      key: 'method',
      width: 110,
      render: (_, entry) => (entry.method ? duesPaymentMethodLabels[entry.method] : '—'),
    },
    {
      title: '收款人 / 代缴人',
      key: 'people',
      width: 130,
      render: (_, entry) => [entry.collectedBy, entry.paidBy && `${entry.paidBy}代缴`].filter(Boolean).join(' / ') || '—',
    },
    { title: '收据编号', key: 'receipt', width: 110, render: (_, entry) => entry.receiptNumber ?? '—' },
    { title: '原因 / 备注', key: 'reason', width: 200, render: (_, entry) => entry.reason ?? entry.reference ?? '—' },
    {
      title: '登记',
      key: 'recorded',
      width: 170,
      render: (_, entry) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {entry.recordedBy} · {formatDateTime(entry.recordedAt)}
        </Typography.Text>
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: '',
      key: 'reverse',
      width: 80,
      render: (_, entry) =>
        entry.kind !== 'REVERSAL' &&
        !entry.reversedBy && (
          <Button
            size="small"
            danger
            aria-label={`冲销：${entry.member.name} ${months(entry)}`}
            onClick={() =>
              setReversing({
                what: `${entry.member.name} ${months(entry)} ${duesPaymentKindLabels[entry.kind]} ${formatYuan(entry.amountFen)} 元`,
                effect:
                  entry.kind === 'REGULAR'
                    ? '冲销后原记录保留，这些月份重新计为未交；如金额或月份有误，冲销后重新登记。'
                    : '冲销后原记录保留，并记入一条金额相反的冲销记录。',
                reverse: (body) => reverse.mutateAsync({ id: entry.id, body }),
              })
            }
          >
            冲销
          </Button>
        ),
    });
  }

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Flex vertical gap={12} align="stretch">
      <Typography.Text type="secondary">{year} 年登记的党费收缴记录（含冲销），最新的在前。收缴记录不能修改或删除，有误请冲销后重新登记。</Typography.Text>
      <Table<DuesPaymentView>
        size="middle"
        rowKey={(entry) => entry.id}
        dataSource={entries}
        columns={columns}
        loading={query.isPending || (query.isFetching && !query.isFetchingNextPage)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description={`${year} 年还没有收缴记录`} /> }}
      />
      {entries.length > 0 && (
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          已显示 {entries.length} 条{query.hasNextPage ? '' : '，已全部加载'}
        </Typography.Text>
      )}
      {query.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            加载更多
          </Button>
        </Flex>
      )}
      {canWrite && <ReverseModal target={reversing} onClose={() => setReversing(undefined)} />}
    </Flex>
  );
}
