import { Checkbox, Col, DatePicker, Divider, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Member } from '../api/members';
import {
  ETHNICITIES,
  educationLabels,
  genderLabels,
  memberCategoryLabels,
  memberStatusLabels,
  mobilityLabels,
  optionsOf,
  registrationLabels,
} from '../labels';
import type { MemberFieldValues } from '../memberForm';
import { BranchPicker, GroupPicker } from './OrganizationPickers';

const ethnicityOptions = ETHNICITIES.map((name) => ({ value: name, label: name }));
const educationOptions = optionsOf(educationLabels);
const genderOptions = optionsOf(genderLabels);
const categoryOptions = optionsOf(memberCategoryLabels);
const registrationOptions = optionsOf(registrationLabels);
const mobilityOptions = optionsOf(mobilityLabels);
const statusOptions = optionsOf(memberStatusLabels, ['PROBATIONARY', 'FULL']);

const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });

function Section({ title }: { title: string }) {
  return (
    <Divider titlePlacement="start" style={{ marginTop: 4 }}>
      {title}
    </Divider>
  );
}

function Pair({ children }: { children: [ReactNode, ReactNode] | ReactNode }) {
  const [left, right] = Array.isArray(children) ? children : [children, null];
  return (
    <Row gutter={16}>
      <Col span={12}>{left}</Col>
      <Col span={12}>{right}</Col>
    </Row>
  );
}

interface MemberFieldsProps {
  /** Absent: a new member (身份证号 required, status and branch chosen here). Present: editing this member. */
  member?: Member;
}

/**
 * Every field of a member's record, in sections. On edit, 身份证号 and phone show their masked
 * values as placeholders and stay empty unless retyped; status and branch change through the
 * lifecycle actions and 调整支部, not here.
 */
export function MemberFields({ member }: MemberFieldsProps) {
  const form = Form.useFormInstance<MemberFieldValues>();
  const status = Form.useWatch('status', form);
  const branchId = Form.useWatch('organizationId', form);
  const mobility = Form.useWatch('mobility', form);
  const clearPhone = Form.useWatch('clearPhone', form);
  const editing = member !== undefined;
  const fullOnShown = editing ? member.status !== 'PROBATIONARY' : status === 'FULL';
  const fullOnRequired = editing ? member.status === 'FULL' : status === 'FULL';

  return (
    <>
      <Section title="基本信息" />
      <Pair>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, max(50)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="身份证号"
          extra={editing ? '留空则保持不变；如需更正请输入完整号码' : '出生日期和性别将按身份证号填写'}
          rules={[
            { required: !editing, whitespace: true, message: '请填写身份证号' },
            { pattern: /^\s*\d{17}[\dXx]\s*$/, message: '应为18位，最后一位可以是X' },
          ]}
        >
          <Input autoComplete="off" placeholder={member?.idNumber ?? '18位身份证号'} maxLength={18} />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item name="gender" label="性别">
          <Radio.Group options={genderOptions} />
        </Form.Item>
        <Form.Item name="birthDate" label="出生日期">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item name="ethnicity" label="民族">
          <Select options={ethnicityOptions} showSearch={{ optionFilterProp: 'label' }} allowClear placeholder="请选择" />
        </Form.Item>
        <Form.Item name="education" label="学历">
          <Select options={educationOptions} allowClear placeholder="请选择" />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item
          name="phone"
          label="联系电话"
          extra={editing && member.phone ? '留空则保持不变' : undefined}
          rules={[{ pattern: /^\s*\+?[0-9][0-9 -]{5,24}\s*$/, message: '请填写正确的电话号码' }]}
        >
          <Input autoComplete="off" placeholder={member?.phone} disabled={clearPhone === true} />
        </Form.Item>
        {editing && member.phone ? (
          <Form.Item name="clearPhone" valuePropName="checked" label=" " colon={false}>
            <Checkbox>清除联系电话</Checkbox>
          </Form.Item>
        ) : null}
      </Pair>
      <Pair>
        <Form.Item name="workUnit" label="工作单位" rules={[max(200)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="jobTitle" label="职务" rules={[max(100)]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Pair>
      <Form.Item name="address" label="家庭住址" rules={[max(300)]}>
        <Input autoComplete="off" />
      </Form.Item>

      <Section title="党籍" />
      {!editing && (
        <Form.Item name="status" label="党员状态" rules={[{ required: true, message: '请选择党员状态' }]}>
          <Radio.Group options={statusOptions} />
        </Form.Item>
      )}
      <Pair>
        <Form.Item name="joinedOn" label="入党日期" rules={[{ required: true, message: '请选择入党日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {fullOnShown ? (
          <Form.Item
            name="fullOn"
            label="转正日期"
            extra="一般为入党满一年（预备期满）之日"
            rules={[{ required: fullOnRequired, message: '正式党员须填写转正日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </Pair>
      <Pair>
        <Form.Item name="registration" label="党员类别" rules={[{ required: true, message: '请选择党员类别' }]}>
          <Radio.Group options={registrationOptions} />
        </Form.Item>
        <Form.Item name="categories" label="特殊群体">
          <Checkbox.Group options={categoryOptions} />
        </Form.Item>
      </Pair>

      <Section title="组织关系" />
      {editing ? (
        <Pair>
          <Form.Item label="所在党支部" extra="调整支部请使用详情页的“调整支部”">
            <Typography.Text>{member.organization.name}</Typography.Text>
          </Form.Item>
          <Form.Item name="groupId" label="党小组">
            <GroupPicker branchId={member.organization.id} current={member.group} />
          </Form.Item>
        </Pair>
      ) : (
        <>
          <Pair>
            <Form.Item name="organizationId" label="所在党支部" rules={[{ required: true, message: '请选择党支部' }]}>
              <BranchPicker placeholder="请选择党支部或联合党支部" />
            </Form.Item>
            <Form.Item name="groupId" label="党小组">
              <GroupPicker branchId={branchId} />
            </Form.Item>
          </Pair>
          <Pair>
            <Form.Item name="registeredOn" label="转入本支部日期" extra="不填则为今天">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Pair>
        </>
      )}

      <Section title="流动党员" />
      <Pair>
        <Form.Item name="mobility" label="流动类型" extra="不是流动党员请留空">
          <Select options={mobilityOptions} allowClear placeholder="非流动党员" />
        </Form.Item>
        {mobility ? (
          <Form.Item
            name="mobilePlace"
            label={mobility === 'OUTFLOW' ? '流出地' : '流入前所在地'}
            rules={[{ required: true, whitespace: true, message: '请填写流动地点' }, max(200)]}
          >
            <Input autoComplete="off" placeholder="如 广东省深圳市" />
          </Form.Item>
        ) : null}
      </Pair>
      {mobility ? (
        <>
          <Pair>
            <Form.Item name="mobileOrganization" label="流动地党组织" rules={[max(200)]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="mobileContact" label="流动期间联系方式" rules={[max(100)]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Pair>
          <Pair>
            <Form.Item name="mobileSince" label="流动开始日期">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Pair>
        </>
      ) : null}

      <Section title="其他" />
      <Form.Item name="note" label="备注" rules={[max(500)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
