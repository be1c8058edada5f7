import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { useCan } from '../../../lib/permissions';
import { formatYuan } from '../../../lib/money';
import { useArrears, type DuesArrearsItem, type DuesArrearsReport } from '../api/dues';
import { arrearsLevelColors, arrearsLevelHints, arrearsLevelLabels } from '../labels';
import { PAY_WINDOW, currentMonth, monthRunsText, payWindow, payableRun } from '../months';
import { PaymentModal, type PaymentTarget } from './PaymentModal';

/** 欠缴: members below the organization with ended months unpaid, flagged first; 补交 from a row. */
export function ArrearsPanel({ organizationId }: { organizationId: string | undefined }) {
  const query = useArrears(organizationId);
  return <QueryState query={query}>{(report) => <ArrearsView report={report} />}</QueryState>;
}

function ArrearsView({ report }: { report: DuesArrearsReport }) {
  const canPay = useCan('dues.write');
  const [target, setTarget] = useState<PaymentTarget>();
  const payWin = payWindow(currentMonth());
  const owed = report.items.reduce((sum, item) => sum + item.owedFen, 0);
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="欠缴党员" value={report.items.length} suffix="人" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="欠缴金额（元）" value={formatYuan(owed)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={arrearsLevelLabels.WARNING}
              value={report.warnings}
              suffix="人"
              styles={{ content: report.warnings > 0 ? { color: '#d46b08' } : undefined }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={arrearsLevelLabels.FLAG}
              value={report.flags}
              suffix="人"
              styles={{ content: report.flags > 0 ? { color: '#cf1322' } : undefined }}
            />
          </Card>
        </Col>
      </Row>
      {report.flags > 0 && (
        <Alert
          type="error"
          showIcon
          title={`${report.flags} 名党员连续6个月未交纳党费：${arrearsLevelHints.FLAG}（党章第九条）`}
          description="如有正当理由（如长期患病、经批准免交），请在“核定”中办理免交或少交。"
        />
      )}
      <Table<DuesArrearsItem>
        size="middle"
        rowKey={(item) => item.member.id}
        dataSource={report.items}
        pagination={report.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description="没有欠缴党费的党员" /> }}
        columns={[
          {
            title: '党员',
            key: 'member',
            width: 120,
            render: (_, item) => <Link to={`/members/${item.member.id}`}>{item.member.name}</Link>,
          },
          { title: '所在党组织', key: 'organization', width: 200, render: (_, item) => item.organization.name },
          {
            title: '提醒',
            key: 'level',
            width: 240,
            render: (_, item) => (
              <Flex vertical gap={2} align="start">
                <Tag color={arrearsLevelColors[item.level]} style={{ marginInlineEnd: 0 }}>
                  {arrearsLevelLabels[item.level]}
                </Tag>
                {item.level === 'FLAG' && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {arrearsLevelHints.FLAG}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: '欠缴月份',
            key: 'months',
            render: (_, item) => (
              <Flex vertical gap={2}>
                <span>{monthRunsText(item.months)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  共 {item.months.length} 个月，最长连续 {item.longestRun} 个月
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: '欠缴金额（元）',
            key: 'owed',
            width: 130,
            align: 'right',
            render: (_, item) => <Typography.Text type="danger">{formatYuan(item.owedFen)}</Typography.Text>,
          },
          ...(canPay
            ? [
                {
                  title: '',
                  key: 'pay',
                  width: 100,
                  render: (_: unknown, item: DuesArrearsItem) => {
                    const run = payableRun(item.months, payWin);
                    if (!run) {
                      return (
                        <Tooltip title={`欠缴月份都已超过补交期限（最多补交 ${PAY_WINDOW.back} 个月），请提交支部研究处理`}>
                          <Button size="small" disabled>
                            补交
                          </Button>
                        </Tooltip>
                      );
                    }
                    return (
                      <Button
                        size="small"
                        aria-label={`补交：${item.member.name}`}
                        onClick={() =>
                          setTarget({ member: item.member, branchId: item.organization.id, fromMonth: run.from, toMonth: run.to })
                        }
                      >
                        补交
                      </Button>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      {canPay && <PaymentModal target={target} onClose={() => setTarget(undefined)} />}
    </Flex>
  );
}
