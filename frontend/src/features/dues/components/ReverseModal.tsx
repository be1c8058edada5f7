import { Alert, App, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../../components/FormModal';
import { toReversalBody, type ReversalValues } from '../duesForm';
import { useLastDefined } from './useLastDefined';

export interface ReverseTarget {
  /** What is reversed, e.g. 张三 2026-11 至 2027-01 党费 292.50 元. */
  what: string;
  /** What the reversal does besides, shown above the reason. */
  effect: ReactNode;
  reverse: (body: ReturnType<typeof toReversalBody>) => Promise<unknown>;
}

/**
 * 冲销 with a reason: the books are append-only, so a wrong entry is cancelled by a new one that keeps
 * both on record.
 */
export function ReverseModal({ target: asked, onClose }: { target: ReverseTarget | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const target = useLastDefined(asked);
  return (
    <FormModal<ReversalValues>
      open={asked !== undefined}
      title="冲销"
      okText="冲销"
      danger
      width={520}
      onClose={onClose}
      onSubmit={async (values) => {
        if (!target) return;
        await target.reverse(toReversalBody(values));
        message.success(`已冲销：${target.what}`);
      }}
    >
      {target && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`冲销 ${target.what}`}
          description={target.effect}
        />
      )}
      <Form.Item
        name="reason"
        label="冲销原因"
        rules={[
          { required: true, whitespace: true, message: '请填写冲销原因' },
          { max: 500, message: '不能超过500个字' },
        ]}
      >
        <Input.TextArea rows={3} placeholder="如 金额录入错误" />
      </Form.Item>
    </FormModal>
  );
}
