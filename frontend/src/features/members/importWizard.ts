import type { MemberImportReport } from './api/imports';

/**
 * The import wizard as a state machine: 选择文件 → 预检 (a dry run) → 确认导入 → 导入中 → 完成.
 * Pure; the page runs the uploads and dispatches what happened.
 *
 * - choose:    a file may be chosen (and an earlier failure is shown);
 * - checking:  the dry run is uploading / being checked;
 * - checked:   the dry run's report (or a real run's rejection) is shown; go on only when it is clean;
 * - confirm:   what the real run will do, and the button that starts it;
 * - importing: the real run is uploading / being written;
 * - done:      the real run's report.
 */
export type ImportPhase = 'choose' | 'checking' | 'checked' | 'confirm' | 'importing' | 'done';

/** A chosen file as the wizard needs it (a File in the browser). */
export interface ChosenFile {
  name: string;
  size: number;
}

export interface ImportState<F extends ChosenFile = File> {
  phase: ImportPhase;
  file?: F;
  /** Share of the current upload sent, 0–1; at 1 the server is still working. */
  progress: number;
  /** The dry run's report (checked, confirm, importing), or the real run's (done, or checked after a rejection). */
  report?: MemberImportReport;
  /** Why the last step failed, shown on the step it returned to. */
  error?: string;
  /** The real run's Idempotency-Key: fresh for each confirmation, the same for its retries. */
  idempotencyKey?: string;
}

export type ImportEvent<F extends ChosenFile = File> =
  | { type: 'choose'; file: F }
  | { type: 'clear' }
  | { type: 'check' }
  | { type: 'progress'; fraction: number }
  | { type: 'checked'; report: MemberImportReport }
  | { type: 'proceed'; idempotencyKey: string }
  | { type: 'back' }
  | { type: 'import' }
  | { type: 'imported'; report: MemberImportReport }
  /** The real run refused the file (422): its report, with the rows. */
  | { type: 'rejected'; report: MemberImportReport }
  | { type: 'failed'; message: string }
  | { type: 'restart' };

export function initialImportState<F extends ChosenFile = File>(): ImportState<F> {
  return { phase: 'choose', progress: 0 };
}

/** A dry run may lead to the real run only when every row is valid. */
export function canProceed(report: MemberImportReport | undefined): boolean {
  return report !== undefined && report.dryRun && report.outcome === 'VALID' && report.errorCount === 0;
}

export function importReducer<F extends ChosenFile>(state: ImportState<F>, event: ImportEvent<F>): ImportState<F> {
  switch (event.type) {
    case 'choose':
      if (state.phase !== 'choose' && state.phase !== 'checked') return state;
      return { phase: 'choose', progress: 0, file: event.file };
    case 'clear':
      return state.phase === 'choose' ? initialImportState<F>() : state;
    case 'check':
      if ((state.phase !== 'choose' && state.phase !== 'checked') || !state.file) return state;
      return { phase: 'checking', progress: 0, file: state.file };
    case 'progress':
      if (state.phase !== 'checking' && state.phase !== 'importing') return state;
      return { ...state, progress: Math.min(1, Math.max(state.progress, event.fraction)) };
    case 'checked':
      if (state.phase !== 'checking') return state;
      return { phase: 'checked', progress: 1, file: state.file, report: event.report };
    case 'proceed':
      if (state.phase !== 'checked' || !canProceed(state.report)) return state;
      return { ...state, phase: 'confirm', error: undefined, idempotencyKey: event.idempotencyKey };
    case 'back':
      if (state.phase === 'confirm') return { ...state, phase: 'checked', error: undefined, idempotencyKey: undefined };
      if (state.phase === 'checked') return { phase: 'choose', progress: 0, file: state.file };
      return state;
    case 'import':
      if (state.phase !== 'confirm' || !state.file) return state;
      return { ...state, phase: 'importing', progress: 0, error: undefined };
    case 'imported':
      if (state.phase !== 'importing') return state;
      return { phase: 'done', progress: 1, file: state.file, report: event.report };
    case 'rejected':
      if (state.phase !== 'importing') return state;
      // Nothing was written; the file must be fixed and checked again (a new confirmation, a new key).
      return {
        phase: 'checked',
        progress: 1,
        file: state.file,
        report: event.report,
        error: '导入未执行：文件中有不符合要求的行，未写入任何数据。请修改后重新预检。',
      };
    case 'failed':
      if (state.phase === 'checking') return { phase: 'choose', progress: 0, file: state.file, error: event.message };
      // The confirmation (and its key) stays, so 确认导入 retries the same run.
      if (state.phase === 'importing') return { ...state, phase: 'confirm', progress: 0, error: event.message };
      return state;
    case 'restart':
      return initialImportState<F>();
  }
}

/** The step the Steps bar highlights (0–4). */
export function stepOf(phase: ImportPhase): number {
  switch (phase) {
    case 'choose':
      return 0;
    case 'checking':
    case 'checked':
      return 1;
    case 'confirm':
      return 2;
    case 'importing':
      return 3;
    case 'done':
      return 4;
  }
}
