import { App, type FormInstance } from 'antd';
import { showProblem } from '../../../api/problem';
import { FormModal } from '../../../components/FormModal';
import { fromApiDate } from '../../../lib/dates';
import { useCreateMember, useUpdateMember, type Member } from '../api/members';
import { idNumberFacts, onFormFields, toCreateBody, toFieldValues, toUpdateBody, type MemberFieldValues } from '../memberForm';
import { MemberFields } from './MemberFields';
import { STALE_MESSAGE, isStale } from './stale';

/** Shows a failed save on the form, with the server's field names mapped onto the form's. */
function useShowOnForm() {
  const { message } = App.useApp();
  return (error: unknown, form: FormInstance<MemberFieldValues>) => {
    showProblem(onFormFields(error), message, form as unknown as FormInstance);
    return true;
  };
}

/** A typed 身份证号 fills in birth date and gender (the server checks that they agree). */
function fillFromIdNumber(changed: Partial<MemberFieldValues>, form: FormInstance<MemberFieldValues>) {
  if (!('idNumber' in changed)) return;
  const facts = idNumberFacts(changed.idNumber);
  if (facts) form.setFieldsValue({ birthDate: fromApiDate(facts.birthDate), gender: facts.gender });
}

interface CreateMemberModalProps {
  open: boolean;
  /** Preselected branch (when the list is narrowed to one). */
  organizationId?: string;
  onClose: () => void;
  onCreated: (member: Member) => void;
}

/** 新增党员 (登记入册): a 预备 or 正式 member enters a branch. */
export function CreateMemberModal({ open, organizationId, onClose, onCreated }: CreateMemberModalProps) {
  const create = useCreateMember();
  const showOnForm = useShowOnForm();
  return (
    <FormModal<MemberFieldValues>
      open={open}
      title="新增党员"
      width={860}
      onClose={onClose}
      initialValues={{ status: 'PROBATIONARY', registration: 'REGISTERED', categories: [], organizationId }}
      onValuesChange={(changed, _all, form) => {
        fillFromIdNumber(changed, form);
        // Another branch has other 党小组.
        if ('organizationId' in changed) form.setFieldsValue({ groupId: undefined });
      }}
      onSubmit={async (values, { idempotencyKey }) => {
        const created = await create.mutateAsync({ body: toCreateBody(values), idempotencyKey });
        onCreated(created);
      }}
      onError={showOnForm}
    >
      <MemberFields />
    </FormModal>
  );
}

interface EditMemberModalProps {
  open: boolean;
  member: Member;
  /** The ETag of the read the form was filled from. */
  etag: string;
  onClose: () => void;
  /** Reloads the member; resolves to the fresh one (after a 412). */
  reload: () => Promise<Member | undefined>;
}

/** 编辑: the record's fields, sent with If-Match; a stale read reloads the form. */
export function EditMemberModal({ open, member, etag, onClose, reload }: EditMemberModalProps) {
  const { message } = App.useApp();
  const update = useUpdateMember(member.id);
  const showOnForm = useShowOnForm();
  return (
    <FormModal<MemberFieldValues>
      open={open}
      title={`编辑：${member.name}`}
      width={860}
      okText="保存"
      onClose={onClose}
      initialValues={toFieldValues(member)}
      onValuesChange={(changed, _all, form) => fillFromIdNumber(changed, form)}
      onSubmit={async (values) => {
        await update.mutateAsync({ body: toUpdateBody(values, member), etag });
        message.success('已保存');
      }}
      onError={async (error, form) => {
        if (!isStale(error)) return showOnForm(error, form);
        message.warning(STALE_MESSAGE);
        const fresh = await reload();
        if (fresh) form.setFieldsValue(toFieldValues(fresh));
        return true;
      }}
    >
      <MemberFields member={member} />
    </FormModal>
  );
}
