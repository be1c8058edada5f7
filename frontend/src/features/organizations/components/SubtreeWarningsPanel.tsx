import { Card, Flex, Segmented, Typography, theme } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { useOrganizationTree, useSubtreeWarnings, type OrgRef } from '../api/organizations';
import { OrgTypeTag } from './OrgTags';
import { WarningList } from './WarningList';

/** The warnings summary of a street (a root): every organization below it that is out of shape. */
export function SubtreeWarningsPanel() {
  const tree = useOrganizationTree(false);
  const [chosenRoot, setChosenRoot] = useState<string>();
  const roots = tree.data?.roots ?? [];
  const rootId = roots.find((root) => root.id === chosenRoot)?.id ?? roots[0]?.id;

  return (
    <Card
      title="预警汇总"
      size="small"
      extra={
        roots.length > 1 && (
          <Segmented
            size="small"
            value={rootId}
            onChange={(value) => setChosenRoot(value)}
            options={roots.map((root) => ({ value: root.id, label: root.name }))}
          />
        )
      }
    >
      <QueryState query={tree} isEmpty={(data) => data.roots.length === 0} empty={<EmptyState description="暂无组织" />}>
        {() => (rootId ? <RootWarnings rootId={rootId} /> : null)}
      </QueryState>
    </Card>
  );
}

function RootWarnings({ rootId }: { rootId: string }) {
  const query = useSubtreeWarnings(rootId);
  const { token } = theme.useToken();
  return (
    <QueryState query={query}>
      {(summary) => (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {summary.root.name}：共检查 {summary.checked} 个组织，{summary.items.length} 个组织有预警，共 {summary.warningCount} 条。
            预警为合规提示，供及时整改。
          </Typography.Text>
          {summary.items.length === 0 ? (
            <EmptyState description="暂无预警" />
          ) : (
            <Flex vertical>
              {summary.items.map((item, index) => (
                <Flex
                  key={item.organization.id}
                  vertical
                  gap={8}
                  style={{ paddingBlock: 12, borderTop: index > 0 ? `1px solid ${token.colorSplit}` : undefined }}
                >
                  <OrgHeading org={item.organization} total={item.memberCounts.total} />
                  <WarningList warnings={item.warnings} />
                </Flex>
              ))}
            </Flex>
          )}
        </Flex>
      )}
    </QueryState>
  );
}

function OrgHeading({ org, total }: { org: OrgRef; total: number }) {
  return (
    <Flex gap={8} align="center" wrap>
      <OrgTypeTag type={org.type} />
      <Link to={`/organizations/${org.id}`}>
        <Typography.Text strong>{org.name}</Typography.Text>
      </Link>
      <Typography.Text type="secondary">
        {org.code} · 党员 {total} 人
      </Typography.Text>
    </Flex>
  );
}
