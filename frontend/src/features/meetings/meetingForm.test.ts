import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  allPresent,
  fromBusinessInstant,
  invitedGuest,
  mergeExpected,
  toBusinessInstant,
  toFormValues,
  toMeetingInput,
  type MeetingFormValues,
  type MeetingView,
} from './meetingForm';

const ORG = '33333333-3333-4333-8333-333333333333';
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const base: MeetingFormValues = {
  organizationId: ORG,
  types: ['BRANCH_COMMITTEE_MEETING'],
  groupId: 'ignored-without-a-group-meeting',
  state: 'HELD',
  startsAt: dayjs('2026-11-10T09:00:00'),
  endsAt: dayjs('2026-11-10T10:30:00'),
  place: '  党群服务中心 ',
  topic: ' 研究发展党员工作 ',
  host: '王建国',
  recorder: '',
  lecturer: '不是党课',
  secretaryLectured: true,
  vote: 'RESOLUTION',
  minutes: '会议记录',
  resolutions: '   ',
  attendees: [
    { memberId: A, name: '李晓东', invited: false, voting: true, committee: true, status: 'PRESENT', reason: '不该发送' },
    { memberId: B, name: '张敏', invited: false, voting: true, committee: true, status: 'LEAVE', reason: ' 出差 ' },
    { name: ' 街道组织员 ', invited: true, voting: false, committee: false, status: 'PRESENT' },
  ],
};

describe('meeting form → request body', () => {
  it('sends wall-clock times in Asia/Shanghai with +08:00', () => {
    expect(toBusinessInstant(dayjs('2026-01-05T18:30:00'))).toBe('2026-01-05T18:30:00+08:00');
    const body = toMeetingInput(base);
    expect(body.startsAt).toBe('2026-11-10T09:00:00+08:00');
    expect(body.endsAt).toBe('2026-11-10T10:30:00+08:00');
  });

  it('trims text, drops blanks and what does not apply (group, lecture)', () => {
    const body = toMeetingInput(base);
    expect(body).toMatchObject({ organizationId: ORG, types: ['BRANCH_COMMITTEE_MEETING'], state: 'HELD', place: '党群服务中心', topic: '研究发展党员工作', vote: 'RESOLUTION' });
    expect(body.groupId).toBeUndefined();
    expect(body.recorder).toBeUndefined();
    expect(body.resolutions).toBeUndefined();
    expect(body.lecturer).toBeUndefined();
    expect(body.secretaryLectured).toBe(false);
  });

  it('keeps the group of a 党小组会 and the lecturer of a 党课', () => {
    const body = toMeetingInput({ ...base, types: ['PARTY_GROUP_MEETING', 'PARTY_LECTURE'], groupId: B, lecturer: ' 王书记 ' });
    expect(body.groupId).toBe(B);
    expect(body.lecturer).toBe('王书记');
    expect(body.secretaryLectured).toBe(true);
  });

  it('sends every attendee of a held meeting with the reason only for 请假/缺席, guests by name', () => {
    expect(toMeetingInput(base).attendees).toEqual([
      { memberId: A, voting: true, committee: true, status: 'PRESENT' },
      { memberId: B, voting: true, committee: true, status: 'LEAVE', reason: '出差' },
      { name: '街道组织员', invited: true, voting: false, committee: false, status: 'PRESENT' },
    ]);
  });

  it('marks everyone EXPECTED on a planned meeting', () => {
    const body = toMeetingInput({ ...base, state: 'PLANNED' });
    expect(body.attendees?.map((a) => a.status)).toEqual(['EXPECTED', 'EXPECTED', 'EXPECTED']);
    expect(body.attendees?.some((a) => 'reason' in a)).toBe(false);
  });
});

describe('attendee checklist', () => {
  const expected = [
    { memberId: A, name: '李晓东', invited: false, voting: true, committee: true, status: 'EXPECTED' as const },
    { memberId: B, name: '张敏', invited: false, voting: true, committee: false, status: 'EXPECTED' as const },
  ];

  it('keeps marks and guests when the expected list reloads', () => {
    const current = [
      { memberId: B, name: '张敏', invited: false, voting: true, committee: false, status: 'ABSENT' as const, reason: '未请假' },
      invitedGuest(' 社区民警 '),
    ];
    expect(mergeExpected(expected, current, true)).toEqual([
      { memberId: A, name: '李晓东', invited: false, voting: true, committee: true, status: 'PRESENT', reason: undefined },
      { memberId: B, name: '张敏', invited: false, voting: true, committee: false, status: 'ABSENT', reason: '未请假' },
      { name: '社区民警', invited: true, voting: false, committee: false, status: 'PRESENT' },
    ]);
  });

  it('marks everyone present in one click', () => {
    const rows = mergeExpected(expected, [], true).map((r) => ({ ...r, status: 'LEAVE' as const, reason: 'x' }));
    expect(allPresent(rows).map((r) => [r.status, r.reason])).toEqual([
      ['PRESENT', undefined],
      ['PRESENT', undefined],
    ]);
  });

  it('opens a planned meeting for recording as held with its expected people present', () => {
    const meeting = {
      id: 'm',
      organization: { id: ORG, code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' },
      types: ['BRANCH_COMMITTEE_MEETING'],
      state: 'PLANNED',
      startsAt: '2026-11-10T01:00:00Z',
      topic: '研究',
      secretaryLectured: false,
      vote: 'NONE',
      attendees: expected,
      attendance: { expected: 2, present: 0, leave: 0, absent: 0 },
      quorum: { present: 0, eligible: 2, met: false },
      counts: [],
      attachments: [],
      version: 1,
      createdAt: '2026-11-01T00:00:00Z',
      createdBy: 'x',
      updatedAt: '2026-11-01T00:00:00Z',
    } satisfies MeetingView;
    const values = toFormValues(meeting, true);
    expect(values.state).toBe('HELD');
    expect(values.startsAt?.format('YYYY-MM-DD HH:mm')).toBe('2026-11-10 09:00');
    expect(values.attendees.map((a) => a.status)).toEqual(['PRESENT', 'PRESENT']);
    expect(toFormValues(meeting).attendees.map((a) => a.status)).toEqual(['EXPECTED', 'EXPECTED']);
    expect(fromBusinessInstant(undefined)).toBeUndefined();
  });
});
