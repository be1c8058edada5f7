import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Modal, Result, Row, Select, Spin, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, problemMessage } from '../../../api/problem';
import type { components } from '../../../api/schema';
import {
  BASE_IMPORT_ACCEPT,
  baseImportContentType,
  baseTemplateUrl,
  invalidateDues,
  uploadBaseImport,
  type DuesBaseImportReport,
} from '../api/dues';
import { duesCategoryLabels, tableFormatLabels } from '../labels';
import { monthsOfYear } from '../months';

type FieldError = components['schemas']['FieldError'];

/**
 * The base import's steps: 选择文件 → 预检 (a dry run: the report, every bad row) → 导入 (all rows or,
 * with any bad row, none) → 完成.
 */
type Phase =
  | { step: 'choose'; error?: string }
  | { step: 'checking' }
  | { step: 'checked'; report: DuesBaseImportReport }
  | { step: 'importing'; report: DuesBaseImportReport }
  | { step: 'rejected'; errors: FieldError[]; message: string }
  | { step: 'done'; report: DuesBaseImportReport };

const STEP_INDEX: Record<Phase['step'], number> = { choose: 0, checking: 1, checked: 1, rejected: 1, importing: 2, done: 3 };

/** 导入基数: many members' categories and bases from a CSV or XLSX file (the template's columns). */
export function BaseImportModal({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  return (
    <Modal open={open} title="导入党费基数" onCancel={onClose} footer={null} width={760} destroyOnHidden mask={{ closable: false }}>
      <BaseImportSteps year={year} onClose={onClose} />
    </Modal>
  );
}

function BaseImportSteps({ year, onClose }: { year: number; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [file, setFile] = useState<File>();
  const [fromMonth, setFromMonth] = useState(`${year}-01`);

  const check = async () => {
    if (!file) return;
    setPhase({ step: 'checking' });
    try {
      setPhase({ step: 'checked', report: await uploadBaseImport(file, { dryRun: true, fromMonth }) });
    } catch (error) {
      setPhase({ step: 'choose', error: problemMessage(error) });
    }
  };

  const runImport = async (checked: DuesBaseImportReport) => {
    if (!file) return;
    setPhase({ step: 'importing', report: checked });
    try {
      const report = await uploadBaseImport(file, { dryRun: false, fromMonth });
      setPhase({ step: 'done', report });
      void invalidateDues(queryClient);
    } catch (error) {
      // 422: some rows were refused and nothing was written; the problem lists them.
      if (error instanceof ApiError && error.problem.status === 422 && error.problem.errors?.length) {
        setPhase({ step: 'rejected', errors: error.problem.errors, message: problemMessage(error) });
      } else {
        setPhase({ step: 'checked', report: checked });
        modal.error({ title: '导入失败', content: problemMessage(error) });
      }
    }
  };

  return (
    <Flex vertical gap={16} style={{ marginTop: 16 }}>
      <Steps size="small" current={STEP_INDEX[phase.step]} items={['选择文件', '预检', '导入', '完成'].map((title) => ({ title }))} />
      {phase.step === 'choose' && (
        <>
          <Alert
            type="info"
            showIcon
            title="请使用导入模板填写"
            description={
              <Flex vertical gap={4}>
                <span>
                  按身份证号（或名册导出中的系统编号）匹配党员，姓名如填写会核对。党费类别填写：
                  {Object.values(duesCategoryLabels).join('、').replace('低保/救济', '低保、救济')}；月收入基数以元为单位（如 6500.00）；开始月份格式为 YYYY-MM。
                </span>
                <Flex gap={16}>
                  {(['XLSX', 'CSV'] as const).map((format) => (
                    <a key={format} href={baseTemplateUrl(format)} download>
                      <DownloadOutlined /> 下载 {tableFormatLabels[format]} 模板
                    </a>
                  ))}
                </Flex>
              </Flex>
            }
          />
          <Upload.Dragger
            accept={BASE_IMPORT_ACCEPT}
            multiple={false}
            maxCount={1}
            fileList={file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              if (baseImportContentType(chosen.name) === undefined) return Upload.LIST_IGNORE;
              setFile(chosen);
              setPhase({ step: 'choose' });
              // Never uploaded by the component: the dry run uploads it.
              return false;
            }}
            onRemove={() => {
              setFile(undefined);
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽文件到此处</p>
            <p className="ant-upload-hint">支持 .xlsx 和 .csv（UTF-8 或 GBK）文件，一次一个</p>
          </Upload.Dragger>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>没有填写开始月份的行从</Typography.Text>
            <Select
              aria-label="默认开始月份"
              value={fromMonth}
              onChange={setFromMonth}
              options={monthsOfYear(year).map((month) => ({ value: month, label: month }))}
              style={{ width: 120 }}
            />
            <Typography.Text>起按新基数交纳</Typography.Text>
          </Flex>
          {phase.error && <Alert type="error" showIcon title={phase.error} />}
          <Flex justify="end" gap={8}>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" disabled={!file} onClick={() => void check()}>
              开始预检
            </Button>
          </Flex>
        </>
      )}
      {(phase.step === 'checking' || phase.step === 'importing') && (
        <Flex vertical align="center" gap={8} style={{ padding: 32 }}>
          <Spin />
          <Typography.Text type="secondary">
            {file?.name} · {phase.step === 'checking' ? '正在检查每一行…' : '正在写入党费标准…'}
          </Typography.Text>
        </Flex>
      )}
      {phase.step === 'checked' && (
        <>
          <ReportCounts report={phase.report} />
          {phase.report.errorCount === 0 ? (
            <Alert type="success" showIcon title={`${file?.name ?? ''}：预检通过，可以导入`} />
          ) : (
            <>
              <Alert type="warning" showIcon title={`${file?.name ?? ''}：有 ${phase.report.errorCount} 处错误，请修改文件后重新预检`} description="有错误时不能导入；导入在一次操作中完成，任何一行有错误都不会写入。" />
              <RowErrors errors={phase.report.errors} />
            </>
          )}
          <Flex justify="end" gap={8}>
            <Button onClick={() => setPhase({ step: 'choose' })}>重新选择文件</Button>
            <Button type="primary" disabled={phase.report.errorCount > 0} onClick={() => void runImport(phase.report)}>
              确认导入
            </Button>
          </Flex>
        </>
      )}
      {phase.step === 'rejected' && (
        <>
          <Alert type="error" showIcon title={`导入未执行：${phase.message}`} description="未写入任何数据。请修改文件后重新预检。" />
          <RowErrors errors={phase.errors} />
          <Flex justify="end">
            <Button onClick={() => setPhase({ step: 'choose' })}>重新选择文件</Button>
          </Flex>
        </>
      )}
      {phase.step === 'done' && (
        <Result
          status="success"
          title="导入完成"
          subTitle={`新增 ${phase.report.created} 条，更新 ${phase.report.updated} 条，${phase.report.unchanged} 条无变化（共 ${phase.report.rows} 行）。`}
          extra={
            <Button type="primary" onClick={onClose}>
              完成
            </Button>
          }
        />
      )}
    </Flex>
  );
}

function ReportCounts({ report }: { report: DuesBaseImportReport }) {
  const will = report.dryRun ? '将' : '';
  return (
    <Row gutter={16}>
      <Col span={5}>
        <Statistic title="数据行" value={report.rows} suffix="行" />
      </Col>
      <Col span={5}>
        <Statistic title={`${will}新增`} value={report.created} suffix="条" />
      </Col>
      <Col span={5}>
        <Statistic title={`${will}更新`} value={report.updated} suffix="条" />
      </Col>
      <Col span={4}>
        <Statistic title="无变化" value={report.unchanged} suffix="条" />
      </Col>
      <Col span={5}>
        <Statistic title="错误" value={report.errorCount} suffix="处" styles={{ content: report.errorCount > 0 ? { color: '#cf1322' } : undefined }} />
      </Col>
    </Row>
  );
}

function RowErrors({ errors }: { errors: FieldError[] }) {
  return (
    <Table<FieldError>
      size="small"
      rowKey={(error) => `${error.row ?? ''}-${error.column ?? ''}-${error.message}`}
      dataSource={errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: '行号', dataIndex: 'row', width: 90, render: (row: number | undefined) => (row === undefined ? '—' : `第 ${row} 行`) },
        { title: '列', dataIndex: 'column', width: 160, render: (column: string | undefined) => column ?? '—' },
        { title: '问题', dataIndex: 'message' },
      ]}
      footer={() => <Typography.Text type="secondary">行号与表格软件中显示的一致（表头为第 1 行）。</Typography.Text>}
    />
  );
}
