import { Alert, Descriptions, Flex } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../lib/dates';
import type { Organization } from '../api/organizations';
import { orgCategoryLabels, orgTypeLabels } from '../labels';

const dash = (value: string | number | undefined) => (value === undefined || value === '' ? '—' : value);

/** 基本信息: every field of the organization. */
export function BasicInfoTab({ organization: org }: { organization: Organization }) {
  const parent = org.ancestors?.at(-1);
  return (
    <Flex vertical gap={12}>
      <Descriptions
        bordered
        size="small"
        column={2}
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'code', label: '党组织编码', children: org.code },
          { key: 'name', label: '组织名称', children: org.name },
          { key: 'shortName', label: '简称', children: dash(org.shortName) },
          { key: 'type', label: '组织类型', children: orgTypeLabels[org.type] },
          { key: 'category', label: '组织类别', children: orgCategoryLabels[org.category] },
          {
            key: 'parent',
            label: '上级组织',
            children: parent ? <Link to={`/organizations/${parent.id}`}>{parent.name}</Link> : '无（最高层级）',
          },
          { key: 'establishedOn', label: '成立日期', children: formatDate(org.establishedOn) },
          { key: 'contactPhone', label: '联系电话', children: dash(org.contactPhone) },
          { key: 'address', label: '地址', span: 2, children: dash(org.address) },
          { key: 'residentCount', label: '辖区人口', children: dash(org.residentCount) },
          ...(org.type === 'JOINT_BRANCH' || org.coveredUnitCount !== undefined
            ? [{ key: 'coveredUnitCount', label: '覆盖单位数', children: dash(org.coveredUnitCount) }]
            : []),
          { key: 'childCount', label: '下级组织数', children: org.childCount },
          { key: 'full', label: '正式党员（含下级）', children: org.memberCounts.full },
          { key: 'probationary', label: '预备党员（含下级）', children: org.memberCounts.probationary },
          { key: 'total', label: '党员合计（含下级）', children: org.memberCounts.total },
          { key: 'status', label: '状态', children: org.archived ? '已撤销' : '正常' },
          ...(org.archived
            ? [
                { key: 'archivedOn', label: '撤销日期', children: formatDate(org.archivedOn) },
                {
                  key: 'archiveReason',
                  label: '撤销原因',
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(org.archiveReason)}</span>,
                },
              ]
            : []),
          { key: 'createdAt', label: '创建时间', children: formatDateTime(org.createdAt) },
          { key: 'updatedAt', label: '更新时间', children: formatDateTime(org.updatedAt) },
        ]}
      />
      <Alert
        type="info"
        showIcon
        title={
          <>
            党员人数按党员名册自动统计（在册的正式党员和预备党员，含下级组织）。
            <Link to={`/members?organizationId=${org.id}`}>查看党员名册</Link>
          </>
        }
      />
    </Flex>
  );
}
