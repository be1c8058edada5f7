import { CalculatorOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { showProblem } from '../../../api/problem';
import { NotConfirmed, confirmOrCancel } from '../../../components/confirm';
import { EmptyState, ErrorState } from '../../../components/PageState';
import { useCan } from '../../../lib/permissions';
import { formatYuan } from '../../../lib/money';
import { useComputeStandards, useStandards, type DuesStandardReviewRow, type DuesStandardView, type OrganizationTreeNode } from '../api/dues';
import { duesAdjustmentColors, duesAdjustmentLabels, duesCategoryLabels, formatBasisPoints } from '../labels';
import { BaseImportModal } from './BaseImportModal';
import { AdjustModal, SetBaseModal, type AdjustTarget, type SetBaseTarget } from './StandardModals';

/** 核定: the members below the organization with the year's standards; set bases, adjust, recompute, import. */
export function StandardsPanel({ organization, year }: { organization: OrganizationTreeNode | undefined; year: number }) {
  const { message, modal } = App.useApp();
  const { token } = theme.useToken();
  const canWrite = useCan('dues.write');
  const query = useStandards(organization?.id, year);
  const compute = useComputeStandards();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [setting, setSetting] = useState<SetBaseTarget>();
  const [adjusting, setAdjusting] = useState<AdjustTarget>();
  const [importing, setImporting] = useState(false);

  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  const missing = rows.filter((row) => row.missing).length;
  const shown = onlyMissing ? rows.filter((row) => row.missing) : rows;

  const recompute = async () => {
    if (!organization) return;
    try {
      await confirmOrCancel(modal, {
        title: `重新计算 ${year} 年的党费标准？`,
        content: `按现行标准重新计算${organization.name}（含下级）党员 ${year} 年的月交纳金额；手工调整的金额保持不变，下岗失业党员自动按每月 0.20 元核定。`,
        okText: '重新计算',
      });
      const result = await compute.mutateAsync({ organizationId: organization.id, year });
      message.success(
        `已重新计算 ${result.members} 名党员：新核定 ${result.created} 人，金额变化 ${result.changed} 条，未变 ${result.unchanged} 条` +
          (result.missing > 0 ? `；还有 ${result.missing} 人未核定基数` : ''),
      );
    } catch (error) {
      if (!(error instanceof NotConfirmed)) showProblem(error, message);
    }
  };

  /** One line per standard of the year (a member with a wage change has two). */
  const lines = (row: DuesStandardReviewRow, render: (standard: DuesStandardView) => ReactNode) =>
    row.missing ? (
      '—'
    ) : (
      <Flex vertical gap={4}>
        {row.standards.map((standard) => (
          <span key={standard.id}>{render(standard)}</span>
        ))}
      </Flex>
    );

  const columns: TableColumnsType<DuesStandardReviewRow> = [
    {
      title: '党员',
      key: 'member',
      width: 150,
      fixed: 'left',
      render: (_, row) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/members/${row.member.id}`}>{row.member.name}</Link>
          {row.missing && (
            <Tag color="error" style={{ marginInlineEnd: 0 }}>
              未核定
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: '所在党组织', key: 'organization', width: 180, render: (_, row) => row.organization.name },
    { title: '起始月份', key: 'from', width: 90, render: (_, row) => lines(row, (standard) => standard.fromMonth) },
    { title: '党费类别', key: 'category', width: 90, render: (_, row) => lines(row, (standard) => duesCategoryLabels[standard.category]) },
    {
      title: '月收入基数（元）',
      key: 'base',
      width: 130,
      align: 'right',
      render: (_, row) => lines(row, (standard) => (standard.baseFen !== undefined ? formatYuan(standard.baseFen) : '—')),
    },
    { title: '比例', key: 'rate', width: 70, align: 'right', render: (_, row) => lines(row, (standard) => formatBasisPoints(standard.basisPoints)) },
    {
      title: '月交纳（元）',
      key: 'monthly',
      width: 110,
      align: 'right',
      render: (_, row) =>
        lines(row, (standard) =>
          standard.monthlyFen !== standard.computedFen ? (
            <span title={`按标准 ${formatYuan(standard.computedFen)} 元`}>
              <Typography.Text strong>{formatYuan(standard.monthlyFen)}</Typography.Text>
              <Typography.Text type="secondary" delete style={{ marginInlineStart: 4, fontSize: 12 }}>
                {formatYuan(standard.computedFen)}
              </Typography.Text>
            </span>
          ) : (
            formatYuan(standard.monthlyFen)
          ),
        ),
    },
    {
      title: '调整',
      key: 'adjustment',
      width: 200,
      render: (_, row) =>
        lines(row, (standard) =>
          standard.adjustment === 'NONE' ? (
            <Typography.Text type="secondary">{duesAdjustmentLabels.NONE}</Typography.Text>
          ) : (
            <span title={[standard.reason, standard.approvalReference && `批准文号 ${standard.approvalReference}`].filter(Boolean).join('；')}>
              <Tag color={duesAdjustmentColors[standard.adjustment]}>{duesAdjustmentLabels[standard.adjustment]}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {standard.approvalReference ?? standard.reason}
              </Typography.Text>
            </span>
          ),
        ),
    },
    ...(canWrite
      ? [
          {
            title: '',
            key: 'actions',
            width: 150,
            render: (_: unknown, row: DuesStandardReviewRow) => (
              <Flex vertical gap={4} align="start">
                <Button
                  size="small"
                  type={row.missing ? 'primary' : 'default'}
                  aria-label={`核定：${row.member.name}`}
                  onClick={() => setSetting({ member: row.member, year, latest: row.standards[row.standards.length - 1] })}
                >
                  核定
                </Button>
                {row.standards.map((standard) => (
                  <Button
                    key={standard.id}
                    size="small"
                    type="link"
                    style={{ padding: 0 }}
                    aria-label={`调整：${row.member.name} ${standard.fromMonth}`}
                    onClick={() => setAdjusting({ member: row.member, standard })}
                  >
                    调整{row.standards.length > 1 ? `（${standard.fromMonth}起）` : ''}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={16} align="center" wrap>
          <Typography.Text type="secondary">
            {query.isPending
              ? '正在加载…'
              : `已列出 ${rows.length} 名党员${query.hasNextPage ? '' : '（全部）'}，其中 ${missing} 人未核定 ${year} 年党费`}
          </Typography.Text>
          <Checkbox checked={onlyMissing} onChange={(event) => setOnlyMissing(event.target.checked)}>
            只看未核定
          </Checkbox>
        </Flex>
        {canWrite && (
          <Flex gap={8} wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入基数
            </Button>
            <Button icon={<CalculatorOutlined />} loading={compute.isPending} onClick={() => void recompute()}>
              重新计算
            </Button>
          </Flex>
        )}
      </Flex>
      <Table<DuesStandardReviewRow>
        size="middle"
        rowKey={(row) => row.member.id}
        dataSource={shown}
        columns={columns}
        loading={query.isPending || (query.isFetching && !query.isFetchingNextPage)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => (row.missing ? { style: { background: token.colorWarningBg } } : {})}
        locale={{ emptyText: <EmptyState description={onlyMissing ? '没有未核定的党员' : '没有党员'} /> }}
      />
      {query.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            加载更多
          </Button>
        </Flex>
      )}
      {canWrite && (
        <>
          <SetBaseModal target={setting} onClose={() => setSetting(undefined)} />
          <AdjustModal target={adjusting} onClose={() => setAdjusting(undefined)} />
          <BaseImportModal open={importing} year={year} onClose={() => setImporting(false)} />
        </>
      )}
    </Flex>
  );
}
