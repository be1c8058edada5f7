import type { Dayjs } from 'dayjs';
import { ApiError } from '../../api/problem';
import type { components } from '../../api/schema';
import { toApiDate } from '../../lib/dates';
import { parseYuan, yuanToFen } from '../../lib/money';
import { optionalText } from '../../lib/text';
import { duesCategoryBases, type DuesAdjustment, type DuesCategory, type DuesPaymentMethod } from './labels';
import type { Month } from './months';

type Schemas = components['schemas'];
type DuesPaymentInput = Schemas['DuesPaymentInput'];
type DuesBaseInput = Schemas['DuesBaseInput'];
type DuesStandardAdjustment = Schemas['DuesStandardAdjustment'];
type DuesRemittanceInput = Schemas['DuesRemittanceInput'];
type DuesExpenseInput = Schemas['DuesExpenseInput'];
type DuesReversalInput = Schemas['DuesReversalInput'];

/**
 * The dues forms' values and their conversions to the API's bodies. Amounts are typed in 元 and kept
 * as the typed string (fields ending in `Yuan`); the bodies carry integer fen. Pure, so what is sent is
 * tested without rendering a form.
 */

/** A typed amount the form has already validated, in fen. */
function fenOf(text: string | undefined, field: string): number {
  const parsed = parseYuan(text);
  if (!parsed.ok) throw new Error(`${field}: ${parsed.message}`);
  return parsed.fen;
}

/**
 * The server names amounts in fen (`amountFen`); the forms have them in 元 (`amountYuan`). A problem's
 * field errors are renamed so that they land next to the field the user typed.
 */
export const YUAN_FIELDS: Record<string, string> = { amountFen: 'amountYuan', baseFen: 'baseYuan', monthlyFen: 'monthlyYuan' };

export function withFormFieldNames(error: unknown, names: Record<string, string> = YUAN_FIELDS): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((item) => (item.field && names[item.field] ? { ...item, field: names[item.field] } : item)),
  });
}

// ---- 交纳党费 ----

export interface PaymentValues {
  fromMonth: Month;
  toMonth: Month;
  amountYuan: string;
  paidOn: Dayjs;
  method: DuesPaymentMethod;
  /** Transfer or WeChat/Alipay reference (not for cash). */
  reference?: string;
  /** 收款人 */
  collectedBy?: string;
  /** 代缴人 */
  paidBy?: string;
  receiptNumber?: string;
  /** Why the amount differs from the standards' sum. */
  reason?: string;
}

/**
 * Whether the payment needs a reason: its amount differs from what the standards give for the months.
 * Unknown (the expected sum could not be worked out, or the amount is not one yet): not required here;
 * the server still checks.
 */
export function reasonRequired(amountYuan: string | undefined, expectedFen: number | undefined): boolean {
  const fen = yuanToFen(amountYuan);
  return expectedFen !== undefined && fen !== undefined && fen !== expectedFen;
}

export function toPaymentBody(memberId: string, values: PaymentValues): DuesPaymentInput {
  return {
    memberId,
    kind: 'REGULAR',
    fromMonth: values.fromMonth,
    toMonth: values.toMonth,
    amountFen: fenOf(values.amountYuan, 'amountYuan'),
    paidOn: toApiDate(values.paidOn) ?? '',
    method: values.method,
    reference: values.method === 'CASH' ? undefined : optionalText(values.reference),
    collectedBy: optionalText(values.collectedBy),
    paidBy: optionalText(values.paidBy),
    receiptNumber: optionalText(values.receiptNumber),
    reason: optionalText(values.reason),
  };
}

// ---- 核定基数 ----

export interface BaseValues {
  category: DuesCategory;
  /** IN_WORK, RETIRED: the monthly income; FARMER: the amount the branch set. None for the fixed categories. */
  baseYuan?: string;
  fromMonth: Month;
  note?: string;
}

export function toBaseBody(memberId: string, values: BaseValues): DuesBaseInput {
  return {
    memberId,
    fromMonth: values.fromMonth,
    category: values.category,
    baseFen: duesCategoryBases[values.category].needsBase ? fenOf(values.baseYuan, 'baseYuan') : undefined,
    note: optionalText(values.note),
  };
}

// ---- 调整 ----

export interface AdjustValues {
  adjustment: DuesAdjustment;
  /** REDUCED and OVERRIDE: the amount per month. */
  monthlyYuan?: string;
  reason?: string;
  /** 上级党委批准文号, for REDUCED and EXEMPT. */
  approvalReference?: string;
}

/** Which fields an adjustment asks for. */
export function adjustmentNeeds(adjustment: DuesAdjustment): { amount: boolean; reason: boolean; approval: boolean } {
  return {
    amount: adjustment === 'REDUCED' || adjustment === 'OVERRIDE',
    reason: adjustment !== 'NONE',
    approval: adjustment === 'REDUCED' || adjustment === 'EXEMPT',
  };
}

export function toAdjustmentBody(values: AdjustValues): DuesStandardAdjustment {
  const needs = adjustmentNeeds(values.adjustment);
  return {
    adjustment: values.adjustment,
    monthlyFen: needs.amount ? fenOf(values.monthlyYuan, 'monthlyYuan') : undefined,
    reason: needs.reason ? optionalText(values.reason) : undefined,
    approvalReference: needs.approval ? optionalText(values.approvalReference) : undefined,
  };
}

// ---- 上缴, 使用, 冲销 ----

export interface RemittanceValues {
  organizationId: string;
  fromMonth: Month;
  toMonth: Month;
  amountYuan: string;
  remittedOn: Dayjs;
  reference?: string;
  note?: string;
}

export function toRemittanceBody(values: RemittanceValues): DuesRemittanceInput {
  return {
    organizationId: values.organizationId,
    fromMonth: values.fromMonth,
    toMonth: values.toMonth,
    amountFen: fenOf(values.amountYuan, 'amountYuan'),
    remittedOn: toApiDate(values.remittedOn) ?? '',
    reference: optionalText(values.reference),
    note: optionalText(values.note),
  };
}

export interface ExpenseValues {
  organizationId: string;
  spentOn: Dayjs;
  amountYuan: string;
  purpose: string;
  approvalReference?: string;
}

export function toExpenseBody(values: ExpenseValues): DuesExpenseInput {
  return {
    organizationId: values.organizationId,
    spentOn: toApiDate(values.spentOn) ?? '',
    amountFen: fenOf(values.amountYuan, 'amountYuan'),
    purpose: values.purpose.trim(),
    approvalReference: optionalText(values.approvalReference),
  };
}

export interface ReversalValues {
  reason: string;
}

export function toReversalBody(values: ReversalValues): DuesReversalInput {
  return { reason: values.reason.trim() };
}
