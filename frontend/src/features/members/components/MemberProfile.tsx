import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { problemMessage } from '../../../api/problem';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useCanRevealSensitive } from '../../../lib/permissions';
import { useRevealMember, type Member } from '../api/members';
import { educationLabels, genderLabels, mobilityLabels, registrationLabels } from '../labels';
import { CategoryTags, MemberStatusTag } from './MemberTags';

const dash = (value: string | number | undefined) => (value === undefined || value === '' ? '—' : value);

/**
 * 基本信息: every field of the record. 身份证号 and phone are masked; accounts allowed to see them
 * in full get 显示完整信息, which asks the server once (audited) and shows them until hidden or
 * until the record changes.
 */
export function MemberProfile({ member }: { member: Member }) {
  const { message } = App.useApp();
  const canReveal = useCanRevealSensitive();
  const reveal = useRevealMember(member.id);
  // A reveal of an older version of the record is not shown.
  const revealed = reveal.data?.version === member.version ? reveal.data : undefined;

  const revealButton = canReveal ? (
    revealed ? (
      <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => reveal.reset()}>
        隐藏完整信息
      </Button>
    ) : (
      <Tooltip title="显示完整的身份证号和联系电话；每次查看都会记入审计日志">
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate(undefined, { onError: (error) => message.error(problemMessage(error)) })}
        >
          显示完整信息
        </Button>
      </Tooltip>
    )
  ) : null;

  return (
    <Card size="small" title="基本信息" extra={revealButton}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 130 } }}
        items={[
          { key: 'name', label: '姓名', children: member.name },
          { key: 'gender', label: '性别', children: genderLabels[member.gender] },
          { key: 'ethnicity', label: '民族', children: dash(member.ethnicity) },
          { key: 'birthDate', label: '出生日期', children: member.birthDate ? `${formatDate(member.birthDate)}（${member.age} 岁）` : `${member.age} 岁（出生日期随身份证号脱敏）` },
          {
            key: 'idNumber',
            label: '身份证号',
            children: <Typography.Text copyable={revealed !== undefined}>{(revealed ?? member).idNumber}</Typography.Text>,
          },
          { key: 'phone', label: '联系电话', children: dash((revealed ?? member).phone) },
          { key: 'education', label: '学历', children: member.education ? educationLabels[member.education] : '—' },
          { key: 'workUnit', label: '工作单位', children: dash(member.workUnit) },
          { key: 'jobTitle', label: '职务', children: dash(member.jobTitle) },
          { key: 'address', label: '家庭住址', children: dash(member.address) },
          { key: 'status', label: '党员状态', children: <MemberStatusTag member={member} /> },
          { key: 'joinedOn', label: '入党日期', children: formatDate(member.joinedOn) },
          member.status === 'PROBATIONARY'
            ? {
                key: 'probationEndsOn',
                label: '预备期满',
                children: (
                  <>
                    {formatDate(member.probationEndsOn)} {member.probationExtended && <Tag color="orange">已延长</Tag>}
                  </>
                ),
              }
            : { key: 'fullOn', label: '转正日期', children: formatDate(member.fullOn) },
          ...(member.statusChangedOn ? [{ key: 'statusChangedOn', label: '状态变更日期', children: formatDate(member.statusChangedOn) }] : []),
          {
            key: 'organization',
            label: '所在党支部',
            children: <Link to={`/organizations/${member.organization.id}`}>{member.organization.name}</Link>,
          },
          { key: 'group', label: '党小组', children: member.group?.name ?? '—' },
          { key: 'registration', label: '党员类别', children: registrationLabels[member.registration] },
          { key: 'categories', label: '特殊群体', children: <CategoryTags categories={member.categories} /> },
          { key: 'createdAt', label: '登记时间', children: formatDateTime(member.createdAt) },
          { key: 'updatedAt', label: '更新时间', children: formatDateTime(member.updatedAt) },
          // Last, across whatever is left of its row.
          { key: 'note', label: '备注', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(member.note)}</span> },
        ]}
      />
    </Card>
  );
}

/** 流动党员: where, the Party organization there, how to reach them, since when. */
export function MobileCard({ member }: { member: Member }) {
  const mobile = member.mobile;
  if (!mobile) return null;
  return (
    <Card size="small" title="流动党员">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 130 } }}
        items={[
          { key: 'direction', label: '流动类型', children: mobilityLabels[mobile.direction] },
          { key: 'place', label: mobile.direction === 'OUTFLOW' ? '流出地' : '流入前所在地', children: mobile.place },
          { key: 'organization', label: '流动地党组织', children: dash(mobile.organization) },
          { key: 'contact', label: '流动期间联系方式', children: dash(mobile.contact) },
          { key: 'since', label: '流动开始日期', children: formatDate(mobile.since) },
        ]}
      />
    </Card>
  );
}
