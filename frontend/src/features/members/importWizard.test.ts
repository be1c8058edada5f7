import { describe, expect, it } from 'vitest';
import type { MemberImportReport } from './api/imports';
import { canProceed, importReducer, initialImportState, stepOf, type ChosenFile, type ImportEvent, type ImportState } from './importWizard';

const file: ChosenFile = { name: 'members.csv', size: 1200 };
const fixed: ChosenFile = { name: 'members-fixed.csv', size: 1180 };

function report(overrides: Partial<MemberImportReport> = {}): MemberImportReport {
  return {
    id: '0b8f0000-0000-4000-8000-000000000001',
    dryRun: true,
    outcome: 'VALID',
    format: 'CSV',
    rows: 3,
    created: 2,
    updated: 1,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    errorsTruncated: false,
    errorsCsv: '/api/v1/member-imports/0b8f0000-0000-4000-8000-000000000001/errors',
    createdAt: '2026-07-01T00:00:00Z',
    ...overrides,
  };
}

const invalid = report({ outcome: 'INVALID', errorCount: 1, created: 0, updated: 0, errors: [{ row: 3, column: '身份证号', message: '校验位不正确' }] });

function run(events: ImportEvent<ChosenFile>[], from: ImportState<ChosenFile> = initialImportState<ChosenFile>()) {
  return events.reduce(importReducer<ChosenFile>, from);
}

describe('import wizard', () => {
  it('goes 选择文件 → 预检 → 确认 → 导入 → 完成 for a clean file', () => {
    const steps: number[] = [];
    let state = initialImportState<ChosenFile>();
    for (const event of [
      { type: 'choose', file },
      { type: 'check' },
      { type: 'progress', fraction: 0.5 },
      { type: 'checked', report: report() },
      { type: 'proceed', idempotencyKey: 'key-1' },
      { type: 'import' },
      { type: 'progress', fraction: 1 },
      { type: 'imported', report: report({ dryRun: false, outcome: 'APPLIED' }) },
    ] satisfies ImportEvent<ChosenFile>[]) {
      state = importReducer(state, event);
      steps.push(stepOf(state.phase));
    }
    expect(steps).toEqual([0, 1, 1, 1, 2, 3, 3, 4]);
    expect(state).toMatchObject({ phase: 'done', file, report: { outcome: 'APPLIED' } });
  });

  it('keeps a file with errors from going on; a fixed file is checked again', () => {
    const checked = run([{ type: 'choose', file }, { type: 'check' }, { type: 'checked', report: invalid }]);
    expect(checked.phase).toBe('checked');
    expect(canProceed(checked.report)).toBe(false);
    expect(importReducer(checked, { type: 'proceed', idempotencyKey: 'key-1' })).toBe(checked);

    const again = run([{ type: 'back' }, { type: 'choose', file: fixed }, { type: 'check' }, { type: 'checked', report: report() }], checked);
    expect(again).toMatchObject({ phase: 'checked', file: fixed });
    expect(canProceed(again.report)).toBe(true);
  });

  it('only lets a clean dry run through', () => {
    expect(canProceed(undefined)).toBe(false);
    expect(canProceed(report())).toBe(true);
    expect(canProceed(invalid)).toBe(false);
    expect(canProceed(report({ dryRun: false, outcome: 'APPLIED' }))).toBe(false);
  });

  it('returns a failed dry run (too large, offline) to 选择文件 with the reason, keeping the file', () => {
    const state = run([{ type: 'choose', file }, { type: 'check' }, { type: 'failed', message: '文件太大' }]);
    expect(state).toEqual({ phase: 'choose', progress: 0, file, error: '文件太大' });
  });

  it('keeps the confirmation and its key when the real run fails, so a retry writes once', () => {
    const state = run([
      { type: 'choose', file },
      { type: 'check' },
      { type: 'checked', report: report() },
      { type: 'proceed', idempotencyKey: 'key-1' },
      { type: 'import' },
      { type: 'failed', message: '上传中断' },
    ]);
    expect(state).toMatchObject({ phase: 'confirm', idempotencyKey: 'key-1', error: '上传中断' });
    expect(importReducer(state, { type: 'import' })).toMatchObject({ phase: 'importing', idempotencyKey: 'key-1', error: undefined });
  });

  it('shows a rejected real run (422) as a report to fix, and a new confirmation gets a new key', () => {
    const rejected = run([
      { type: 'choose', file },
      { type: 'check' },
      { type: 'checked', report: report() },
      { type: 'proceed', idempotencyKey: 'key-1' },
      { type: 'import' },
      { type: 'rejected', report: { ...invalid, dryRun: false, outcome: 'REJECTED' } },
    ]);
    expect(rejected).toMatchObject({ phase: 'checked', report: { outcome: 'REJECTED' } });
    expect(rejected.error).toMatch(/未写入任何数据/);
    expect(rejected.idempotencyKey).toBeUndefined();
    expect(canProceed(rejected.report)).toBe(false);
  });

  it('ignores events that do not belong to the current step', () => {
    const initial = initialImportState<ChosenFile>();
    expect(importReducer(initial, { type: 'check' })).toBe(initial);
    expect(importReducer(initial, { type: 'import' })).toBe(initial);
    expect(importReducer(initial, { type: 'checked', report: report() })).toBe(initial);
    const importing = run([{ type: 'choose', file }, { type: 'check' }, { type: 'checked', report: report() }, { type: 'proceed', idempotencyKey: 'k' }, { type: 'import' }]);
    expect(importReducer(importing, { type: 'choose', file: fixed })).toBe(importing);
    // Progress never goes backwards.
    expect(run([{ type: 'progress', fraction: 0.8 }, { type: 'progress', fraction: 0.3 }], importing).progress).toBe(0.8);
  });

  it('starts over', () => {
    const done = run([
      { type: 'choose', file },
      { type: 'check' },
      { type: 'checked', report: report() },
      { type: 'proceed', idempotencyKey: 'k' },
      { type: 'import' },
      { type: 'imported', report: report({ dryRun: false, outcome: 'APPLIED' }) },
      { type: 'restart' },
    ]);
    expect(done).toEqual(initialImportState());
  });
});
