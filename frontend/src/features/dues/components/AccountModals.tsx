import { App, DatePicker, Flex, Form, Input, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { today } from '../../../lib/dates';
import { formatYuan, yuanRule } from '../../../lib/money';
import { useRecordExpense, useRecordRemittance, type DuesBalanceRow, type OrganizationTreeNode } from '../api/dues';
import {
  toExpenseBody,
  toRemittanceBody,
  type ExpenseValues,
  type RemittanceValues,
} from '../duesForm';
import { compareMonths, monthsOfYear, type Month } from '../months';
import { showFormProblem } from './showFormProblem';

const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });

interface AccountModalProps {
  open: boolean;
  onClose: () => void;
  /** The organizations that may record it (the chosen subtree). */
  organizations: OrganizationTreeNode[];
  /** The organization chosen on the page, the form's starting value. */
  organizationId: string;
  year: number;
  /** The year's balances, for the hints (应上缴未缴, 结余). */
  balances: DuesBalanceRow[] | undefined;
}

function organizationOptions(organizations: OrganizationTreeNode[]) {
  return organizations.map((organization) => ({ value: organization.id, label: `${organization.name}（${organization.code}）` }));
}

/** A date in the year (not after today) as the form's default: today, or the year's last day for a past year. */
function dayInYear(year: number) {
  const now = today();
  return now.year() === year ? now : now.year(year).month(11).date(31);
}

/** 登记上缴: what an organization handed to its upper committee (the parent) for a run of months. */
export function RemittanceModal({ open, onClose, organizations, organizationId, year, balances }: AccountModalProps) {
  const { message } = App.useApp();
  const remit = useRecordRemittance();
  // The street's own remittance upward is not kept here.
  const choices = organizations.filter((organization) => organization.type !== 'STREET_WORKING_COMMITTEE');
  return (
    <FormModal<RemittanceValues>
      open={open}
      title="登记上缴党费"
      okText="登记上缴"
      width={560}
      onClose={onClose}
      initialValues={{
        organizationId: choices.some((organization) => organization.id === organizationId) ? organizationId : choices[0]?.id,
        fromMonth: `${year}-01`,
        toMonth: `${year}-12`,
        remittedOn: dayInYear(year),
      }}
      onValuesChange={(changed, all, form) => {
        if ('fromMonth' in changed && all.toMonth && compareMonths(all.toMonth, all.fromMonth) < 0) form.setFieldsValue({ toMonth: all.fromMonth });
      }}
      onSubmit={async (values, { idempotencyKey }) => {
        const body = toRemittanceBody(values);
        await remit.mutateAsync({ body, idempotencyKey });
        message.success(`已登记上缴 ${formatYuan(body.amountFen)} 元`);
      }}
      onError={(error, form) => showFormProblem(error, message, form)}
    >
      <Form.Item name="organizationId" label="上缴的党组织" extra="上缴给其上级党委" rules={[{ required: true, message: '请选择党组织' }]}>
        <Select options={organizationOptions(choices)} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <MonthRange year={year} />
      <AmountField balances={balances} hint={(row) => `应上缴未缴 ${formatYuan(row.toRemitFen)} 元`} />
      <Form.Item name="remittedOn" label="上缴日期" rules={[{ required: true, message: '请选择上缴日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} />
      </Form.Item>
      <Form.Item name="reference" label="凭证号" rules={[max(100)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label="备注（可选）" rules={[max(500)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** 登记使用: what an organization spent from the dues it keeps, and on what. */
export function ExpenseModal({ open, onClose, organizations, organizationId, year, balances }: AccountModalProps) {
  const { message } = App.useApp();
  const spend = useRecordExpense();
  return (
    <FormModal<ExpenseValues>
      open={open}
      title="登记党费使用"
      okText="登记使用"
      width={560}
      onClose={onClose}
      initialValues={{ organizationId, spentOn: dayInYear(year) }}
      onSubmit={async (values, { idempotencyKey }) => {
        const body = toExpenseBody(values);
        await spend.mutateAsync({ body, idempotencyKey });
        message.success(`已登记党费使用 ${formatYuan(body.amountFen)} 元`);
      }}
      onError={(error, form) => showFormProblem(error, message, form)}
    >
      <Form.Item name="organizationId" label="使用的党组织" rules={[{ required: true, message: '请选择党组织' }]}>
        <Select options={organizationOptions(organizations)} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="spentOn" label="使用日期" rules={[{ required: true, message: '请选择使用日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} />
      </Form.Item>
      <AmountField balances={balances} hint={(row) => `结余 ${formatYuan(row.balanceFen)} 元`} />
      <Form.Item name="purpose" label="用途" rules={[{ required: true, whitespace: true, message: '请填写用途' }, max(200)]}>
        <Input autoComplete="off" placeholder="如 慰问困难党员、订阅党报党刊、培训党员" />
      </Form.Item>
      <Form.Item name="approvalReference" label="审批文号（可选）" rules={[max(100)]}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}

function MonthRange({ year }: { year: number }) {
  const options = monthsOfYear(year).map((month) => ({ value: month, label: month }));
  return (
    <Flex gap={12}>
      <Form.Item name="fromMonth" label="起始月份" rules={[{ required: true, message: '请选择起始月份' }]} style={{ flex: 1 }}>
        <Select<Month> options={options} />
      </Form.Item>
      <Form.Item name="toMonth" label="结束月份" rules={[{ required: true, message: '请选择结束月份' }]} style={{ flex: 1 }}>
        <Select<Month> options={options} />
      </Form.Item>
    </Flex>
  );
}

/** 金额（元）, with what the chosen organization's balances say about it. */
function AmountField({ balances, hint }: { balances: DuesBalanceRow[] | undefined; hint: (row: DuesBalanceRow) => string }) {
  const form = Form.useFormInstance<{ organizationId?: string }>();
  const organizationId = Form.useWatch('organizationId', form);
  const row = balances?.find((candidate) => candidate.organization.id === organizationId);
  return (
    <Form.Item name="amountYuan" label="金额（元）" required extra={row ? hint(row) : undefined} rules={[yuanRule({ positive: true })]}>
      <Input inputMode="decimal" autoComplete="off" suffix="元" />
    </Form.Item>
  );
}
