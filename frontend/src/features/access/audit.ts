import { formatTimestamp } from '../../lib/dates';
import { formatYuan } from '../../lib/money';
import { duesAdjustmentLabels, duesCategoryLabels, duesPaymentKindLabels, duesPaymentMethodLabels } from '../dues';
import {
  educationLabels,
  genderLabels,
  importOutcomeLabels,
  memberCategoryLabels,
  memberStatusLabels,
  mobilityLabels,
  registrationLabels,
  rosterLabels,
} from '../members';
import { orgCategoryLabels, orgTypeLabels } from '../organizations';
import { transferScopeLabels, transferStateLabels } from '../transfers';
import { roleLabels } from './labels';

/** One changed field of an audit event. */
export interface FieldChange {
  field: string;
  /** Absent (not just null) when the field had no value before, e.g. on creation. */
  before?: unknown;
  after?: unknown;
}

/**
 * AuditEvent.changes as a list. The contract documents it as `{field: {before, after}}` but types it
 * as a Jackson JsonNode, so it arrives here untyped and is checked field by field.
 */
export function changeList(changes: unknown): FieldChange[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    if (typeof change !== 'object' || change === null || Array.isArray(change)) return { field, after: change };
    const { before, after } = change as { before?: unknown; after?: unknown };
    return { field, before, after };
  });
}

/** Fields whose values are codes with labels: the code's label, or the code when unknown. */
const codeLabels: Record<string, Record<string, string>> = {
  role: roleLabels,
  type: orgTypeLabels,
  // An organization's category, or a standard's 党费类别 (the codes differ).
  category: { ...orgCategoryLabels, ...duesCategoryLabels },
  status: memberStatusLabels,
  gender: genderLabels,
  education: educationLabels,
  registration: registrationLabels,
  mobility: mobilityLabels,
  categories: memberCategoryLabels,
  outcome: importOutcomeLabels,
  roster: rosterLabels,
  state: transferStateLabels,
  scope: transferScopeLabels,
  adjustment: duesAdjustmentLabels,
  kind: duesPaymentKindLabels,
  method: duesPaymentMethodLabels,
};

/** A changed value for people: 是/否, labels of codes, lists joined, instants in Asia/Shanghai; '（空）' when none. */
export function formatChangeValue(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const labels = codeLabels[field];
  // A member's 特殊群体 are recorded as one comma-separated string.
  if (field === 'categories' && typeof value === 'string') {
    return value
      .split(',')
      .map((code) => memberCategoryLabels[code as keyof typeof memberCategoryLabels] ?? code)
      .join('、');
  }
  if (labels && typeof value === 'string') return labels[value] ?? value;
  if (field === 'expiresAt' && typeof value === 'string') return formatTimestamp(value);
  // Money is recorded in fen (amountFen, baseFen…) and read in 元.
  if (field.endsWith('Fen') && typeof value === 'number' && Number.isSafeInteger(value)) return `${formatYuan(value)} 元`;
  if (Array.isArray(value)) return value.length === 0 ? '（空）' : value.map((item) => formatChangeValue(field, item)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
