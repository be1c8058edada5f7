import { Typography } from 'antd';
import { EmptyState } from '../../../components/PageState';

/** 组织: the organization tree and its books. Placeholder until the organizations feature lands. */
export function OrganizationsPage() {
  return (
    <>
      <Typography.Title level={3}>组织</Typography.Title>
      <EmptyState description="该功能尚未开放，将在后续版本提供" />
    </>
  );
}
