import type { Dayjs } from 'dayjs';
import { ApiError, type Problem } from '../../api/problem';
import { fromApiDate, toApiDate } from '../../lib/dates';
import { optionalText } from '../../lib/text';
import type { Member, MemberCreate, MemberUpdate, MobileDetails } from './api/members';
import type { Education, Gender, MemberCategory, Mobility, Registration } from './labels';

/**
 * A member's record as the create and edit forms hold it (dates as dayjs), and its conversions to
 * the API's bodies. Pure, so the rules of what is sent are tested without rendering a form.
 */
export interface MemberFieldValues {
  name: string;
  /** On edit: empty keeps the stored number (the form only ever sees it masked). */
  idNumber?: string;
  gender?: Gender;
  ethnicity?: string;
  birthDate?: Dayjs | null;
  /** On edit: empty keeps the stored phone, unless clearPhone. */
  phone?: string;
  clearPhone?: boolean;
  education?: Education;
  workUnit?: string;
  jobTitle?: string;
  address?: string;
  joinedOn?: Dayjs | null;
  /** Create only: a new member is 预备 or 正式; later changes are lifecycle actions. */
  status?: 'PROBATIONARY' | 'FULL';
  fullOn?: Dayjs | null;
  /** Create only: the branch; later changes are a move (调整支部). */
  organizationId?: string;
  groupId?: string;
  /** Create only: since when the member belongs to the branch (组织关系转入日期). */
  registeredOn?: Dayjs | null;
  registration?: Registration;
  categories?: MemberCategory[];
  /** 流动党员: the direction; the other mobile fields only count when it is set. */
  mobility?: Mobility;
  mobilePlace?: string;
  mobileOrganization?: string;
  mobileContact?: string;
  mobileSince?: Dayjs | null;
  note?: string;
}

function mobileOf(values: MemberFieldValues): MobileDetails | undefined {
  if (!values.mobility) return undefined;
  return {
    direction: values.mobility,
    place: values.mobilePlace?.trim() ?? '',
    organization: optionalText(values.mobileOrganization),
    contact: optionalText(values.mobileContact),
    since: toApiDate(values.mobileSince),
  };
}

/** The fields create and edit share. */
function common(values: MemberFieldValues) {
  return {
    name: values.name.trim(),
    gender: values.gender,
    ethnicity: optionalText(values.ethnicity),
    birthDate: toApiDate(values.birthDate),
    education: values.education,
    workUnit: optionalText(values.workUnit),
    jobTitle: optionalText(values.jobTitle),
    address: optionalText(values.address),
    joinedOn: toApiDate(values.joinedOn) as string,
    groupId: values.groupId ?? undefined,
    registration: values.registration,
    categories: values.categories ?? [],
    mobile: mobileOf(values),
    note: optionalText(values.note),
  };
}

export function toCreateBody(values: MemberFieldValues): MemberCreate {
  const status = values.status ?? 'PROBATIONARY';
  return {
    ...common(values),
    idNumber: values.idNumber?.trim() ?? '',
    phone: optionalText(values.phone),
    status,
    fullOn: status === 'FULL' ? toApiDate(values.fullOn) : undefined,
    organizationId: values.organizationId ?? '',
    registeredOn: toApiDate(values.registeredOn),
  };
}

/**
 * The edit body. 身份证号 and phone are sent only when the user typed a new value (omitted, the
 * server keeps them); a cleared phone is sent as "". 转正日期 is kept for everyone who has one
 * (an omitted one would be erased), and never sent for 预备党员.
 */
export function toUpdateBody(values: MemberFieldValues, member: Pick<Member, 'status' | 'fullOn'>): MemberUpdate {
  const idNumber = optionalText(values.idNumber);
  const phone = values.clearPhone ? '' : optionalText(values.phone);
  return {
    ...common(values),
    ...(idNumber !== undefined ? { idNumber } : {}),
    ...(phone !== undefined ? { phone } : {}),
    fullOn: member.status === 'PROBATIONARY' ? undefined : (toApiDate(values.fullOn) ?? member.fullOn),
  };
}

/** The edit form's initial values; 身份证号 and phone start empty (their masked values are placeholders). */
export function toFieldValues(member: Member): MemberFieldValues {
  return {
    name: member.name,
    gender: member.gender,
    ethnicity: member.ethnicity,
    birthDate: fromApiDate(member.birthDate),
    education: member.education,
    workUnit: member.workUnit,
    jobTitle: member.jobTitle,
    address: member.address,
    joinedOn: fromApiDate(member.joinedOn),
    fullOn: fromApiDate(member.fullOn),
    groupId: member.group?.id,
    registration: member.registration,
    categories: member.categories,
    mobility: member.mobile?.direction,
    mobilePlace: member.mobile?.place,
    mobileOrganization: member.mobile?.organization,
    mobileContact: member.mobile?.contact,
    mobileSince: fromApiDate(member.mobile?.since),
    note: member.note,
  };
}

/**
 * Where the server's field names differ from the form's: the rules name the flat record fields
 * (mobilePlace), bean validation the body's JSON paths (mobile.place). Both land on the form's field.
 */
const FIELD_ALIASES: Record<string, string> = {
  'mobile.direction': 'mobility',
  'mobile.place': 'mobilePlace',
  'mobile.organization': 'mobileOrganization',
  'mobile.contact': 'mobileContact',
  'mobile.since': 'mobileSince',
  mobile: 'mobility',
};

/** The error with its field errors renamed onto the form's fields (other errors pass through unchanged). */
export function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const problem: Problem = {
    ...error.problem,
    errors: error.problem.errors.map((entry) =>
      entry.field !== undefined && FIELD_ALIASES[entry.field] !== undefined ? { ...entry, field: FIELD_ALIASES[entry.field] } : entry,
    ),
  };
  return new ApiError(problem);
}

const ID_SHAPE = /^\d{17}[\dX]$/;

/**
 * What an 18-character 身份证号 says about its holder (birth date, and gender from the 17th digit:
 * odd for men). Only to pre-fill the form; the server checks the number (GB 11643 check digit).
 */
export function idNumberFacts(raw: string | undefined): { birthDate: string; gender: Gender } | undefined {
  const id = raw?.trim().toUpperCase() ?? '';
  if (!ID_SHAPE.test(id)) return undefined;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}
