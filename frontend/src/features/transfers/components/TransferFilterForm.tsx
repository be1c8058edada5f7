import { Button, Checkbox, Flex, Form, Select } from 'antd';
import type { TransferFilters } from '../filters';
import { optionsOf, transferScopeLabels, transferStateLabels, type TransferScope, type TransferState } from '../labels';

interface FilterValues {
  states?: TransferState[];
  scope?: TransferScope;
  overdue?: boolean;
}

const stateOptions = optionsOf(transferStateLabels);
const scopeOptions = optionsOf(transferScopeLabels);

/** 筛选 of 全部转接: state, scope, only the late ones. */
export function TransferFilterForm({ filters, onApply }: { filters: TransferFilters; onApply: (filters: TransferFilters) => void }) {
  return (
    <Form<FilterValues>
      // Re-mounted when the address changes (back/forward, a link), so the form always shows the list's filters.
      key={JSON.stringify(filters)}
      layout="inline"
      initialValues={{ states: filters.states, scope: filters.scope, overdue: filters.overdue }}
      onFinish={(values) => onApply({ states: values.states ?? [], scope: values.scope, overdue: values.overdue ?? false })}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="states" label="状态">
        <Select mode="multiple" allowClear options={stateOptions} placeholder="全部" style={{ minWidth: 200 }} aria-label="转接状态" />
      </Form.Item>
      <Form.Item name="scope" label="类型">
        <Select allowClear options={scopeOptions} placeholder="全部" style={{ width: 140 }} aria-label="转接类型" />
      </Form.Item>
      <Form.Item name="overdue" valuePropName="checked">
        <Checkbox>只看超期</Checkbox>
      </Form.Item>
      <Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={() => onApply({ states: [], overdue: false })}>重置</Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
