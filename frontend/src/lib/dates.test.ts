import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, fromApiDate, toApiDate, today } from './dates';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates', () => {
  it('round-trips API dates through DatePicker values', () => {
    expect(toApiDate(fromApiDate('2024-01-10'))).toBe('2024-01-10');
    expect(toApiDate(null)).toBeUndefined();
    expect(fromApiDate(undefined)).toBeUndefined();
  });

  it('shows dates as YYYY-MM-DD and instants in Asia/Shanghai', () => {
    expect(formatDate('2024-01-10')).toBe('2024-01-10');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDateTime('2026-11-22T19:57:55.084370Z')).toBe('2026-11-23 03:57');
  });

  it("takes today's date in Asia/Shanghai, as the server does", () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T19:30:00Z'), toFake: ['Date'] });
    expect(toApiDate(today())).toBe('2026-11-23');
  });
});
