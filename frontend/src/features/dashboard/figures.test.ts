import { describe, expect, it } from 'vitest';
import { headlineFigures, isAlarming } from './figures';
import type { Period } from './period';
import { STREET, overview } from './testData';

const Q4: Period = { kind: 'QUARTER', year: 2026, quarter: 4 };
const figures = headlineFigures(overview(), Q4);
const all = figures.flatMap((group) => [group.main, ...group.rest]);
const find = (key: string) => {
  const figure = all.find((f) => f.key === key);
  if (!figure) throw new Error(`no figure ${key}`);
  return figure;
};

describe('headline figures', () => {
  it('link every figure to a list of the organization shown', () => {
    for (const figure of all) {
      expect(figure.to, figure.key).toMatch(/^\/(organizations|members|dues|meetings|transfers|dashboard)\b/);
      // Every list keeps the organization, except 全部转接 (the list has no subtree filter).
      if (figure.key !== 'transfersOpen') expect(figure.to, figure.key).toContain(STREET.id);
    }
  });

  it('count members as the roster filters them', () => {
    expect(find('members')).toMatchObject({ value: 215, to: `/members?organizationId=${STREET.id}&registration=REGISTERED` });
    expect(find('probationary').to).toBe(`/members?organizationId=${STREET.id}&status=PROBATIONARY&registration=REGISTERED`);
    expect(find('reporting').to).toBe(`/members?organizationId=${STREET.id}&registration=REPORTING`);
    expect(find('outflow').to).toBe(`/members?organizationId=${STREET.id}&mobility=OUTFLOW`);
    expect(find('category-VETERAN')).toMatchObject({ label: '老党员', value: 15, to: `/members?organizationId=${STREET.id}&category=VETERAN` });
    expect(find('probationOverdue').to).toBe(`/members?organizationId=${STREET.id}&status=PROBATIONARY`);
  });

  it('leave out breakdowns with nobody in them', () => {
    expect(all.some((f) => f.key === 'category-BEDRIDDEN' || f.key === 'type-JOINT_BRANCH')).toBe(false);
    expect(find('type-BRANCH')).toMatchObject({ label: '党支部', value: 10 });
  });

  it('show dues and meetings for the period, linked to that year', () => {
    expect(figures.find((g) => g.key === 'dues')?.title).toBe('党费（2026年第四季度）');
    expect(find('duesRate')).toMatchObject({ value: '38.7%', to: `/dues?org=${STREET.id}&year=2026` });
    expect(find('duesDue').value).toBe('10840.85 元');
    expect(find('flagged').to).toBe(`/dues?tab=arrears&org=${STREET.id}`);
    expect(find('meetingsMet')).toMatchObject({ value: '4 / 18', to: `/meetings?org=${STREET.id}&tab=compliance&year=2026` });
    expect(find('inactive').to).toBe(`/meetings?org=${STREET.id}&tab=attendance`);
  });

  it('lead terms and gaps to the 待整改 list below, filtered by kind', () => {
    expect(find('termsOverdue').to).toBe(`/dashboard?org=${STREET.id}&period=2026-Q4&kind=ELECTION_OVERDUE#gaps`);
    expect(find('noLeadership').to).toBe(`/dashboard?org=${STREET.id}&period=2026-Q4&kind=LEADERSHIP#gaps`);
    expect(find('gapsTotal').to).toBe(`/dashboard?org=${STREET.id}&period=2026-Q4#gaps`);
    expect(find('transfersOverdue').to).toBe(`/transfers?tab=overdue&org=${STREET.id}`);
  });

  it('mark what needs acting on only when it is not zero', () => {
    expect(isAlarming(find('flagged'))).toBe(true);
    expect(isAlarming(find('inactive'))).toBe(false);
    expect(isAlarming(find('members'))).toBe(false);
  });
});
