import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { FormModal } from '../../../components/FormModal';
import { today } from '../../../lib/dates';
import { formatYuan, yuanRule } from '../../../lib/money';
import { useRecordPayment, useRegisters } from '../api/dues';
import { reasonRequired, toPaymentBody, type PaymentValues } from '../duesForm';
import { duesPaymentMethodLabels, optionsOf } from '../labels';
import { PAY_WINDOW, addMonths, compareMonths, currentMonth, monthRangeText, monthsFrom, payWindow, type Month } from '../months';
import { expectedFor, yearsOf } from '../register';
import { showFormProblem } from './showFormProblem';
import { useLastDefined } from './useLastDefined';

export interface PaymentTarget {
  member: { id: string; name: string };
  /** The member's branch: its registers give what the months come to. */
  branchId: string;
  fromMonth: Month;
  toMonth: Month;
}

const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });

/**
 * 交纳党费 for one member and a run of months (a month, 补交 up to 6 months back, 预交 up to a quarter),
 * prefilled with the months chosen and what the standards give for them. An amount that differs from
 * that needs a reason. `target` undefined: closed.
 */
export function PaymentModal({ target, onClose }: { target: PaymentTarget | undefined; onClose: () => void }) {
  // The last target stays on screen while the modal closes.
  const shown = useLastDefined(target);
  const { message } = App.useApp();
  const pay = useRecordPayment();
  if (!shown) return null;
  return (
    <FormModal<PaymentValues>
      open={target !== undefined}
      title={`交纳党费：${shown.member.name}`}
      okText="登记交纳"
      width={600}
      onClose={onClose}
      initialValues={{ fromMonth: shown.fromMonth, toMonth: shown.toMonth, paidOn: today(), method: 'CASH' }}
      onValuesChange={(changed, all, form) => {
        // A run of months: the end is never before the start.
        if ('fromMonth' in changed && all.toMonth && compareMonths(all.toMonth, all.fromMonth) < 0) {
          form.setFieldsValue({ toMonth: all.fromMonth });
        }
        if ('toMonth' in changed && all.fromMonth && compareMonths(all.toMonth, all.fromMonth) < 0) {
          form.setFieldsValue({ fromMonth: all.toMonth });
        }
      }}
      onSubmit={async (values, { idempotencyKey }) => {
        const body = toPaymentBody(shown.member.id, values);
        await pay.mutateAsync({ body, idempotencyKey });
        message.success(`已登记${shown.member.name} ${monthRangeText(values.fromMonth, values.toMonth)}的党费 ${formatYuan(body.amountFen)} 元`);
      }}
      onError={(error, form) => showFormProblem(error, message, form)}
    >
      <PaymentFields target={shown} />
    </FormModal>
  );
}

function PaymentFields({ target }: { target: PaymentTarget }) {
  const form = Form.useFormInstance<PaymentValues>();
  const fromMonth = Form.useWatch('fromMonth', form) ?? target.fromMonth;
  const toMonth = Form.useWatch('toMonth', form) ?? target.toMonth;
  const amountYuan = Form.useWatch('amountYuan', form);
  const method = Form.useWatch('method', form);

  const current = currentMonth();
  const payable = payWindow(current);
  const months = monthsFrom(payable.earliest, payable.latest);
  const monthOptions = months.map((month) => ({ value: month, label: month }));

  const years = useMemo(() => yearsOf(fromMonth, toMonth), [fromMonth, toMonth]);
  const registers = useRegisters(target.branchId, years);
  const loading = registers.some((query) => query.isPending);
  const failed = registers.some((query) => query.isError);
  const expected = expectedFor(
    registers.map((query) => query.data),
    target.member.id,
    fromMonth,
    toMonth,
  );
  const expectedFen = loading || failed ? undefined : expected.fen;

  // The amount follows what the months come to until the user types another. (setFieldsValue marks a
  // field touched, so the last amount filled in here is what tells the two apart.)
  const filled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (expectedFen === undefined) return;
    const typed = form.getFieldValue('amountYuan') as string | undefined;
    if (typed !== undefined && typed !== '' && typed !== filled.current) return;
    filled.current = formatYuan(expectedFen);
    form.setFieldsValue({ amountYuan: filled.current });
  }, [expectedFen, form]);

  const needsReason = reasonRequired(amountYuan, expectedFen);
  const count = compareMonths(fromMonth, toMonth) <= 0 ? monthsFrom(fromMonth, toMonth).length : 0;

  return (
    <>
      <Typography.Paragraph type="secondary">
        可补交最近 {PAY_WINDOW.back} 个月（最早 {payable.earliest}），可预交到 {payable.latest}。一次交纳的月份须连续且都未交纳。
      </Typography.Paragraph>
      <Flex gap={12} align="start">
        <Form.Item name="fromMonth" label="起始月份" rules={[{ required: true, message: '请选择起始月份' }]} style={{ flex: 1 }}>
          <Select<Month> options={monthOptions} />
        </Form.Item>
        <Form.Item name="toMonth" label="结束月份" rules={[{ required: true, message: '请选择结束月份' }]} style={{ flex: 1 }}>
          <Select<Month> options={monthOptions} />
        </Form.Item>
      </Flex>
      <Flex gap={8} style={{ marginTop: -12, marginBottom: 12 }}>
        <Button size="small" type="link" onClick={() => form.setFieldsValue({ fromMonth: current, toMonth: current })}>
          只交本月
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => form.setFieldsValue({ fromMonth: current, toMonth: addMonths(current, 2) })}
        >
          本月起预交一季度
        </Button>
      </Flex>
      {expected.paid.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={`${expected.paid.join('、')} 的党费已交纳，请重新选择月份`} />
      )}
      {failed && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="无法读取该党员的党费标准，请按标准填写金额，系统将在提交时核对" />
      )}
      {!loading && !failed && expected.unknown.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`登记表中没有该党员 ${expected.unknown.join('、')} 的党费标准`} />
      )}
      <Form.Item
        name="amountYuan"
        label="金额（元）"
        required
        rules={[yuanRule({ label: '金额' })]}
        extra={
          loading
            ? '正在按标准计算应交金额…'
            : expectedFen !== undefined
              ? `按标准应交 ${formatYuan(expectedFen)} 元（${count} 个月）`
              : undefined
        }
      >
        <Input inputMode="decimal" autoComplete="off" suffix="元" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="金额不同的原因"
        required={needsReason}
        dependencies={['amountYuan', 'fromMonth', 'toMonth']}
        rules={[
          { required: needsReason, whitespace: true, message: '金额与按标准应交的金额不同，请填写原因' },
          max(500),
        ]}
        extra={needsReason && expectedFen !== undefined ? `金额与按标准应交的 ${formatYuan(expectedFen)} 元不同，须填写原因` : undefined}
      >
        <Input.TextArea rows={2} placeholder="如 经支部同意按季度合并交纳、以前月份少交补足" />
      </Form.Item>
      <Flex gap={12} align="start">
        <Form.Item name="paidOn" label="交纳日期" rules={[{ required: true, message: '请选择交纳日期' }]} style={{ flex: 1 }}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} />
        </Form.Item>
        <Form.Item name="method" label="交纳方式" rules={[{ required: true, message: '请选择交纳方式' }]} style={{ flex: 1 }}>
          <Select options={optionsOf(duesPaymentMethodLabels)} />
        </Form.Item>
      </Flex>
      {method !== undefined && method !== 'CASH' && (
        <Form.Item name="reference" label="转账或支付流水号" rules={[max(100)]}>
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Flex gap={12} align="start">
        <Form.Item name="collectedBy" label="收款人" rules={[max(50)]} style={{ flex: 1 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="paidBy" label="代缴人" extra="他人代为交纳时填写" rules={[max(50)]} style={{ flex: 1 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="receiptNumber" label="收据编号" rules={[max(50)]} style={{ flex: 1 }}>
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
    </>
  );
}
