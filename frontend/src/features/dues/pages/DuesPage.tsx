import { Flex, Select, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { EmptyState, ErrorState, LoadingState } from '../../../components/PageState';
import { useSession } from '../../../lib/session';
import { useDuesOrganizationTree } from '../api/dues';
import { AccountsPanel } from '../components/AccountsPanel';
import { ArrearsPanel } from '../components/ArrearsPanel';
import { LedgerPanel } from '../components/LedgerPanel';
import { RegisterPanel } from '../components/RegisterPanel';
import { StandardsPanel } from '../components/StandardsPanel';
import { currentYear } from '../months';
import {
  findNode,
  pageStateFromSearchParams,
  searchParamsFromPageState,
  yearChoices,
  type DuesPageState,
  type DuesTab,
} from '../pageState';

/**
 * /dues — 党费: an organization (its subtree) and a year, and the tabs 登记表 (a branch's register with
 * quick payments), 欠缴, 核定, 收缴记录 and 上缴与使用. Everything chosen lives in the address.
 */
export function DuesPage() {
  const session = useSession();
  const tree = useDuesOrganizationTree();
  const [searchParams, setSearchParams] = useSearchParams();
  const thisYear = currentYear();
  const state = useMemo(() => pageStateFromSearchParams(searchParams, thisYear), [searchParams, thisYear]);
  const roots = tree.data?.roots;
  // An organization outside the tree (an old link) falls back to the caller's own.
  const organization = findNode(roots ?? [], state.organizationId) ?? findNode(roots ?? [], session?.organization.id) ?? roots?.[0];

  const go = (next: Partial<DuesPageState>) => setSearchParams(searchParamsFromPageState({ ...state, ...next }, thisYear));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="end" gap={16} wrap>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            党费
          </Typography.Title>
          <Typography.Text type="secondary">按月收缴、按规定上缴和使用，每年公示一次（中组发〔2008〕3号）。金额单位为元。</Typography.Text>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <div style={{ width: 320 }}>
            <OrganizationTreeSelect
              value={organization?.id}
              onChange={(id) => id && go({ organizationId: id, branchId: undefined })}
              roots={roots}
              loading={tree.isPending}
              failed={tree.isError}
              isDisabled={(node) => node.type === 'PARTY_GROUP'}
              placeholder="选择党组织"
            />
          </div>
          <Select<number>
            aria-label="年度"
            value={state.year}
            onChange={(year) => go({ year })}
            options={yearChoices(thisYear).map((year) => ({ value: year, label: `${year} 年` }))}
            style={{ width: 110 }}
          />
        </Flex>
      </Flex>
      {tree.isPending ? (
        <LoadingState />
      ) : tree.isError ? (
        <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
      ) : !organization ? (
        <EmptyState description="没有可查看的党组织" />
      ) : (
        <Tabs
          activeKey={state.tab}
          onChange={(key) => go({ tab: key as DuesTab })}
          destroyOnHidden
          items={[
            {
              key: 'register',
              label: '登记表',
              children: (
                <RegisterPanel
                  organization={organization}
                  year={state.year}
                  branchId={state.branchId}
                  onBranchChange={(branchId) => go({ branchId })}
                />
              ),
            },
            { key: 'arrears', label: '欠缴', children: <ArrearsPanel organizationId={organization.id} /> },
            { key: 'standards', label: '核定', children: <StandardsPanel organization={organization} year={state.year} /> },
            { key: 'ledger', label: '收缴记录', children: <LedgerPanel organizationId={organization.id} year={state.year} /> },
            { key: 'accounts', label: '上缴与使用', children: <AccountsPanel organization={organization} year={state.year} /> },
          ]}
        />
      )}
    </Flex>
  );
}
