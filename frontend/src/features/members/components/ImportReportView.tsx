import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { importErrorsUrl, type ImportRowError, type MemberImportReport } from '../api/imports';

/** A dry run's or real run's counts, and the rows in error with a link to all of them as CSV. */
export function ImportReportView({ report }: { report: MemberImportReport }) {
  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col span={5}>
          <Statistic title="数据行" value={report.rows} suffix="行" />
        </Col>
        <Col span={5}>
          <Statistic title={report.dryRun ? '将新增' : '新增'} value={report.created} suffix="人" />
        </Col>
        <Col span={5}>
          <Statistic title={report.dryRun ? '将更新' : '更新'} value={report.updated} suffix="人" />
        </Col>
        <Col span={4}>
          <Statistic title="无变化" value={report.unchanged} suffix="人" />
        </Col>
        <Col span={5}>
          <Statistic
            title="错误"
            value={report.errorCount}
            suffix="处"
            styles={{ content: report.errorCount > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Col>
      </Row>
      {report.errorCount > 0 && <ImportErrors report={report} />}
    </Flex>
  );
}

function ImportErrors({ report }: { report: MemberImportReport }) {
  return (
    <Card
      size="small"
      title={`错误明细（${report.errorCount} 处）`}
      extra={
        <a href={importErrorsUrl(report)} download>
          <DownloadOutlined /> 下载全部错误明细（CSV）
        </a>
      }
    >
      <Flex vertical gap={8}>
        {report.errorsTruncated && (
          <Alert type="warning" showIcon title={`这里只列出前 ${report.errors.length} 处错误，全部错误请下载错误明细。`} />
        )}
        <Typography.Text type="secondary">行号与表格软件中显示的一致（表头为第 1 行）；一行可能有多处错误。</Typography.Text>
        <Table<ImportRowError>
          size="small"
          rowKey={(error) => `${error.row}-${error.column ?? ''}-${error.message}`}
          dataSource={report.errors}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            { title: '行号', dataIndex: 'row', width: 90, render: (row: number | undefined) => (row === undefined ? '—' : `第 ${row} 行`) },
            { title: '列', dataIndex: 'column', width: 160, render: (column: string | undefined) => column ?? '—' },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      </Flex>
    </Card>
  );
}
