import { Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { components } from '../../../api/schema';
import { FormModal } from '../../../components/FormModal';
import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { today } from '../../../lib/dates';
import { ETHNICITIES, educationLabels, genderLabels, memberStatusLabels } from '../../members';
import { useCreateTransfer, useTransferOrganizationTree, type Transfer } from '../api/transfers';
import { optionsOf } from '../labels';
import { LETTER_DAYS, defaultValidDays, toIncomingBody, type IncomingTransferValues } from '../transferForm';

type OrganizationTreeNode = components['schemas']['OrganizationTreeNode'];

const ethnicityOptions = ETHNICITIES.map((name) => ({ value: name, label: name }));
const educationOptions = optionsOf(educationLabels);
const genderOptions = optionsOf(genderLabels);
const statusOptions = optionsOf(memberStatusLabels, ['PROBATIONARY', 'FULL']);

const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });
const afterToday = (day: Dayjs) => day.isAfter(today(), 'day');
const futureMonth = (month: Dayjs) => month.isAfter(today(), 'month');
/** 党小组 cannot receive a member's 组织关系. */
const isGroup = (node: OrganizationTreeNode) => node.type === 'PARTY_GROUP';

function Section({ title }: { title: string }) {
  return (
    <Divider titlePlacement="start" style={{ marginTop: 4 }}>
      {title}
    </Divider>
  );
}

function Pair({ children }: { children: [ReactNode, ReactNode] }) {
  return (
    <Row gutter={16}>
      <Col span={12}>{children[0]}</Col>
      <Col span={12}>{children[1]}</Col>
    </Row>
  );
}

function ReceiverPicker(props: { id?: string; value?: string; onChange?: (value: string | undefined) => void }) {
  const tree = useTransferOrganizationTree();
  return (
    <OrganizationTreeSelect
      {...props}
      roots={tree.data?.roots}
      loading={tree.isPending}
      failed={tree.isError}
      isDisabled={isGroup}
      placeholder="本组织或下级党组织"
    />
  );
}

interface IncomingTransferModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (transfer: Transfer) => void;
}

/**
 * 登记转入: a member brought a 介绍信 from an organization elsewhere. The letter and the member's
 * data as it states them are recorded; the member is registered when the transfer is accepted.
 */
export function IncomingTransferModal({ open, onClose, onCreated }: IncomingTransferModalProps) {
  const create = useCreateTransfer();
  return (
    <FormModal<IncomingTransferValues>
      open={open}
      title="登记转入"
      okText="登记"
      width={860}
      onClose={onClose}
      initialValues={{
        inCity: false,
        duesPaidTo: today(),
        member: { status: 'FULL', ethnicity: '汉族' },
        letter: { validDays: defaultValidDays('INCOMING', false) },
      }}
      onValuesChange={(changed, all, form) => {
        // The letter's usual validity follows where it came from, unless typed already.
        if ('inCity' in changed && all.letter.validDays === defaultValidDays('INCOMING', !changed.inCity)) {
          form.setFieldValue(['letter', 'validDays'], defaultValidDays('INCOMING', changed.inCity ?? false));
        }
      }}
      onSubmit={async (values, { idempotencyKey }) => {
        const created = await create.mutateAsync({ body: toIncomingBody(values), idempotencyKey });
        onCreated(created);
      }}
    >
      <IncomingFields />
    </FormModal>
  );
}

function IncomingFields() {
  const form = Form.useFormInstance<IncomingTransferValues>();
  const status = Form.useWatch(['member', 'status'], form);
  return (
    <>
      <Section title="来源与接收" />
      <Pair>
        <Form.Item name="fromName" label="开具介绍信的党组织" rules={[{ required: true, whitespace: true, message: '请填写开具介绍信的党组织' }, max(200)]}>
          <Input autoComplete="off" placeholder="如 中共某某街道某某社区委员会" />
        </Form.Item>
        <Form.Item name="fromRegion" label="所在地区" rules={[max(200)]}>
          <Input autoComplete="off" placeholder="如 江苏省南京市玄武区" />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item name="toOrganizationId" label="接收党组织" rules={[{ required: true, message: '请选择接收党组织' }]}>
          <ReceiverPicker />
        </Form.Item>
        <Form.Item name="inCity" valuePropName="checked" label="同城" extra="来自本市的党组织">
          <Checkbox>同城转入</Checkbox>
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item name="reason" label="转接原因" rules={[{ required: true, whitespace: true, message: '请填写转接原因' }, max(200)]}>
          <Input autoComplete="off" placeholder="如 工作调动" />
        </Form.Item>
        <Form.Item name="duesPaidTo" label="党费交至" rules={[{ required: true, message: '请选择党费交至的月份' }]}>
          <DatePicker picker="month" format="YYYY-MM" style={{ width: '100%' }} disabledDate={futureMonth} />
        </Form.Item>
      </Pair>

      <Section title="介绍信" />
      <Pair>
        <Form.Item name={['letter', 'number']} label="介绍信编号" rules={[{ required: true, whitespace: true, message: '请填写介绍信编号' }, max(50)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name={['letter', 'issuedOn']} label="开具日期" rules={[{ required: true, message: '请选择开具日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item
          name={['letter', 'validDays']}
          label="有效期（天）"
          extra={`以介绍信所写为准；同城一般 ${LETTER_DAYS.inCity} 天，外地 ${LETTER_DAYS.elsewhere} 天`}
          rules={[{ required: true, message: '请填写有效期' }]}
        >
          <InputNumber min={1} max={LETTER_DAYS.max} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {null}
      </Pair>

      <Section title="党员信息（按介绍信填写）" />
      <Pair>
        <Form.Item name={['member', 'name']} label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, max(50)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name={['member', 'idNumber']}
          label="身份证号"
          rules={[
            { required: true, whitespace: true, message: '请填写身份证号' },
            { pattern: /^\s*\d{17}[\dXx]\s*$/, message: '应为18位，最后一位可以是X' },
          ]}
        >
          <Input autoComplete="off" maxLength={18} placeholder="18位身份证号" />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item name={['member', 'gender']} label="性别">
          <Radio.Group options={genderOptions} />
        </Form.Item>
        <Form.Item name={['member', 'ethnicity']} label="民族">
          <Select options={ethnicityOptions} showSearch={{ optionFilterProp: 'label' }} allowClear placeholder="请选择" />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item
          name={['member', 'phone']}
          label="联系电话"
          rules={[{ pattern: /^\s*\+?[0-9][0-9 -]{5,24}\s*$/, message: '请填写正确的电话号码' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name={['member', 'education']} label="学历">
          <Select options={educationOptions} allowClear placeholder="请选择" />
        </Form.Item>
      </Pair>
      <Pair>
        <Form.Item name={['member', 'workUnit']} label="工作单位" rules={[max(200)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name={['member', 'jobTitle']} label="职务" rules={[max(100)]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Pair>
      <Form.Item name={['member', 'address']} label="家庭住址" rules={[max(300)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name={['member', 'status']} label="党员状态" rules={[{ required: true, message: '请选择党员状态' }]}>
        <Radio.Group options={statusOptions} />
      </Form.Item>
      <Pair>
        <Form.Item name={['member', 'joinedOn']} label="入党日期" rules={[{ required: true, message: '请选择入党日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
        </Form.Item>
        {status === 'FULL' ? (
          <Form.Item name={['member', 'fullOn']} label="转正日期" rules={[{ required: true, message: '正式党员须填写转正日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
          </Form.Item>
        ) : (
          <Form.Item name={['member', 'probationEndsOn']} label="预备期满日期" extra="延长过预备期时填写；不填为入党满一年">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Pair>
    </>
  );
}
