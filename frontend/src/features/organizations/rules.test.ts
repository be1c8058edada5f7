import { describe, expect, it } from 'vitest';
import type { OrgType } from './labels';
import { allowedChildTypes, canHaveChildren, canSitUnder, typeChangeOptions } from './rules';

const S = 'STREET_WORKING_COMMITTEE';
const PC = 'PARTY_COMMITTEE';
const GB = 'GENERAL_BRANCH';
const B = 'BRANCH';
const JB = 'JOINT_BRANCH';
const PG = 'PARTY_GROUP';
const all: OrgType[] = [S, PC, GB, B, JB, PG];

describe('canSitUnder', () => {
  // Every (type, parent) pair; the rows are the allowed parents of each type.
  const allowed: Record<OrgType, OrgType[]> = {
    [S]: [],
    [PC]: [S, PC],
    [GB]: [S, PC],
    [B]: [S, PC, GB],
    [JB]: [S, PC, GB],
    [PG]: [B, JB],
  };
  const cases = all.flatMap((type) => all.map((parent) => [type, parent, allowed[type].includes(parent)] as const));

  it.each(cases)('%s under %s → %s', (type, parent, expected) => {
    expect(canSitUnder(type, parent)).toBe(expected);
  });

  it('lets only a 街道党工委 be a root', () => {
    expect(all.filter((type) => canSitUnder(type, null))).toEqual([S]);
  });
});

describe('allowedChildTypes', () => {
  it.each([
    [null, [S]],
    [S, [PC, GB, B, JB]],
    [PC, [PC, GB, B, JB]],
    [GB, [B, JB]],
    [B, [PG]],
    [JB, [PG]],
    [PG, []],
  ] as const)('under %s: %j', (parent, expected) => {
    expect(allowedChildTypes(parent)).toEqual(expected);
  });

  it('knows that a 党小组 is a leaf', () => {
    expect(canHaveChildren(PG)).toBe(false);
    expect(canHaveChildren(B)).toBe(true);
  });
});

describe('typeChangeOptions', () => {
  it('offers what fits under the parent, except the current type', () => {
    expect(typeChangeOptions(B, PC, [])).toEqual([PC, GB, JB]);
  });

  it('drops types the current children could not sit under', () => {
    // A branch with 党小组 can only become a 联合党支部; a 总支 with branches only a 党委.
    expect(typeChangeOptions(B, PC, [PG])).toEqual([JB]);
    expect(typeChangeOptions(GB, S, [B, B])).toEqual([PC]);
  });

  it('offers nothing for a root', () => {
    expect(typeChangeOptions(S, null, [PC])).toEqual([]);
  });
});
