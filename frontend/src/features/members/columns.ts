/**
 * The member list's columns: which exist, which show by default, and the user's choice kept in
 * localStorage (per browser, not per account: it holds no data, only column names).
 */
export type MemberColumn =
  | 'name'
  | 'gender'
  | 'age'
  | 'birthDate'
  | 'ethnicity'
  | 'idNumber'
  | 'phone'
  | 'education'
  | 'organization'
  | 'group'
  | 'status'
  | 'joinedOn'
  | 'fullOn'
  | 'registration'
  | 'categories'
  | 'mobility'
  | 'workUnit'
  | 'jobTitle';

/** Every column in display order, with its header. 姓名 always shows (it opens the member). */
export const memberColumnTitles: Record<MemberColumn, string> = {
  name: '姓名',
  gender: '性别',
  age: '年龄',
  birthDate: '出生日期',
  ethnicity: '民族',
  idNumber: '身份证号',
  phone: '联系电话',
  education: '学历',
  organization: '所在党支部',
  group: '党小组',
  status: '党员状态',
  joinedOn: '入党日期',
  fullOn: '转正日期',
  registration: '党员类别',
  categories: '特殊群体',
  mobility: '流动情况',
  workUnit: '工作单位',
  jobTitle: '职务',
};

export const ALL_COLUMNS = Object.keys(memberColumnTitles) as MemberColumn[];

/** Columns that cannot be hidden. */
export const FIXED_COLUMNS: readonly MemberColumn[] = ['name'];

export const DEFAULT_COLUMNS: readonly MemberColumn[] = [
  'name',
  'gender',
  'age',
  'idNumber',
  'phone',
  'organization',
  'status',
  'joinedOn',
  'categories',
];

export const COLUMNS_STORAGE_KEY = 'branchbook.members.columns';

/** Keeps known columns, in display order, always with the fixed ones. */
export function normalizeColumns(keys: readonly string[]): MemberColumn[] {
  return ALL_COLUMNS.filter((key) => FIXED_COLUMNS.includes(key) || keys.includes(key));
}

/** The saved choice, or the defaults when nothing (or something unreadable) is saved. */
export function loadColumns(storage: Pick<Storage, 'getItem'> | undefined): MemberColumn[] {
  try {
    const raw = storage?.getItem(COLUMNS_STORAGE_KEY);
    if (raw) {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((key) => typeof key === 'string')) return normalizeColumns(parsed);
    }
  } catch {
    // Unreadable (or storage disabled): fall back to the defaults.
  }
  return [...DEFAULT_COLUMNS];
}

export function saveColumns(storage: Pick<Storage, 'setItem'> | undefined, keys: readonly MemberColumn[]): void {
  try {
    storage?.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(normalizeColumns(keys)));
  } catch {
    // Storage full or disabled: the choice lasts until the page is left.
  }
}
