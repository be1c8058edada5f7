import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../../lib/dates';
import type { MemberFilters } from '../filters';
import {
  memberCategoryLabels,
  memberStatusLabels,
  mobilityLabels,
  optionsOf,
  registrationLabels,
  type MemberCategory,
  type MemberStatus,
  type Mobility,
  type Registration,
} from '../labels';
import { OrganizationPicker } from './OrganizationPickers';

/** The filters as the form holds them (the join-date range as dayjs). */
interface FilterValues {
  organizationId?: string;
  statuses?: MemberStatus[];
  category?: MemberCategory;
  registration?: Registration;
  mobility?: Mobility;
  ageMin?: number | null;
  ageMax?: number | null;
  joined?: [Dayjs | null, Dayjs | null] | null;
  q?: string;
}

function toValues(filters: MemberFilters): FilterValues {
  const from = fromApiDate(filters.joinedFrom);
  const to = fromApiDate(filters.joinedTo);
  return {
    organizationId: filters.organizationId,
    statuses: filters.statuses,
    category: filters.category,
    registration: filters.registration,
    mobility: filters.mobility,
    ageMin: filters.ageMin,
    ageMax: filters.ageMax,
    joined: from || to ? [from ?? null, to ?? null] : null,
    q: filters.q,
  };
}

function toFilters(values: FilterValues, sort: MemberFilters['sort']): MemberFilters {
  return {
    organizationId: values.organizationId,
    statuses: values.statuses ?? [],
    category: values.category,
    registration: values.registration,
    mobility: values.mobility,
    ageMin: values.ageMin ?? undefined,
    ageMax: values.ageMax ?? undefined,
    joinedFrom: toApiDate(values.joined?.[0]),
    joinedTo: toApiDate(values.joined?.[1]),
    q: values.q?.trim() || undefined,
    sort,
  };
}

const statusOptions = optionsOf(memberStatusLabels);
const categoryOptions = optionsOf(memberCategoryLabels);
const registrationOptions = optionsOf(registrationLabels);
const mobilityOptions = optionsOf(mobilityLabels);

interface MemberFilterFormProps {
  filters: MemberFilters;
  onApply: (filters: MemberFilters) => void;
}

/** 筛选: organization subtree, status, category, registration, mobility, age, join dates and a search box. */
export function MemberFilterForm({ filters, onApply }: MemberFilterFormProps) {
  const [form] = Form.useForm<FilterValues>();
  const apply = (values: FilterValues) => onApply(toFilters(values, filters.sort));

  return (
    <Form<FilterValues>
      // Re-mounted when the address changes (back/forward, a link), so the form always shows the list's filters.
      key={JSON.stringify(filters)}
      form={form}
      layout="inline"
      initialValues={toValues(filters)}
      onFinish={apply}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="q" label="搜索">
        <Input.Search
          allowClear
          placeholder="姓名、身份证号后几位或电话"
          style={{ width: 260 }}
          onSearch={() => form.submit()}
          aria-label="搜索党员"
        />
      </Form.Item>
      <Form.Item name="organizationId" label="组织" style={{ width: 320 }}>
        <OrganizationPicker allowClear placeholder="本组织及下级（全部）" />
      </Form.Item>
      <Form.Item name="statuses" label="党员状态">
        <Select mode="multiple" allowClear options={statusOptions} placeholder="在党（预备、正式）" style={{ minWidth: 200 }} />
      </Form.Item>
      <Form.Item name="category" label="特殊群体">
        <Select allowClear options={categoryOptions} placeholder="全部" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="registration" label="党员类别">
        <Select allowClear options={registrationOptions} placeholder="全部" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="mobility" label="流动">
        <Select allowClear options={mobilityOptions} placeholder="全部" style={{ width: 100 }} />
      </Form.Item>
      <Form.Item label="年龄">
        <Space.Compact>
          <Form.Item name="ageMin" noStyle>
            <InputNumber min={0} max={150} precision={0} placeholder="最小" style={{ width: 80 }} aria-label="最小年龄" />
          </Form.Item>
          <Form.Item
            name="ageMax"
            noStyle
            dependencies={['ageMin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null | undefined) => {
                  const min = getFieldValue('ageMin') as number | null | undefined;
                  if (value != null && min != null && value < min) throw new Error('最大年龄不能小于最小年龄');
                },
              }),
            ]}
          >
            <InputNumber min={0} max={150} precision={0} placeholder="最大" style={{ width: 80 }} aria-label="最大年龄" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="joined" label="入党日期">
        <DatePicker.RangePicker allowEmpty={[true, true]} format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={() => onApply({ statuses: [], sort: filters.sort })}>重置</Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
