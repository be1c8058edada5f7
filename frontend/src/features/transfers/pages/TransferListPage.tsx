import { ImportOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState } from '../../../components/PageState';
import { useCan } from '../../../lib/permissions';
import { useFilteredTransfers, useInbox, type Transfer } from '../api/transfers';
import { IncomingTransferModal } from '../components/IncomingTransferModal';
import { OverduePanel } from '../components/OverduePanel';
import { TransferFilterForm } from '../components/TransferFilterForm';
import { TransferTable } from '../components/TransferTable';
import {
  emptyTransferFilters,
  isTransferFiltered,
  overdueOrganizationFromSearchParams,
  searchParamsFromTransferFilters,
  transferFiltersFromSearchParams,
  type TransferFilters,
} from '../filters';

const TABS = ['inbox', 'all', 'overdue'] as const;
type TabKey = (typeof TABS)[number];

/** /transfers — 组织关系转接: 待我办理 (default), 全部转接 (?tab=all&state=…), 超期提醒 (?tab=overdue[&org=…]); 登记转入. */
export function TransferListPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  const tab: TabKey = TABS.includes(tabParam as TabKey) ? (tabParam as TabKey) : 'inbox';
  const canWrite = useCan('transfers.write');
  const [registering, setRegistering] = useState(false);

  const filters = useMemo(() => transferFiltersFromSearchParams(searchParams), [searchParams]);
  const applyFilters = (next: TransferFilters) => setSearchParams({ tab: 'all', ...searchParamsFromTransferFilters(next) });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            组织关系转接
          </Typography.Title>
          <Typography.Text type="secondary">
            一端在本组织及下级的转接。发起转接请在党员详情页办理；外地转入的党员在此登记介绍信。
          </Typography.Text>
        </Flex>
        {canWrite && (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setRegistering(true)}>
            登记转入
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        // Each tab keeps nothing of another's address; the filters belong to 全部转接.
        onChange={(key) => setSearchParams(key === 'inbox' ? {} : { tab: key })}
        destroyOnHidden
        items={[
          { key: 'inbox', label: '待我办理', children: <InboxTab /> },
          { key: 'all', label: '全部转接', children: <AllTab filters={filters} onApply={applyFilters} /> },
          { key: 'overdue', label: '超期提醒', children: <OverduePanel organizationId={overdueOrganizationFromSearchParams(searchParams)} /> },
        ]}
      />
      {canWrite && (
        <IncomingTransferModal
          open={registering}
          onClose={() => setRegistering(false)}
          onCreated={(transfer) => navigate(`/transfers/${transfer.id}`)}
        />
      )}
    </Flex>
  );
}

/** A paged list of transfers: the table, "加载更多", or the error. */
function PagedTransfers({ query, empty }: { query: ReturnType<typeof useInbox>; empty: ReactNode }) {
  const transfers: Transfer[] = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Flex vertical gap={12} align="center">
      <TransferTable transfers={transfers} loading={query.isPending || (query.isFetching && !query.isFetchingNextPage)} empty={empty} />
      {transfers.length > 0 && (
        <Typography.Text type="secondary">
          已显示 {transfers.length} 件{query.hasNextPage ? '' : '，已全部加载'}
        </Typography.Text>
      )}
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          加载更多
        </Button>
      )}
    </Flex>
  );
}

function InboxTab() {
  const query = useInbox();
  return <PagedTransfers query={query} empty={<EmptyState description="没有等待本组织办理的转接" />} />;
}

function AllTab({ filters, onApply }: { filters: TransferFilters; onApply: (filters: TransferFilters) => void }) {
  const query = useFilteredTransfers(filters);
  return (
    <Flex vertical gap={16}>
      <TransferFilterForm filters={filters} onApply={onApply} />
      <PagedTransfers
        query={query}
        empty={
          isTransferFiltered(filters) ? (
            <EmptyState description="没有符合条件的转接">
              <Button onClick={() => onApply(emptyTransferFilters)}>清除筛选</Button>
            </EmptyState>
          ) : (
            <EmptyState description="还没有组织关系转接" />
          )
        }
      />
    </Flex>
  );
}
