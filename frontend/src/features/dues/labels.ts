import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type DuesCategory = Schemas['DuesCategory'];
export type DuesAdjustment = Schemas['DuesAdjustment'];
export type DuesPaymentKind = Schemas['DuesPaymentKind'];
export type DuesPaymentMethod = Schemas['DuesPaymentMethod'];
export type ArrearsLevel = Schemas['ArrearsLevel'];
export type DuesRegisterCellState = Schemas['DuesRegisterCellState'];
export type TableFormat = Schemas['TableFormat'];

/**
 * The labels of the dues feature's enum codes, in one place. Records make a new code a type error
 * here. The category labels are the words the base import reads (党费类别).
 */

/** 党费类别 (中组发〔2008〕3号): how the monthly amount is found. */
export const duesCategoryLabels: Record<DuesCategory, string> = {
  IN_WORK: '在职',
  RETIRED: '离退休',
  STUDENT: '学生',
  UNEMPLOYED: '下岗失业',
  RELIEF: '低保/救济',
  FARMER: '农民',
};

/** What the base means for each category; categories with a fixed amount need none. */
export const duesCategoryBases: Record<DuesCategory, { needsBase: boolean; hint: string }> = {
  IN_WORK: { needsBase: true, hint: '每月税后工资收入' },
  RETIRED: { needsBase: true, hint: '每月离退休费' },
  STUDENT: { needsBase: false, hint: '每月 0.20 元' },
  UNEMPLOYED: { needsBase: false, hint: '每月 0.20 元' },
  RELIEF: { needsBase: false, hint: '每月 0.20 元' },
  FARMER: { needsBase: true, hint: '党支部确定的月交纳金额，0.20–1.00 元' },
};

/** 调整 (少交/免交 need the upper committee's approval). */
export const duesAdjustmentLabels: Record<DuesAdjustment, string> = {
  NONE: '按标准',
  REDUCED: '少交',
  EXEMPT: '免交',
  OVERRIDE: '手工调整',
};

export const duesAdjustmentColors: Record<DuesAdjustment, string> = {
  NONE: 'default',
  REDUCED: 'gold',
  EXEMPT: 'purple',
  OVERRIDE: 'blue',
};

/** 收缴记录的类型 */
export const duesPaymentKindLabels: Record<DuesPaymentKind, string> = {
  REGULAR: '按月交纳',
  VOLUNTARY: '自愿多交',
  REVERSAL: '冲销',
};

export const duesPaymentKindColors: Record<DuesPaymentKind, string> = {
  REGULAR: 'green',
  VOLUNTARY: 'cyan',
  REVERSAL: 'red',
};

/** 交纳方式 */
export const duesPaymentMethodLabels: Record<DuesPaymentMethod, string> = {
  CASH: '现金',
  BANK_TRANSFER: '银行转账',
  WECHAT: '微信',
  ALIPAY: '支付宝',
  OTHER: '其他',
};

/** 欠缴提醒 (ArrearsLevel) */
export const arrearsLevelLabels: Record<ArrearsLevel, string> = {
  NONE: '欠缴',
  WARNING: '欠缴满3个月',
  FLAG: '连续6个月未交',
};

export const arrearsLevelColors: Record<ArrearsLevel, string> = {
  NONE: 'default',
  WARNING: 'orange',
  FLAG: 'red',
};

/** What a level asks of the branch (党章第九条 for FLAG). */
export const arrearsLevelHints: Record<ArrearsLevel, string> = {
  NONE: '提醒按时交纳',
  WARNING: '党支部应谈话提醒，督促补交',
  FLAG: '可能属于自行脱党，提交支部大会审议',
};

/** 登记表的格 (DuesRegisterCell.state) */
export const registerCellStateLabels: Record<DuesRegisterCellState, string> = {
  PAID: '已交',
  OWED: '欠交',
  DUE: '待交',
  NONE: '无需交纳',
};

/** File formats of the exports and the import template. */
export const tableFormatLabels: Record<TableFormat, string> = {
  CSV: 'CSV',
  XLSX: 'Excel',
};

/** Select options for an enum, in the dictionary's order (or only the given codes). */
export function optionsOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): { value: K; label: string }[] {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

/** The dictionary's codes, in its order (typed). */
export function codesOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

/** A rate in basis points (150 = 1.5%) as people write it; '—' when there is none (fixed amounts). */
export function formatBasisPoints(basisPoints: number | null | undefined): string {
  if (basisPoints === null || basisPoints === undefined) return '—';
  const whole = Math.trunc(basisPoints / 100);
  const rest = String(basisPoints % 100).padStart(2, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}
