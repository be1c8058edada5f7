import { ApiError } from '../../../api/problem';

/** What the user is told when an If-Match was stale (HTTP 412) and the data was reloaded. */
export const STALE_MESSAGE = '该党员的信息已被他人修改，已重新加载，请核对后再提交';

/** Whether a failed call was refused because the record changed since it was read. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.problem.status === 412;
}
