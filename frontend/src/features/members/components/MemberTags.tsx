import { Flex, Tag, Typography } from 'antd';
import type { Member } from '../api/members';
import {
  leaveKindLabels,
  memberCategoryColors,
  memberCategoryLabels,
  memberStatusColors,
  memberStatusLabels,
  mobilityLabels,
  type MemberCategory,
} from '../labels';

/** 党员状态, with the 出党方式 for those who left (已出党（除名）). */
export function MemberStatusTag({ member }: { member: Pick<Member, 'status' | 'leftKind'> }) {
  const kind = member.status === 'LEFT' && member.leftKind ? `（${leaveKindLabels[member.leftKind]}）` : '';
  return (
    <Tag color={memberStatusColors[member.status]} style={{ marginInlineEnd: 0 }}>
      {memberStatusLabels[member.status]}
      {kind}
    </Tag>
  );
}

/** 特殊群体 flags as tags; a dash when none. */
export function CategoryTags({ categories }: { categories: readonly MemberCategory[] }) {
  if (categories.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {categories.map((category) => (
        <Tag key={category} color={memberCategoryColors[category]} style={{ marginInlineEnd: 0 }}>
          {memberCategoryLabels[category]}
        </Tag>
      ))}
    </Flex>
  );
}

/** 流出 / 流入 with the place, or a dash. */
export function MobilityText({ member }: { member: Pick<Member, 'mobile'> }) {
  if (!member.mobile) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      <Tag color={member.mobile.direction === 'OUTFLOW' ? 'cyan' : 'geekblue'} style={{ marginInlineEnd: 4 }}>
        {mobilityLabels[member.mobile.direction]}
      </Tag>
      {member.mobile.place}
    </span>
  );
}
