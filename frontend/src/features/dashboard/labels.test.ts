import { describe, expect, it } from 'vitest';
import { generatedEnum } from '../../test/contract';
import { gapKindLabels, gapSeverityColors, gapSeverityLabels, heatStatusColors, heatStatusLabels, periodKindLabels } from './labels';

const dictionaries: [string, Record<string, string>][] = [
  ['GapKind', gapKindLabels],
  ['GapSeverity', gapSeverityLabels],
  ['MeetingPeriodKind', periodKindLabels],
];

describe('dashboard labels', () => {
  it.each(dictionaries)('%s: one Chinese label for every code of the contract, and no other', (name, labels) => {
    expect(Object.keys(labels).sort()).toEqual(generatedEnum(name).sort());
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/[\u4e00-\u9fff]/);
  });

  it('colours every severity', () => {
    expect(Object.keys(gapSeverityColors)).toEqual(Object.keys(gapSeverityLabels));
  });

  it('colours and names every 落实情况 of the heat map, and the months where nothing ended', () => {
    const statuses = [...generatedEnum('MeetingComplianceStatus'), 'NONE'].sort();
    expect(Object.keys(heatStatusColors).sort()).toEqual(statuses);
    expect(Object.keys(heatStatusLabels).sort()).toEqual(statuses);
    expect(heatStatusLabels).toMatchObject({ MET: '已落实', OPEN: '待落实', MISSING: '未落实', NONE: '无要求' });
  });

  it('uses the words of the committee', () => {
    expect(gapKindLabels.ELECTION_OVERDUE).toBe('换届超期');
    expect(gapKindLabels.PROBATION_OVERDUE).toBe('预备期满未转正');
    expect(Object.values(periodKindLabels)).toEqual(['月', '季度', '年']);
  });
});
