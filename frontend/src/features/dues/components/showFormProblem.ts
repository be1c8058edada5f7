import type { FormInstance } from 'antd';
import { showProblem } from '../../../api/problem';
import { withFormFieldNames } from '../duesForm';

/**
 * Shows a failed submit on a dues form: the server's field errors next to the fields (amounts renamed
 * from fen to the 元 the form has), the summary as a toast.
 */
export function showFormProblem<V>(error: unknown, message: { error: (content: string) => unknown }, form: FormInstance<V>): true {
  // The server's field paths are untyped strings, so they cannot be checked against V.
  showProblem(withFormFieldNames(error), message, form as unknown as FormInstance);
  return true;
}
