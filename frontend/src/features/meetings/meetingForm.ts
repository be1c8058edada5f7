import dayjs, { type Dayjs } from 'dayjs';
import type { components } from '../../api/schema';
import { BUSINESS_TIME_ZONE } from '../../lib/dates';
import { optionalText } from '../../lib/text';
import type { AttendanceStatus, MeetingState, MeetingType, MeetingVote } from './labels';

type Schemas = components['schemas'];
export type MeetingInput = Schemas['MeetingInput'];
export type MeetingView = Schemas['MeetingView'];
export type MeetingAttendee = Schemas['MeetingAttendee'];
export type MeetingAttendeeInput = Schemas['MeetingAttendeeInput'];

/** One line of the attendee checklist. */
export interface AttendeeRow {
  memberId?: string;
  name: string;
  invited: boolean;
  voting: boolean;
  committee: boolean;
  status: AttendanceStatus;
  reason?: string;
}

/** The meeting form's values (what antd's Form holds). */
export interface MeetingFormValues {
  organizationId?: string;
  types: MeetingType[];
  groupId?: string;
  state: Exclude<MeetingState, 'CANCELLED'>;
  /** Wall-clock times in Asia/Shanghai, whatever the browser's zone. */
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  place?: string;
  topic?: string;
  host?: string;
  recorder?: string;
  lecturer?: string;
  secretaryLectured?: boolean;
  vote: MeetingVote;
  minutes?: string;
  resolutions?: string;
  attendees: AttendeeRow[];
}

/** The offset of Asia/Shanghai (no daylight saving time since 1991). */
export const BUSINESS_OFFSET = '+08:00';

/** A picked wall-clock time as an instant in Asia/Shanghai: `2026-11-10T09:00:00+08:00`. */
export function toBusinessInstant(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm:ss')}${BUSINESS_OFFSET}`;
}

/** An instant as a picker value showing its Asia/Shanghai wall-clock time. */
export function fromBusinessInstant(value: string | undefined): Dayjs | undefined {
  return value ? dayjs(dayjs(value).tz(BUSINESS_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ss')) : undefined;
}

/** The day (Asia/Shanghai) of a picked start, for the expected attendees. */
export function businessDay(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** Whether the 党课 fields (lecturer, 书记讲党课) apply. */
export const hasLecture = (types: readonly MeetingType[] | undefined) => (types ?? []).includes('PARTY_LECTURE');
/** Whether a 党小组 is chosen. */
export const hasGroup = (types: readonly MeetingType[] | undefined) => (types ?? []).includes('PARTY_GROUP_MEETING');

/**
 * The request body of createMeeting / updateMeeting. A planned meeting's attendees are EXPECTED;
 * a held one's keep PRESENT / LEAVE / ABSENT (an unmarked one counts as EXPECTED and the server says so),
 * with the reason only for LEAVE and ABSENT.
 */
export function toMeetingInput(values: MeetingFormValues): MeetingInput {
  if (!values.organizationId) throw new Error('organizationId is required');
  if (!values.startsAt) throw new Error('startsAt is required');
  const held = values.state === 'HELD';
  const lecture = hasLecture(values.types);
  return {
    organizationId: values.organizationId,
    groupId: hasGroup(values.types) ? values.groupId : undefined,
    types: values.types,
    state: values.state,
    startsAt: toBusinessInstant(values.startsAt),
    endsAt: values.endsAt ? toBusinessInstant(values.endsAt) : undefined,
    place: optionalText(values.place),
    topic: values.topic?.trim() ?? '',
    host: optionalText(values.host),
    recorder: optionalText(values.recorder),
    lecturer: lecture ? optionalText(values.lecturer) : undefined,
    secretaryLectured: lecture ? Boolean(values.secretaryLectured) : false,
    vote: values.vote,
    minutes: optionalText(values.minutes),
    resolutions: optionalText(values.resolutions),
    attendees: values.attendees.map((row) => toAttendeeInput(row, held)),
  };
}

function toAttendeeInput(row: AttendeeRow, held: boolean): MeetingAttendeeInput {
  const status: AttendanceStatus = held ? row.status : 'EXPECTED';
  const needsReason = status === 'LEAVE' || status === 'ABSENT';
  return {
    ...(row.memberId ? { memberId: row.memberId } : {}),
    ...(row.invited ? { name: row.name.trim(), invited: true } : {}),
    voting: row.voting,
    committee: row.committee,
    status,
    ...(needsReason ? { reason: optionalText(row.reason) } : {}),
  };
}

/** The form's values for a meeting being edited (or recorded as held: `asHeld`). */
export function toFormValues(meeting: MeetingView, asHeld = false): MeetingFormValues {
  const state = asHeld || meeting.state === 'HELD' ? 'HELD' : 'PLANNED';
  return {
    organizationId: meeting.organization.id,
    types: meeting.types,
    groupId: meeting.group?.id,
    state,
    startsAt: fromBusinessInstant(meeting.startsAt) ?? null,
    endsAt: fromBusinessInstant(meeting.endsAt) ?? null,
    place: meeting.place,
    topic: meeting.topic,
    host: meeting.host,
    recorder: meeting.recorder,
    lecturer: meeting.lecturer,
    secretaryLectured: meeting.secretaryLectured,
    vote: meeting.vote,
    minutes: meeting.minutes,
    resolutions: meeting.resolutions,
    attendees: meeting.attendees.map((a) => fromAttendee(a, state === 'HELD')),
  };
}

/** A checklist row from an attendee; a held meeting's unmarked (EXPECTED) person starts as PRESENT. */
export function fromAttendee(attendee: MeetingAttendee, held: boolean): AttendeeRow {
  return {
    memberId: attendee.memberId,
    name: attendee.name,
    invited: attendee.invited,
    voting: attendee.voting,
    committee: attendee.committee,
    status: held && attendee.status === 'EXPECTED' ? 'PRESENT' : attendee.status,
    reason: attendee.reason,
  };
}

/**
 * A freshly loaded expected list merged with the checklist on screen: the expected members in the
 * server's order, keeping the marks already made for them, then the invited guests.
 */
export function mergeExpected(expected: readonly MeetingAttendee[], current: readonly AttendeeRow[], held: boolean): AttendeeRow[] {
  const marked = new Map(current.filter((row) => row.memberId).map((row) => [row.memberId, row]));
  const members = expected.map((attendee) => {
    const row = fromAttendee(attendee, held);
    const previous = attendee.memberId ? marked.get(attendee.memberId) : undefined;
    return previous ? { ...row, status: previous.status, reason: previous.reason } : row;
  });
  return [...members, ...current.filter((row) => row.invited)];
}

/** 全部出席 */
export function allPresent(rows: readonly AttendeeRow[]): AttendeeRow[] {
  return rows.map((row) => ({ ...row, status: 'PRESENT', reason: undefined }));
}

/** An invited guest (列席), present. */
export function invitedGuest(name: string): AttendeeRow {
  return { name: name.trim(), invited: true, voting: false, committee: false, status: 'PRESENT' };
}
