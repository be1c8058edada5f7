import { describe, expect, it } from 'vitest';
import { yearFromParam } from './address';

describe('the 三会一课 address', () => {
  it('reads the compliance year, or falls back to this year', () => {
    expect(yearFromParam('2025', 2026)).toBe(2025);
    expect(yearFromParam(null, 2026)).toBe(2026);
    expect(yearFromParam('', 2026)).toBe(2026);
    expect(yearFromParam('25', 2026)).toBe(2026);
    expect(yearFromParam('2025-Q3', 2026)).toBe(2026);
    expect(yearFromParam('1999', 2026)).toBe(2026);
    expect(yearFromParam('2101', 2026)).toBe(2026);
  });
});
