/** RFC 9457 problem details, as the backend sends them with application/problem+json. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** The request path, or for a rejected import the report to read (`/api/v1/member-imports/{id}`). */
  instance?: string;
  errors?: ProblemFieldError[];
}

/**
 * One rejected input: a field of a JSON body (`field`, a path such as `leadership.positions[0].personName`),
 * or a cell of an imported file (`row`, 1 = the first data row, and `column`, its header).
 */
export interface ProblemFieldError {
  field?: string;
  row?: number;
  column?: string;
  message: string;
}

/** An antd Form NamePath in array form, e.g. ['leadership', 'positions', 0, 'personName']. */
export type FieldPath = (string | number)[];

/** Entries for antd `form.setFields`. */
export interface FieldErrorEntry {
  name: FieldPath;
  errors: string[];
}

/** A failed API call; `problem` is the parsed body (or one synthesized from the status). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status ?? '?'}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

const FALLBACK_MESSAGE = '操作失败，请稍后重试';
const NETWORK_MESSAGE = '无法连接服务器，请检查网络后重试';

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.title === 'string' || typeof b.detail === 'string' || typeof b.type === 'string';
}

/** Turns any error body (problem+json, plain text, nothing) into a Problem. */
export function toProblem(body: unknown, status: number): Problem {
  if (isProblem(body)) return { status, ...body };
  return { status, title: `请求失败（HTTP ${status}）` };
}

/** Splits `a.b[0].c` (or `a.b.0.c`) into ['a', 'b', 0, 'c']. */
export function toFieldPath(field: string): FieldPath {
  const path: FieldPath = [];
  for (const [, name, index] of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    const segment = index ?? name;
    if (segment === undefined) continue;
    path.push(/^\d+$/.test(segment) ? Number(segment) : segment);
  }
  return path;
}

/** Groups the problem's field errors into antd `setFields` entries, one per field. */
export function problemFieldErrors(problem: Problem): FieldErrorEntry[] {
  const byField = new Map<string, FieldErrorEntry>();
  for (const { field, message } of problem.errors ?? []) {
    // Import errors name a row and column, not a form field.
    if (field === undefined) continue;
    const name = toFieldPath(field);
    if (name.length === 0) continue;
    const key = JSON.stringify(name);
    const entry = byField.get(key);
    if (entry) entry.errors.push(message);
    else byField.set(key, { name, errors: [message] });
  }
  return [...byField.values()];
}

/** A one-line message for antd `message.error`, for any thrown value. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const { detail, title } = error.problem;
    return detail ?? title ?? FALLBACK_MESSAGE;
  }
  // fetch() rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return NETWORK_MESSAGE;
  return FALLBACK_MESSAGE;
}

/**
 * Shows a failed submit to the user: field errors next to the form fields,
 * and the summary as a toast.
 */
export function showProblem(
  error: unknown,
  message: { error: (content: string) => unknown },
  form?: { setFields: (fields: FieldErrorEntry[]) => void },
): void {
  if (form && error instanceof ApiError) {
    form.setFields(problemFieldErrors(error.problem));
  }
  message.error(problemMessage(error));
}
