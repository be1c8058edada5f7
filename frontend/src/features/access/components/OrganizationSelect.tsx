import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { useOrganizationOptions } from '../api/access';

interface OrganizationSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
}

/** Picks an active organization of the caller's subtree (GET /organizations/tree); for a Form.Item. */
export function OrganizationSelect(props: OrganizationSelectProps) {
  const query = useOrganizationOptions();
  return <OrganizationTreeSelect {...props} roots={query.data?.roots} loading={query.isPending} failed={query.isError} />;
}
