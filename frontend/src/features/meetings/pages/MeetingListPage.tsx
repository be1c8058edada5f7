import { Card, Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { ErrorState } from '../../../components/PageState';
import { today } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { useMeetingOrganizationTree, type OrganizationTreeNode } from '../api/meetings';
import { yearFromParam } from '../address';
import { AttendanceTab, BookTab, CalendarTab, ComplianceTab, RemindersTab } from '../components/MeetingTabs';

const TABS = ['calendar', 'reminders', 'compliance', 'attendance', 'book'] as const;
type TabKey = (typeof TABS)[number];

function findNode(nodes: OrganizationTreeNode[], id: string): OrganizationTreeNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * 三会一课: an organization (default the caller's) and its calendar, reminders, compliance, attendance and
 * book (?org=…&tab=…, and &year=… for the compliance table).
 */
export function MeetingListPage() {
  const session = useSession();
  const tree = useMeetingOrganizationTree();
  const [params, setParams] = useSearchParams();
  const organizationId = params.get('org') ?? session?.organization.id;
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'calendar';
  const complianceYear = yearFromParam(params.get('year'), today().year());
  const node = organizationId && tree.data ? findNode(tree.data.roots, organizationId) : undefined;
  const branch = node?.type === 'BRANCH' || node?.type === 'JOINT_BRANCH';
  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          三会一课
        </Typography.Title>
        <div style={{ width: 360 }}>
          <OrganizationTreeSelect
            id="meetings-organization"
            value={organizationId}
            onChange={(id) => id && set('org', id)}
            roots={tree.data?.roots}
            loading={tree.isPending}
            failed={tree.isError}
            placeholder="选择党组织"
          />
        </div>
      </Flex>
      {tree.isError && <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />}
      {organizationId && (
        <Tabs
          activeKey={tab}
          onChange={(key) => set('tab', key)}
          destroyOnHidden
          items={[
            { key: 'calendar', label: '日历', children: <CalendarTab organizationId={organizationId} /> },
            { key: 'reminders', label: '提醒', children: <RemindersTab organizationId={organizationId} /> },
            {
              key: 'compliance',
              label: '合规',
              children: tree.data && (
                <ComplianceTab
                  organizationId={organizationId}
                  branch={branch}
                  year={complianceYear}
                  onYearChange={(year) => set('year', String(year))}
                />
              ),
            },
            { key: 'attendance', label: '出勤', children: <AttendanceTab organizationId={organizationId} /> },
            { key: 'book', label: '记实簿', children: <BookTab organizationId={organizationId} /> },
          ]}
        />
      )}
    </Card>
  );
}
