import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { EmptyState, QueryState } from '../../../components/PageState';
import { useCan } from '../../../lib/permissions';
import { formatPercent, formatYuan } from '../../../lib/money';
import { registerExportUrl, useRegister, type DuesRegister, type OrganizationTreeNode } from '../api/dues';
import { tableFormatLabels } from '../labels';
import { PAY_WINDOW, currentMonth, payWindow } from '../months';
import { branchesOf, isBranch, registerBranch } from '../pageState';
import { PaymentModal, type PaymentTarget } from './PaymentModal';
import { RegisterGrid } from './RegisterGrid';

interface RegisterPanelProps {
  organization: OrganizationTreeNode | undefined;
  year: number;
  branchId: string | undefined;
  onBranchChange: (branchId: string) => void;
}

/** 登记表: the register of a branch (the organization, or one of its branches) for the year. */
export function RegisterPanel({ organization, year, branchId, onBranchChange }: RegisterPanelProps) {
  const branch = registerBranch(organization, branchId);
  const branches = branchesOf(organization);
  if (!organization) return null;
  return (
    <Flex vertical gap={16}>
      {!isBranch(organization) && (
        <Flex gap={8} align="center" wrap>
          <Typography.Text>党支部</Typography.Text>
          <Select<string>
            aria-label="党支部"
            value={branch?.id}
            onChange={onBranchChange}
            options={branches.map((candidate) => ({ value: candidate.id, label: `${candidate.name}（${candidate.code}）` }))}
            style={{ minWidth: 280 }}
            showSearch={{ optionFilterProp: 'label' }}
            notFoundContent="没有党支部"
          />
          <Typography.Text type="secondary">登记表按党支部编制</Typography.Text>
        </Flex>
      )}
      {branch ? (
        <BranchRegister key={`${branch.id}-${year}`} branch={branch} year={year} />
      ) : (
        <EmptyState description={`${organization.name}下没有党支部`} />
      )}
    </Flex>
  );
}

function BranchRegister({ branch, year }: { branch: OrganizationTreeNode; year: number }) {
  const query = useRegister(branch.id, year);
  const canPay = useCan('dues.write');
  const [target, setTarget] = useState<PaymentTarget>();
  const payWin = payWindow(currentMonth());
  return (
    <QueryState query={query}>
      {(register) => (
        <Flex vertical gap={16}>
          <RegisterSummary register={register} />
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Typography.Text type="secondary">
              {canPay
                ? `点击未交的月份登记交纳；按住并沿一行拖动可选同一党员连续几个月（补交最多 ${PAY_WINDOW.back} 个月，最早 ${payWin.earliest}；预交最多到 ${payWin.latest}）。`
                : '金额为已交党费（元）；“欠”为已过月份未交，空白为尚未到期，“—”为无需交纳。'}
            </Typography.Text>
            <Space>
              {(['XLSX', 'CSV'] as const).map((format) => (
                <Button key={format} icon={<DownloadOutlined />} href={registerExportUrl(branch.id, year, format)} download>
                  导出 {tableFormatLabels[format]}
                </Button>
              ))}
            </Space>
          </Flex>
          {register.rows.length === 0 ? (
            <EmptyState description={`${branch.name} ${year} 年没有党员`} />
          ) : (
            <RegisterGrid
              register={register}
              onPay={
                canPay
                  ? (row, fromMonth, toMonth) => setTarget({ member: row.member, branchId: branch.id, fromMonth, toMonth })
                  : undefined
              }
            />
          )}
          {canPay && <PaymentModal target={target} onClose={() => setTarget(undefined)} />}
        </Flex>
      )}
    </QueryState>
  );
}

function RegisterSummary({ register }: { register: DuesRegister }) {
  const owed = register.rows.reduce((sum, row) => sum + row.owedFen, 0);
  const owing = register.rows.filter((row) => row.owedFen > 0).length;
  return (
    <Card size="small">
      <Row gutter={16}>
        <Col xs={12} md={5}>
          <Statistic title={`${register.organization.name} · 党员`} value={register.rows.length} suffix="人" />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title="应交（截至本月，元）" value={formatYuan(register.dueFen)} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title="已交（元）" value={formatYuan(register.paidFen)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="收缴率" value={formatPercent(register.rate)} />
        </Col>
        <Col xs={24} md={5}>
          <Statistic
            title="欠交（元）"
            value={formatYuan(owed)}
            suffix={owing > 0 ? <Typography.Text type="secondary" style={{ fontSize: 14 }}>{`${owing} 人`}</Typography.Text> : undefined}
            styles={{ content: owed > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Col>
      </Row>
      {register.rows.length > 0 && register.rows.every((row) => row.cells.every((cell) => cell.state === 'NONE')) && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={`${register.year} 年尚无应交党费：请先在“核定”中为党员核定党费标准`}
        />
      )}
    </Card>
  );
}
