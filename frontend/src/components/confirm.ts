import type { App } from 'antd';
import type { ReactNode } from 'react';

type ModalApi = ReturnType<typeof App.useApp>['modal'];

/** Thrown from a form's submit when the user declined the confirmation: nothing to report. */
export class NotConfirmed extends Error {
  constructor() {
    super('not confirmed');
    this.name = 'NotConfirmed';
  }
}

/**
 * Asks the user to confirm a consequential action (Modal.confirm); resolves when they do and
 * rejects with {@link NotConfirmed} when they cancel. The caller runs the action afterwards, so the
 * form keeps its pending state and shows any failure on its fields.
 */
export function confirmOrCancel(
  modal: ModalApi,
  options: { title: ReactNode; content: ReactNode; okText: string; danger?: boolean },
): Promise<void> {
  return new Promise((resolve, reject) => {
    modal.confirm({
      title: options.title,
      content: options.content,
      okText: options.okText,
      cancelText: '再想想',
      okButtonProps: { danger: options.danger },
      onOk: () => resolve(),
      onCancel: () => reject(new NotConfirmed()),
    });
  });
}
