import { Alert, App, Descriptions, Form, Input, Radio, Select, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/problem';
import { FormModal } from '../../../components/FormModal';
import { formatYuan, yuanRule } from '../../../lib/money';
import { etagOf, invalidateDues, useAdjustStandard, useSetBase, type DuesMemberRef, type DuesStandardView } from '../api/dues';
import {
  adjustmentNeeds,
  toAdjustmentBody,
  toBaseBody,
  type AdjustValues,
  type BaseValues,
} from '../duesForm';
import { duesAdjustmentLabels, duesCategoryBases, duesCategoryLabels, formatBasisPoints, optionsOf } from '../labels';
import { monthsOfYear, type Month } from '../months';
import { showFormProblem } from './showFormProblem';
import { useLastDefined } from './useLastDefined';

const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });

export interface SetBaseTarget {
  member: DuesMemberRef;
  year: number;
  /** The standard the member has now in the year, for the form's starting values. */
  latest?: DuesStandardView;
}

/** 核定: a member's category and base from a month; the server's table gives the monthly amount. */
export function SetBaseModal({ target: asked, onClose }: { target: SetBaseTarget | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const setBase = useSetBase();
  const target = useLastDefined(asked);
  const latest = target?.latest;
  return (
    <FormModal<BaseValues>
      open={asked !== undefined}
      title={target ? `核定党费：${target.member.name}` : '核定党费'}
      okText="核定"
      width={520}
      onClose={onClose}
      initialValues={
        target && {
          category: latest?.category ?? 'IN_WORK',
          baseYuan: latest?.baseFen !== undefined ? formatYuan(latest.baseFen) : undefined,
          fromMonth: `${target.year}-01`,
        }
      }
      onSubmit={async (values) => {
        if (!target) return;
        const standard = await setBase.mutateAsync(toBaseBody(target.member.id, values));
        message.success(
          `已核定${target.member.name}自 ${standard.fromMonth} 起每月交纳党费 ${formatYuan(standard.monthlyFen)} 元` +
            (standard.adjustment !== 'NONE' ? `（已调整为${duesAdjustmentLabels[standard.adjustment]}，按标准为 ${formatYuan(standard.computedFen)} 元）` : ''),
        );
      }}
      onError={(error, form) => showFormProblem(error, message, form)}
    >
      {target && <BaseFields year={target.year} />}
    </FormModal>
  );
}

function BaseFields({ year }: { year: number }) {
  const form = Form.useFormInstance<BaseValues>();
  const category = Form.useWatch('category', form) ?? 'IN_WORK';
  const base = duesCategoryBases[category];
  return (
    <>
      <Typography.Paragraph type="secondary">
        按中组发〔2008〕3号的标准计算每月应交金额：在职党员按每月税后工资收入，离退休党员按离退休费；学生、下岗失业、享受低保或救济的党员每月
        0.20 元。年初按上年收入核定；工资变动从发放当月起调整。
      </Typography.Paragraph>
      <Form.Item name="category" label="党费类别" rules={[{ required: true, message: '请选择党费类别' }]}>
        <Select options={optionsOf(duesCategoryLabels)} />
      </Form.Item>
      {base.needsBase ? (
        <Form.Item
          name="baseYuan"
          label={category === 'FARMER' ? '月交纳金额（元）' : '月收入基数（元）'}
          extra={base.hint}
          required
          rules={[yuanRule({ label: category === 'FARMER' ? '月交纳金额' : '月收入基数', ...(category === 'FARMER' ? { min: 20, max: 100 } : {}) })]}
        >
          <Input inputMode="decimal" autoComplete="off" suffix="元" placeholder={category === 'FARMER' ? '0.20–1.00' : '如 6500.00'} />
        </Form.Item>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 24 }} title={`${duesCategoryLabels[category]}：${base.hint}，无需填写基数`} />
      )}
      <Form.Item name="fromMonth" label="起始月份" extra="从该月起按此标准交纳" rules={[{ required: true, message: '请选择起始月份' }]}>
        <Select<Month> options={monthsOfYear(year).map((month) => ({ value: month, label: month }))} />
      </Form.Item>
      <Form.Item name="note" label="备注（可选）" rules={[max(500)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

export interface AdjustTarget {
  member: DuesMemberRef;
  standard: DuesStandardView;
}

/** What the user is told when the standard changed since it was read (412). */
export const STALE_STANDARD_MESSAGE = '该党费标准已被他人修改，已重新加载，请核对后再提交';

/** 少交, 免交 (with the upper committee's 文号), another amount by hand, or back to the table. Audited. */
export function AdjustModal({ target: asked, onClose }: { target: AdjustTarget | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const target = useLastDefined(asked);
  const queryClient = useQueryClient();
  const adjust = useAdjustStandard();
  const standard = target?.standard;
  return (
    <FormModal<AdjustValues>
      open={asked !== undefined}
      title={target ? `调整党费：${target.member.name}` : '调整党费'}
      okText="保存调整"
      width={560}
      onClose={onClose}
      initialValues={
        standard && {
          adjustment: standard.adjustment === 'NONE' ? 'REDUCED' : standard.adjustment,
          monthlyYuan: standard.adjustment === 'NONE' ? undefined : formatYuan(standard.monthlyFen),
          reason: standard.reason,
          approvalReference: standard.approvalReference,
        }
      }
      onSubmit={async (values) => {
        if (!target) return;
        const result = await adjust.mutateAsync({ id: target.standard.id, body: toAdjustmentBody(values), etag: etagOf(target.standard.version) });
        message.success(`已调整${target.member.name}的党费：每月 ${formatYuan(result.monthlyFen)} 元（${duesAdjustmentLabels[result.adjustment]}）`);
      }}
      onError={async (error, form) => {
        if (error instanceof ApiError && error.problem.status === 412) {
          message.warning(STALE_STANDARD_MESSAGE);
          await invalidateDues(queryClient);
          onClose();
          return true;
        }
        return showFormProblem(error, message, form);
      }}
    >
      {standard && (
        <>
          <Descriptions
            size="small"
            column={2}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'from', label: '起始月份', children: standard.fromMonth },
              { key: 'category', label: '党费类别', children: duesCategoryLabels[standard.category] },
              { key: 'base', label: '基数', children: standard.baseFen !== undefined ? `${formatYuan(standard.baseFen)} 元` : '—' },
              { key: 'rate', label: '比例', children: formatBasisPoints(standard.basisPoints) },
              { key: 'computed', label: '按标准每月', children: `${formatYuan(standard.computedFen)} 元` },
              { key: 'monthly', label: '现每月交纳', children: `${formatYuan(standard.monthlyFen)} 元` },
            ]}
          />
          <AdjustFields />
        </>
      )}
    </FormModal>
  );
}

function AdjustFields() {
  const form = Form.useFormInstance<AdjustValues>();
  const adjustment = Form.useWatch('adjustment', form) ?? 'REDUCED';
  const needs = adjustmentNeeds(adjustment);
  return (
    <>
      <Form.Item name="adjustment" label="调整方式" rules={[{ required: true, message: '请选择调整方式' }]}>
        <Radio.Group
          optionType="button"
          options={(['REDUCED', 'EXEMPT', 'OVERRIDE', 'NONE'] as const).map((value) => ({
            value,
            label: value === 'NONE' ? '恢复按标准' : duesAdjustmentLabels[value],
          }))}
        />
      </Form.Item>
      {needs.approval && (
        <Typography.Paragraph type="secondary">少交或免交须经党支部研究，报上一级党委批准。</Typography.Paragraph>
      )}
      {needs.amount && (
        <Form.Item name="monthlyYuan" label="每月交纳金额（元）" required rules={[yuanRule({ label: '每月交纳金额' })]}>
          <Input inputMode="decimal" autoComplete="off" suffix="元" />
        </Form.Item>
      )}
      {needs.approval && (
        <Form.Item
          name="approvalReference"
          label="上级党委批准文号"
          rules={[{ required: true, whitespace: true, message: '请填写上级党委的批准文号' }, max(100)]}
        >
          <Input autoComplete="off" placeholder="如 幸福街党工委〔2026〕12号" />
        </Form.Item>
      )}
      {needs.reason && (
        <Form.Item name="reason" label="调整原因" rules={[{ required: true, whitespace: true, message: '请填写调整原因' }, max(500)]}>
          <Input.TextArea rows={2} placeholder="如 长期患病，生活困难" />
        </Form.Item>
      )}
      {adjustment === 'NONE' && <Alert type="info" showIcon style={{ marginBottom: 24 }} title="恢复按标准计算的金额，原调整原因和批准文号不再保留在标准上（审计日志中可查）" />}
    </>
  );
}
