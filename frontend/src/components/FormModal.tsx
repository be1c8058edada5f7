import { App, Button, Flex, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { showProblem } from '../api/problem';
import { LoadingState } from './PageState';

/** What a submit handler gets besides the values. */
export interface SubmitContext<V> {
  form: FormInstance<V>;
  /** One key per opened form (crypto.randomUUID()), for the Idempotency-Key of a create. */
  idempotencyKey: string;
}

interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** Resolves when done (the modal closes); a rejection is shown on the form. */
  onSubmit: (values: V, context: SubmitContext<V>) => Promise<unknown>;
  /** Handles a failed submit itself when it returns true (e.g. a stale If-Match); else showProblem. */
  onError?: (error: unknown, form: FormInstance<V>) => boolean | Promise<boolean>;
  initialValues?: FormProps<V>['initialValues'];
  onValuesChange?: (changed: Partial<V>, all: V, form: FormInstance<V>) => void;
  okText?: string;
  danger?: boolean;
  width?: number;
  /** Data the form's initial values depend on is still loading (the form mounts once it is there). */
  loading?: boolean;
  children: ReactNode;
}

/**
 * A modal with one form: submit and cancel buttons, a pending state, and the API's validation
 * errors shown next to their fields (problem+json `errors[].field`) with the summary as a toast.
 * The form is destroyed when the modal closes, so every opening starts clean with a fresh idempotency key.
 */
export function FormModal<V>({ open, title, onClose, width = 640, loading, ...rest }: FormModalProps<V>) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} width={width} destroyOnHidden mask={{ closable: false }}>
      {loading ? <LoadingState /> : <ModalForm<V> onClose={onClose} {...rest} />}
    </Modal>
  );
}

function ModalForm<V>({
  onClose,
  onSubmit,
  onError,
  initialValues,
  onValuesChange,
  okText = '提交',
  danger,
  children,
}: Omit<FormModalProps<V>, 'open' | 'title' | 'width' | 'loading'>) {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState(false);

  const finish = async (values: V) => {
    setPending(true);
    try {
      await onSubmit(values, { form, idempotencyKey });
      onClose();
    } catch (error) {
      // The server's field paths are untyped strings, so they cannot be checked against V.
      if (!(await onError?.(error, form))) showProblem(error, message, form as unknown as FormInstance);
    } finally {
      setPending(false);
    }
  };

  return (
    <Form<V>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={(changed, all) => onValuesChange?.(changed, all, form)}
      onFinish={(values) => void finish(values)}
      scrollToFirstError
      style={{ marginTop: 16 }}
    >
      {children}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" danger={danger} htmlType="submit" loading={pending}>
          {okText}
        </Button>
      </Flex>
    </Form>
  );
}
