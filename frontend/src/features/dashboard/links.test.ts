import { describe, expect, it } from 'vitest';
import { generatedEnum } from '../../test/contract';
import type { GapKind } from './labels';
import { gapAction, to, type DashboardGap } from './links';

const ORG = { id: '22222222-2222-4222-8222-222222222222', code: 'SQ-0102', name: '翠竹园社区党总支', type: 'GENERAL_BRANCH' as const };
const TRANSFER = '77777777-7777-4777-8777-777777777777';
const MEMBER = '88888888-8888-4888-8888-888888888888';

const gap = (kind: GapKind, extra: Partial<DashboardGap> = {}) => ({ kind, organization: ORG, ...extra });

describe('where a gap is fixed', () => {
  it.each<[GapKind, Partial<DashboardGap>, string, string, string]>([
    ['ORG_SHAPE', { code: 'TOO_FEW_FULL_MEMBERS' }, `/organizations/${ORG.id}?tab=warnings`, '查看预警', 'organizations.write'],
    ['ORG_SHAPE', { code: 'SHOULD_BE_GENERAL_BRANCH' }, `/organizations/${ORG.id}?tab=warnings`, '查看预警', 'organizations.write'],
    ['ORG_SHAPE', { code: 'NO_COMMITTEE' }, `/organizations/${ORG.id}?tab=leadership`, '调整班子', 'organizations.write'],
    ['ORG_SHAPE', { code: 'COMMUNITY_LEADERSHIP_SIZE' }, `/organizations/${ORG.id}?tab=leadership`, '调整班子', 'organizations.write'],
    ['LEADERSHIP', { code: 'NO_LEADERSHIP' }, `/organizations/${ORG.id}?tab=leadership`, '录入班子', 'organizations.write'],
    ['ELECTION_OVERDUE', { code: 'ELECTION_OVERDUE' }, `/organizations/${ORG.id}?tab=leadership`, '办理换届', 'organizations.write'],
    ['ELECTION_DUE', {}, `/organizations/${ORG.id}?tab=leadership`, '办理换届', 'organizations.write'],
    ['MEETINGS_MISSED', {}, `/meetings?org=${ORG.id}&tab=compliance`, '查看合规', 'meetings.write'],
    ['MEMBERS_INACTIVE', {}, `/meetings?org=${ORG.id}&tab=attendance`, '查看出勤', 'meetings.write'],
    ['DUES_FLAGGED', {}, `/dues?tab=arrears&org=${ORG.id}`, '查看欠缴', 'dues.write'],
    ['DUES_ARREARS', {}, `/dues?tab=arrears&org=${ORG.id}`, '查看欠缴', 'dues.write'],
    ['PROBATION_OVERDUE', {}, `/members?organizationId=${ORG.id}&status=PROBATIONARY`, '办理转正', 'members.write'],
    ['TRANSFER_OVERDUE', { code: 'APPROVAL_OVERDUE', transferId: TRANSFER, memberId: MEMBER }, `/transfers/${TRANSFER}`, '办理转接', 'transfers.write'],
    ['TRANSFER_OVERDUE', { code: 'AWAY_WITHOUT_TRANSFER', memberId: MEMBER }, `/members/${MEMBER}`, '查看党员', 'transfers.write'],
    ['TRANSFER_OVERDUE', { code: 'RECEIPT_MISSING' }, `/transfers?tab=overdue&org=${ORG.id}`, '查看超期', 'transfers.write'],
  ])('%s %j → %s (%s)', (kind, extra, path, label, permission) => {
    expect(gapAction(gap(kind, extra))).toEqual({ to: path, label, permission });
  });

  it('has a place for every kind of the contract', () => {
    for (const kind of generatedEnum('GapKind') as GapKind[]) {
      const action = gapAction(gap(kind));
      expect(action.to).toMatch(/^\/(organizations|meetings|dues|members|transfers)\b/);
      expect(action.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the lists behind the figures', () => {
  it('use the address parameters each page reads', () => {
    expect(to.members(ORG.id, { status: 'FULL', registration: 'REGISTERED' })).toBe(
      `/members?organizationId=${ORG.id}&status=FULL&registration=REGISTERED`,
    );
    expect(to.members(ORG.id, { category: 'VETERAN' })).toBe(`/members?organizationId=${ORG.id}&category=VETERAN`);
    expect(to.members(ORG.id, { mobility: 'OUTFLOW' })).toBe(`/members?organizationId=${ORG.id}&mobility=OUTFLOW`);
    expect(to.duesRegister(ORG.id, 2025)).toBe(`/dues?org=${ORG.id}&year=2025`);
    expect(to.meetingsCompliance(ORG.id, 2025)).toBe(`/meetings?org=${ORG.id}&tab=compliance&year=2025`);
    expect(to.organization(ORG.id, 'children')).toBe(`/organizations/${ORG.id}?tab=children`);
    expect(to.organization(ORG.id)).toBe(`/organizations/${ORG.id}`);
    expect(to.openTransfers()).toBe('/transfers?tab=all&state=REQUESTED%2CISSUED');
  });
});
