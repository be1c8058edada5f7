import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Flex, Progress, Result, Steps, Tooltip, Typography, Upload } from 'antd';
import { useEffect, useReducer, useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, problemMessage } from '../../../api/problem';
import {
  IMPORT_ACCEPT,
  fetchImportReport,
  importContentType,
  importTemplateUrl,
  reportIdOf,
  uploadMemberImport,
} from '../api/imports';
import { invalidateRoster } from '../api/members';
import { ImportReportView } from '../components/ImportReportView';
import { canProceed, importReducer, initialImportState, stepOf, type ImportState } from '../importWizard';
import { importOutcomeLabels } from '../labels';

const STEPS = ['选择文件', '预检', '确认导入', '导入', '完成'].map((title) => ({ title }));

/** What went wrong with an upload, for the person who chose the file. */
function uploadFailure(error: unknown): string {
  if (error instanceof ApiError && error.problem.status === 413) {
    return error.problem.detail ?? '文件太大，超过了服务器允许的导入大小。请把文件拆分成几个较小的文件，分别导入。';
  }
  if (error instanceof ApiError && error.problem.status === 415) {
    return '只能导入 .csv 或 .xlsx 文件（请使用导入模板）。';
  }
  // A server that refuses a large body may close the connection before it answers.
  if (error instanceof TypeError) return '上传中断：无法连接服务器，或文件超过了服务器允许的大小。请检查网络后重试。';
  return problemMessage(error);
}

/** /members/import — 批量导入: choose a file, check it (dry run), confirm, import, see the result. */
export function MemberImportPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(importReducer<File>, undefined, () => initialImportState<File>());
  // An upload in flight is abandoned when the page is left.
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const upload = (file: File, dryRun: boolean, idempotencyKey?: string) => {
    abort.current?.abort();
    abort.current = new AbortController();
    return uploadMemberImport(file, {
      dryRun,
      idempotencyKey,
      signal: abort.current.signal,
      onProgress: (fraction) => dispatch({ type: 'progress', fraction }),
    });
  };

  const check = async () => {
    if (!state.file) return;
    dispatch({ type: 'check' });
    try {
      dispatch({ type: 'checked', report: await upload(state.file, true) });
    } catch (error) {
      if (isAbort(error)) return;
      dispatch({ type: 'failed', message: uploadFailure(error) });
    }
  };

  const runImport = async () => {
    if (!state.file || !state.idempotencyKey) return;
    dispatch({ type: 'import' });
    try {
      const report = await upload(state.file, false, state.idempotencyKey);
      dispatch({ type: 'imported', report });
      void invalidateRoster(queryClient);
    } catch (error) {
      if (isAbort(error)) return;
      // 422: some rows were refused and nothing was written; the problem names the report with the rows.
      const reportId = error instanceof ApiError && error.problem.status === 422 ? reportIdOf(error) : undefined;
      if (reportId) {
        try {
          dispatch({ type: 'rejected', report: await fetchImportReport(reportId) });
          return;
        } catch {
          // fall through: show the problem itself
        }
      }
      dispatch({ type: 'failed', message: uploadFailure(error) });
    }
  };

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'list', title: <Link to="/members">党员名册</Link> },
          { key: 'import', title: '批量导入' },
        ]}
      />
      <Flex vertical>
        <Typography.Title level={3} style={{ margin: 0 }}>
          批量导入党员
        </Typography.Title>
        <Typography.Text type="secondary">
          先预检整个文件，全部通过后才能导入；导入在一次操作中完成，任何一行有错误都不会写入。按身份证号匹配：已有的党员会被更新。
        </Typography.Text>
      </Flex>
      <Card>
        <Steps current={stepOf(state.phase)} items={STEPS} style={{ marginBottom: 24 }} />
        <StepContent
          state={state}
          onChoose={(file) => dispatch({ type: 'choose', file })}
          onClear={() => dispatch({ type: 'clear' })}
          onCheck={() => void check()}
          onBack={() => dispatch({ type: 'back' })}
          onProceed={() => dispatch({ type: 'proceed', idempotencyKey: crypto.randomUUID() })}
          onImport={() => void runImport()}
          onRestart={() => dispatch({ type: 'restart' })}
          onOpenList={() => navigate('/members')}
        />
      </Card>
    </Flex>
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

interface StepContentProps {
  state: ImportState;
  onChoose: (file: File) => void;
  onClear: () => void;
  onCheck: () => void;
  onBack: () => void;
  onProceed: () => void;
  onImport: () => void;
  onRestart: () => void;
  onOpenList: () => void;
}

function StepContent({ state, onChoose, onClear, onCheck, onBack, onProceed, onImport, onRestart, onOpenList }: StepContentProps) {
  const error = state.error && <Alert type="error" showIcon title={state.error} />;
  switch (state.phase) {
    case 'choose':
      return (
        <Flex vertical gap={16}>
          <Templates />
          <Upload.Dragger
            accept={IMPORT_ACCEPT}
            multiple={false}
            maxCount={1}
            fileList={state.file ? [{ uid: 'chosen', name: state.file.name, size: state.file.size, status: 'done' }] : []}
            beforeUpload={(file) => {
              if (importContentType(file.name) === undefined) return Upload.LIST_IGNORE;
              onChoose(file);
              // Never uploaded by the component: the wizard uploads it for the dry run.
              return false;
            }}
            onRemove={() => {
              onClear();
              return true;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽文件到此处</p>
            <p className="ant-upload-hint">支持 .xlsx 和 .csv（UTF-8）文件，一次一个</p>
          </Upload.Dragger>
          {error}
          <Flex justify="end">
            <Button type="primary" disabled={!state.file} onClick={onCheck}>
              开始预检
            </Button>
          </Flex>
        </Flex>
      );
    case 'checking':
      return <UploadProgress state={state} uploading="正在上传文件…" working="正在检查每一行…" />;
    case 'checked': {
      const report = state.report;
      const clean = canProceed(report);
      return (
        <Flex vertical gap={16}>
          {error}
          {report && (
            <Alert
              type={clean ? 'success' : 'warning'}
              showIcon
              title={`${state.file?.name ?? ''}：${importOutcomeLabels[report.outcome]}`}
              description={
                clean
                  ? '所有行都符合要求，可以导入。'
                  : '请按错误明细修改文件（可下载错误明细对照），保存后重新选择文件预检。有错误时不能导入。'
              }
            />
          )}
          {report && <ImportReportView report={report} />}
          <Flex justify="end" gap={8}>
            <Button onClick={onBack}>重新选择文件</Button>
            <Tooltip title={clean ? undefined : '文件中还有错误，修改后重新预检'}>
              <Button type="primary" disabled={!clean} onClick={onProceed}>
                下一步
              </Button>
            </Tooltip>
          </Flex>
        </Flex>
      );
    }
    case 'confirm': {
      const report = state.report;
      return (
        <Flex vertical gap={16}>
          {error}
          <Alert
            type="info"
            showIcon
            title="确认导入"
            description={
              report
                ? `将导入 ${state.file?.name ?? ''}：新增 ${report.created} 人，更新 ${report.updated} 人，${report.unchanged} 人无变化（共 ${report.rows} 行）。导入后新增和更新的党员立即进入名册，且会记入审计日志。`
                : undefined
            }
          />
          <Flex justify="end" gap={8}>
            <Button onClick={onBack}>上一步</Button>
            <Button type="primary" onClick={onImport}>
              {state.error ? '重试导入' : '确认导入'}
            </Button>
          </Flex>
        </Flex>
      );
    }
    case 'importing':
      return <UploadProgress state={state} uploading="正在上传文件…" working="上传完成，正在写入名册…" />;
    case 'done': {
      const report = state.report;
      return (
        <Result
          status="success"
          title="导入完成"
          subTitle={report ? `新增 ${report.created} 人，更新 ${report.updated} 人，${report.unchanged} 人无变化（共 ${report.rows} 行）。` : undefined}
          extra={[
            <Button key="list" type="primary" onClick={onOpenList}>
              查看党员名册
            </Button>,
            <Button key="again" onClick={onRestart}>
              继续导入
            </Button>,
          ]}
        />
      );
    }
  }
}

function UploadProgress({ state, uploading, working }: { state: ImportState; uploading: string; working: string }) {
  const sent = state.progress >= 1;
  return (
    <Flex vertical gap={8} align="center" style={{ padding: '24px 0' }}>
      <Progress
        percent={Math.round(state.progress * 100)}
        status="active"
        style={{ maxWidth: 480 }}
        aria-label="上传进度"
      />
      <Typography.Text type="secondary">
        {state.file?.name} · {sent ? working : uploading}
      </Typography.Text>
    </Flex>
  );
}

/** 导入模板 links: the headers the import reads, as Excel or CSV. */
function Templates() {
  return (
    <Alert
      type="info"
      showIcon
      title="请使用导入模板填写"
      description={
        <Flex vertical gap={4}>
          <span>
            必填列：姓名、身份证号、入党日期、党员状态、所在党支部编码。性别、学历、党员状态等填写中文（如“男”“大学本科”“预备党员”），多个特殊群体用“、”分隔，日期格式为
            YYYY-MM-DD。
          </span>
          <Flex gap={16}>
            <a href={importTemplateUrl('XLSX')} download>
              <DownloadOutlined /> 下载 Excel 模板
            </a>
            <a href={importTemplateUrl('CSV')} download>
              <DownloadOutlined /> 下载 CSV 模板
            </a>
          </Flex>
        </Flex>
      }
    />
  );
}
