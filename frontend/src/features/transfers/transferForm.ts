import dayjs, { type Dayjs } from 'dayjs';
import type { components } from '../../api/schema';
import { toApiDate } from '../../lib/dates';
import { optionalNumber, optionalText } from '../../lib/text';
import type { TransferScope } from './labels';

type Schemas = components['schemas'];
type TransferCreate = Schemas['TransferCreate'];
type TransferApproval = Schemas['TransferApproval'];
type TransferAcceptance = Schemas['TransferAcceptance'];
type ReceiptConfirmation = Schemas['ReceiptConfirmation'];
type TransferReason = Schemas['TransferReason'];
type LetterReissue = Schemas['LetterReissue'];
type Gender = Schemas['Gender'];
type Education = Schemas['Education'];

/**
 * The transfer forms' values (dates and months as dayjs) and their conversions to the API's bodies.
 * Pure, so what is sent is tested without rendering a form.
 */

/** The API's month format (党费交至). */
export const MONTH_FORMAT = 'YYYY-MM';

/** A month picker's value as the API's `YYYY-MM`, or undefined when empty. */
export function toApiMonth(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(MONTH_FORMAT) : undefined;
}

/** An API month (`YYYY-MM`) as a month picker's value. */
export function fromApiMonth(value: string | undefined): Dayjs | undefined {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? dayjs(`${value}-01`, 'YYYY-MM-DD') : undefined;
}

/**
 * 介绍信有效期 defaults (transfers.letter.* on the server, which decides when a form leaves it out):
 * 10 days within the city (every INTERNAL transfer, OUTGOING marked 同城), 30 elsewhere, at most 90.
 */
export const LETTER_DAYS = { inCity: 10, elsewhere: 30, max: 90 } as const;

export function defaultValidDays(scope: TransferScope, inCity: boolean): number {
  return scope === 'INTERNAL' || inCity ? LETTER_DAYS.inCity : LETTER_DAYS.elsewhere;
}

// ---- 发起转接 (INTERNAL, OUTGOING) ----

export interface StartTransferValues {
  scope: 'INTERNAL' | 'OUTGOING';
  /** INTERNAL: the receiving organization of this street. */
  toOrganizationId?: string;
  /** OUTGOING: the receiving organization elsewhere, named as text, and where it is. */
  toName?: string;
  toRegion?: string;
  inCity?: boolean;
  reason: string;
  duesPaidTo: Dayjs;
}

/** The request: only the fields of the chosen scope. */
export function toStartBody(memberId: string, values: StartTransferValues): TransferCreate {
  const common = { memberId, reason: values.reason.trim(), duesPaidTo: toApiMonth(values.duesPaidTo) ?? '' };
  if (values.scope === 'INTERNAL') {
    return { scope: 'INTERNAL', toOrganizationId: values.toOrganizationId, ...common };
  }
  return {
    scope: 'OUTGOING',
    toName: optionalText(values.toName),
    toRegion: optionalText(values.toRegion),
    inCity: values.inCity ?? false,
    ...common,
  };
}

// ---- 登记转入 (INCOMING) ----

/**
 * The incoming letter's form. The member's and the letter's fields are nested as in the body
 * (`member.name`, `letter.number`), so the server's field errors land on them as they are.
 */
export interface IncomingTransferValues {
  toOrganizationId: string;
  fromName: string;
  fromRegion?: string;
  inCity?: boolean;
  reason: string;
  duesPaidTo: Dayjs;
  member: {
    name: string;
    idNumber: string;
    gender?: Gender;
    ethnicity?: string;
    phone?: string;
    education?: Education;
    workUnit?: string;
    jobTitle?: string;
    address?: string;
    status: 'PROBATIONARY' | 'FULL';
    joinedOn: Dayjs;
    fullOn?: Dayjs | null;
    probationEndsOn?: Dayjs | null;
  };
  letter: {
    number: string;
    issuedOn: Dayjs;
    validDays?: number | null;
  };
}

export function toIncomingBody(values: IncomingTransferValues): TransferCreate {
  const m = values.member;
  const full = m.status === 'FULL';
  return {
    scope: 'INCOMING',
    toOrganizationId: values.toOrganizationId,
    fromName: values.fromName.trim(),
    fromRegion: optionalText(values.fromRegion),
    inCity: values.inCity ?? false,
    reason: values.reason.trim(),
    duesPaidTo: toApiMonth(values.duesPaidTo) ?? '',
    member: {
      name: m.name.trim(),
      idNumber: m.idNumber.trim().toUpperCase(),
      gender: m.gender,
      ethnicity: optionalText(m.ethnicity),
      phone: optionalText(m.phone),
      education: m.education,
      workUnit: optionalText(m.workUnit),
      jobTitle: optionalText(m.jobTitle),
      address: optionalText(m.address),
      status: m.status,
      joinedOn: toApiDate(m.joinedOn) ?? '',
      // 转正日期 only for 正式党员, 预备期满 only for 预备党员.
      fullOn: full ? toApiDate(m.fullOn) : undefined,
      probationEndsOn: full ? undefined : toApiDate(m.probationEndsOn),
    },
    letter: {
      number: values.letter.number.trim(),
      issuedOn: toApiDate(values.letter.issuedOn) ?? '',
      validDays: optionalNumber(values.letter.validDays),
    },
  };
}

// ---- the moves ----

export interface ApproveValues {
  validDays?: number | null;
  duesPaidTo?: Dayjs | null;
  note?: string;
}

export function toApprovalBody(values: ApproveValues): TransferApproval {
  return { validDays: optionalNumber(values.validDays), duesPaidTo: toApiMonth(values.duesPaidTo), note: optionalText(values.note) };
}

export interface AcceptValues {
  branchId: string;
  groupId?: string | null;
  effectiveOn?: Dayjs | null;
  note?: string;
}

export function toAcceptanceBody(values: AcceptValues): TransferAcceptance {
  return {
    branchId: values.branchId,
    groupId: values.groupId ?? undefined,
    effectiveOn: toApiDate(values.effectiveOn),
    note: optionalText(values.note),
  };
}

export interface ReceiptValues {
  receivedOn: Dayjs;
  note?: string;
}

export function toReceiptBody(values: ReceiptValues): ReceiptConfirmation {
  return { receivedOn: toApiDate(values.receivedOn) ?? '', note: optionalText(values.note) };
}

export interface ReasonValues {
  reason: string;
}

export function toReasonBody(values: ReasonValues): TransferReason {
  return { reason: values.reason.trim() };
}

export interface ReissueValues {
  reason: string;
  validDays?: number | null;
  duesPaidTo?: Dayjs | null;
  /** INCOMING: the new letter the organization elsewhere sent. */
  number?: string;
  issuedOn?: Dayjs | null;
}

/** INTERNAL and OUTGOING letters are numbered and dated here; an INCOMING one is recorded as it came. */
export function toReissueBody(scope: TransferScope, values: ReissueValues): LetterReissue {
  const incoming = scope === 'INCOMING';
  return {
    reason: values.reason.trim(),
    validDays: optionalNumber(values.validDays),
    duesPaidTo: toApiMonth(values.duesPaidTo),
    number: incoming ? optionalText(values.number) : undefined,
    issuedOn: incoming ? toApiDate(values.issuedOn) : undefined,
  };
}
