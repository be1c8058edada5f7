import { App } from 'antd';
import { useUpdateOrganization, type Organization } from '../api/organizations';
import { FormModal } from '../../../components/FormModal';
import { OrganizationFields, toApiFields, toFieldValues, type OrganizationFieldValues } from './OrganizationFields';
import { STALE_MESSAGE, isStale } from './stale';

interface EditOrganizationModalProps {
  open: boolean;
  organization: Organization;
  /** The ETag of the read the form was filled from. */
  etag: string;
  onClose: () => void;
  /** Reloads the organization; resolves to the fresh one (after a 412). */
  reload: () => Promise<Organization | undefined>;
}

/** 编辑: the editable fields, sent with If-Match; a stale read reloads the form. */
export function EditOrganizationModal({ open, organization, etag, onClose, reload }: EditOrganizationModalProps) {
  const { message } = App.useApp();
  const update = useUpdateOrganization(organization.id);

  return (
    <FormModal<OrganizationFieldValues>
      open={open}
      title={`编辑：${organization.name}`}
      width={720}
      okText="保存"
      onClose={onClose}
      initialValues={toFieldValues(organization)}
      onSubmit={async (values) => {
        await update.mutateAsync({ body: { ...toApiFields(values), category: values.category ?? organization.category }, etag });
        message.success('已保存');
      }}
      onError={async (error, form) => {
        if (!isStale(error)) return false;
        message.warning(STALE_MESSAGE);
        const fresh = await reload();
        if (fresh) form.setFieldsValue(toFieldValues(fresh));
        return true;
      }}
    >
      <OrganizationFields type={organization.type} />
    </FormModal>
  );
}
