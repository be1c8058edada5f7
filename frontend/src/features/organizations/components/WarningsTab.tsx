import { Flex, Result, Typography } from 'antd';
import { QueryState } from '../../../components/PageState';
import { useOrganizationWarnings } from '../api/organizations';
import { WarningList } from './WarningList';

/** 预警: the organization's shape warnings, with the member counts they were computed from. */
export function WarningsTab({ organizationId }: { organizationId: string }) {
  const query = useOrganizationWarnings(organizationId);
  return (
    <QueryState query={query}>
      {({ warnings, memberCounts }) => (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            依据：正式党员 {memberCounts.full} 人，预备党员 {memberCounts.probationary} 人，合计 {memberCounts.total} 人（含下级组织）。
            预警为合规提示，不影响办理业务。
          </Typography.Text>
          {warnings.length === 0 ? <Result status="success" title="暂无预警" /> : <WarningList warnings={warnings} />}
        </Flex>
      )}
    </QueryState>
  );
}
