import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState, ErrorState, QueryState } from '../../../components/PageState';
import { formatDate } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import { formatYuan } from '../../../lib/money';
import {
  bookExportUrl,
  disclosureExportUrl,
  disclosurePrintUrl,
  useBalances,
  useDisclosure,
  useExpenses,
  useRemittances,
  useReverseExpense,
  useReverseRemittance,
  type DuesAccountEntry,
  type DuesBalanceRow,
  type DuesDisclosure,
  type OrganizationTreeNode,
} from '../api/dues';
import { tableFormatLabels } from '../labels';
import { monthRangeText } from '../months';
import { subtree } from '../pageState';
import { ExpenseModal, RemittanceModal } from './AccountModals';
import { ReverseModal, type ReverseTarget } from './ReverseModal';

/**
 * 上缴与使用: the organization's 公示 for the year (print, export), the dues account of every
 * organization of its subtree, and the remittances and expenses recorded below it.
 */
export function AccountsPanel({ organization, year }: { organization: OrganizationTreeNode; year: number }) {
  const canWrite = useCan('dues.write');
  const balances = useBalances(organization.id, year);
  const [dialog, setDialog] = useState<'remit' | 'spend' | null>(null);
  const [reversing, setReversing] = useState<ReverseTarget>();
  const organizations = subtree(organization).filter((node) => !node.archived && node.type !== 'PARTY_GROUP');
  const modalProps = {
    onClose: () => setDialog(null),
    organizations,
    organizationId: organization.id,
    year,
    balances: balances.data?.rows,
  };

  return (
    <Flex vertical gap={24}>
      <DisclosureCard organization={organization} year={year} />
      <section>
        <Typography.Title level={5}>党费账户</Typography.Title>
        <QueryState query={balances}>{(data) => <BalancesTable rows={data.rows} />}</QueryState>
      </section>
      <EntriesSection
        title="上缴记录"
        kind="remit"
        organizationId={organization.id}
        year={year}
        canWrite={canWrite}
        onAdd={() => setDialog('remit')}
        onReverse={setReversing}
      />
      <EntriesSection
        title="党费使用"
        kind="spend"
        organizationId={organization.id}
        year={year}
        canWrite={canWrite}
        onAdd={() => setDialog('spend')}
        onReverse={setReversing}
      />
      {canWrite && (
        <>
          <RemittanceModal open={dialog === 'remit'} {...modalProps} />
          <ExpenseModal open={dialog === 'spend'} {...modalProps} />
          <ReverseModal target={reversing} onClose={() => setReversing(undefined)} />
        </>
      )}
    </Flex>
  );
}

function DisclosureCard({ organization, year }: { organization: OrganizationTreeNode; year: number }) {
  const query = useDisclosure(organization.id, year);
  return (
    <Card
      title={`${organization.name} ${year} 年党费收缴使用情况`}
      extra={
        <Space wrap>
          <Button icon={<PrinterOutlined />} href={disclosurePrintUrl(organization.id, year)} target="_blank" rel="noopener">
            打印公示
          </Button>
          <Button icon={<DownloadOutlined />} href={disclosureExportUrl(organization.id, year, 'XLSX')} download>
            导出公示 Excel
          </Button>
          {(['XLSX', 'CSV'] as const).map((format) => (
            <Button key={format} icon={<DownloadOutlined />} href={bookExportUrl(organization.id, year, format)} download>
              账簿 {tableFormatLabels[format]}
            </Button>
          ))}
        </Space>
      }
    >
      <QueryState query={query}>{(disclosure) => <DisclosureFigures disclosure={disclosure} />}</QueryState>
    </Card>
  );
}

function DisclosureFigures({ disclosure }: { disclosure: DuesDisclosure }) {
  const figures: [string, number][] = [
    ['上年结转（元）', disclosure.openingFen],
    ['收缴党费（元）', disclosure.collectedFen],
    ['下级上缴（元）', disclosure.receivedFen],
    ['上缴党费（元）', disclosure.remittedFen],
    ['使用党费（元）', disclosure.spentFen],
    ['年末结余（元）', disclosure.closingFen],
  ];
  return (
    <Flex vertical gap={12}>
      <Row gutter={[16, 16]}>
        {figures.map(([title, fen]) => (
          <Col key={title} xs={12} md={8} xl={4}>
            <Statistic title={title} value={formatYuan(fen)} />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">
        {`交纳党费 ${disclosure.payers} 人`}
        {disclosure.voluntaryFen > 0 ? `，其中自愿多交 ${formatYuan(disclosure.voluntaryFen)} 元` : ''}
        {`；上缴 ${disclosure.remittances.length} 笔，使用 ${disclosure.expenses.length} 笔。每年向党员公布一次党费收缴、使用情况。`}
      </Typography.Text>
    </Flex>
  );
}

function BalancesTable({ rows }: { rows: DuesBalanceRow[] }) {
  const money = (title: string, pick: (row: DuesBalanceRow) => number) => ({
    title,
    key: title,
    width: 110,
    align: 'right' as const,
    render: (_: unknown, row: DuesBalanceRow) => formatYuan(pick(row)),
  });
  return (
    <Table<DuesBalanceRow>
      size="small"
      rowKey={(row) => row.organization.id}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyState /> }}
      columns={[
        { title: '党组织', key: 'organization', render: (_, row) => row.organization.name },
        money('上年结转', (row) => row.openingFen),
        money('收缴', (row) => row.collectedFen),
        money('下级上缴', (row) => row.receivedFen),
        money('上缴', (row) => row.remittedFen),
        money('使用', (row) => row.spentFen),
        money('结余', (row) => row.balanceFen),
        {
          title: '应上缴未缴',
          key: 'toRemit',
          width: 110,
          align: 'right',
          render: (_, row) => <Typography.Text type={row.toRemitFen > 0 ? 'warning' : undefined}>{formatYuan(row.toRemitFen)}</Typography.Text>,
        },
      ]}
    />
  );
}

interface EntriesSectionProps {
  title: string;
  kind: 'remit' | 'spend';
  organizationId: string;
  year: number;
  canWrite: boolean;
  onAdd: () => void;
  onReverse: (target: ReverseTarget) => void;
}

function EntriesSection({ title, kind, organizationId, year, canWrite, onAdd, onReverse }: EntriesSectionProps) {
  const remittances = useRemittances(kind === 'remit' ? organizationId : undefined, year);
  const expenses = useExpenses(kind === 'spend' ? organizationId : undefined, year);
  const reverseRemittance = useReverseRemittance();
  const reverseExpense = useReverseExpense();
  const query = kind === 'remit' ? remittances : expenses;
  const entries = query.data?.items ?? [];

  const describe = (entry: DuesAccountEntry) =>
    kind === 'remit'
      ? `${entry.organization.name}上缴${entry.fromMonth && entry.toMonth ? ` ${monthRangeText(entry.fromMonth, entry.toMonth)}` : ''} ${formatYuan(entry.amountFen)} 元`
      : `${entry.organization.name}“${entry.purpose ?? ''}” ${formatYuan(entry.amountFen)} 元`;

  const columns: TableColumnsType<DuesAccountEntry> = [
    { title: '日期', key: 'on', width: 110, render: (_, entry) => formatDate(entry.on) },
    { title: '党组织', key: 'organization', width: 180, render: (_, entry) => entry.organization.name },
    ...(kind === 'remit'
      ? [
          { title: '上缴给', key: 'to', width: 160, render: (_: unknown, entry: DuesAccountEntry) => entry.to?.name ?? '—' },
          {
            title: '所属月份',
            key: 'months',
            width: 190,
            render: (_: unknown, entry: DuesAccountEntry) => (
              <span style={{ whiteSpace: 'nowrap' }}>{entry.fromMonth && entry.toMonth ? monthRangeText(entry.fromMonth, entry.toMonth) : '—'}</span>
            ),
          },
        ]
      : [{ title: '用途', key: 'purpose', width: 200, render: (_: unknown, entry: DuesAccountEntry) => entry.purpose ?? '—' }]),
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
      title: '凭证 / 备注',
      key: 'reference',
      width: 180,
      render: (_, entry) => [entry.reference, entry.note].filter(Boolean).join('；') || (entry.reversesId ? '冲销' : '—'),
    },
    { title: '登记人', key: 'recordedBy', width: 150, render: (_, entry) => entry.recordedBy },
  ];
  if (canWrite) {
    columns.push({
      title: '',
      key: 'reverse',
      width: 80,
      render: (_, entry) =>
        entry.reversesId === undefined &&
        entry.reversedBy === undefined && (
          <Button
            size="small"
            danger
            onClick={() =>
              onReverse({
                what: describe(entry),
                effect: '冲销后原记录保留，并记入一条金额相反的冲销记录。',
                reverse: (body) =>
                  kind === 'remit' ? reverseRemittance.mutateAsync({ id: entry.id, body }) : reverseExpense.mutateAsync({ id: entry.id, body }),
              })
            }
          >
            冲销
          </Button>
        ),
    });
  }

  return (
    <section>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {canWrite && (
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {kind === 'remit' ? '登记上缴' : '登记使用'}
          </Button>
        )}
      </Flex>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<DuesAccountEntry>
          size="small"
          rowKey={(entry) => entry.id}
          dataSource={entries}
          columns={columns}
          loading={query.isPending}
          pagination={entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState description={`${year} 年没有${title}`} /> }}
        />
      )}
    </section>
  );
}
