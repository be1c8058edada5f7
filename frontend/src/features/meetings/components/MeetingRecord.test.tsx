import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../api/meetings';
import { MeetingRecord } from './MeetingRecord';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const meeting: Meeting = {
  id: '88888888-8888-4888-8888-888888888888',
  organization: { id: '33333333-3333-4333-8333-333333333333', code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' },
  types: ['BRANCH_COMMITTEE_MEETING'],
  state: 'HELD',
  startsAt: '2026-11-10T01:00:00Z',
  topic: '研究发展党员工作',
  secretaryLectured: false,
  vote: 'RESOLUTION',
  minutes: `第一行\n${hostile}`,
  resolutions: hostile,
  attendees: [
    { memberId: 'a', name: '李晓东', invited: false, voting: true, committee: true, status: 'PRESENT' },
    { memberId: 'b', name: '张敏', invited: false, voting: true, committee: true, status: 'LEAVE', reason: '出差' },
    { name: '街道组织员', invited: true, voting: false, committee: false, status: 'PRESENT' },
  ],
  attendance: { expected: 2, present: 1, leave: 1, absent: 0, rate: 0.5 },
  quorum: { needed: '过半数', present: 1, eligible: 2, met: false },
  counts: ['COMMITTEE_MEETING'],
  attachments: [],
  version: 2,
  createdAt: '2026-11-10T01:00:00Z',
  createdBy: 'xfl.admin',
  updatedAt: '2026-11-10T03:00:00Z',
};

describe('MeetingRecord', () => {
  it('shows minutes and resolutions as text, never as markup', () => {
    const { container } = render(<MeetingRecord meeting={meeting} />);
    expect(screen.getByLabelText('会议记录内容').textContent).toBe(`第一行\n${hostile}`);
    expect(screen.getByLabelText('决议事项内容').textContent).toBe(hostile);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows attendance, quorum and what the meeting counts for', () => {
    render(<MeetingRecord meeting={meeting} />);
    expect(screen.getByText(/应到 2 人，出席 1，请假 1，缺席 0，出席率 50%/)).toBeTruthy();
    expect(screen.getByText(/未达法定人数/)).toBeTruthy();
    expect(screen.getAllByText('支委会').length).toBe(2);
    expect(screen.getByText('出差')).toBeTruthy();
    expect(screen.getByText('列席')).toBeTruthy();
  });
});
