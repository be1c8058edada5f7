import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Organization, OrganizationUpdate } from '../api/organizations';
import { optionalNumber, optionalText } from '../../../lib/text';
import { fromApiDate, toApiDate } from '../../../lib/dates';
import { optionsOf, orgCategoryLabels, type OrgCategory, type OrgType } from '../labels';

/** The editable fields of an organization as the form holds them (dates as dayjs). */
export interface OrganizationFieldValues {
  code: string;
  name: string;
  shortName?: string;
  category?: OrgCategory;
  establishedOn?: Dayjs | null;
  address?: string;
  contactPhone?: string;
  residentCount?: number | null;
  coveredUnitCount?: number | null;
}

export function toFieldValues(org: Organization): OrganizationFieldValues {
  return {
    code: org.code,
    name: org.name,
    shortName: org.shortName,
    category: org.category,
    establishedOn: fromApiDate(org.establishedOn),
    address: org.address,
    contactPhone: org.contactPhone,
    residentCount: org.residentCount,
    coveredUnitCount: org.coveredUnitCount,
  };
}

/** The form's values as the API's editable fields; blanks become absent. */
export function toApiFields(values: OrganizationFieldValues): Omit<OrganizationUpdate, 'category'> & { category?: OrgCategory } {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    shortName: optionalText(values.shortName),
    category: values.category,
    establishedOn: toApiDate(values.establishedOn),
    address: optionalText(values.address),
    contactPhone: optionalText(values.contactPhone),
    residentCount: optionalNumber(values.residentCount),
    coveredUnitCount: optionalNumber(values.coveredUnitCount),
  };
}

const categoryOptions = optionsOf(orgCategoryLabels);

/** Code, names, category, dates and contact; `type` decides 覆盖单位数. Member numbers come from the roster, not from here. */
export function OrganizationFields({ type }: { type?: OrgType }) {
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="code"
            label="党组织编码"
            rules={[
              { required: true, whitespace: true, message: '请填写党组织编码' },
              { pattern: /^[A-Za-z0-9_-]+$/, message: '只能包含字母、数字、连字符和下划线' },
              { max: 64, message: '不能超过64个字符' },
            ]}
          >
            <Input placeholder="如 GL-0101-03" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="category" label="组织类别" rules={[{ required: true, message: '请选择组织类别' }]}>
            <Select options={categoryOptions} placeholder="请选择" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label="组织名称"
            rules={[
              { required: true, whitespace: true, message: '请填写组织名称' },
              { max: 200, message: '不能超过200个字符' },
            ]}
          >
            <Input placeholder="如 幸福里社区第三党支部" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="shortName" label="简称" rules={[{ max: 100, message: '不能超过100个字符' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="establishedOn" label="成立日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contactPhone" label="联系电话" rules={[{ max: 40, message: '不能超过40个字符' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label="地址" rules={[{ max: 300, message: '不能超过300个字符' }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="residentCount" label="辖区人口" tooltip="社区党组织填写，用于核定班子职数">
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {type === 'JOINT_BRANCH' && (
          <Col span={12}>
            <Form.Item name="coveredUnitCount" label="覆盖单位数" tooltip="联合党支部覆盖的单位数，一般不超过5个">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </>
  );
}
