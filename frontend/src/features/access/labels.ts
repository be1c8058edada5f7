import type { Role } from '../../lib/session';

/**
 * The labels of the access feature's codes, in one place. Role is an enum in the contract, so a new
 * role is a type error here; the audit codes (action, actorType, objectType, changed fields) are plain
 * strings in the contract, so unknown ones fall back to the code itself ({@link labelOf}).
 */

/** 角色 */
export const roleLabels: Record<Role, string> = {
  STREET_ADMIN: '街道管理员',
  ORG_ADMIN: '党务工作者',
  ORG_VIEWER: '只读用户',
  AUDITOR: '审计员',
};

export const roleColors: Record<Role, string> = {
  STREET_ADMIN: 'red',
  ORG_ADMIN: 'blue',
  ORG_VIEWER: 'default',
  AUDITOR: 'purple',
};

/** What each role may do, for the role select of the account form. */
export const roleDescriptions: Record<Role, string> = {
  STREET_ADMIN: '管理本组织及下级的台账、账号、API 令牌，查看审计日志',
  ORG_ADMIN: '维护本组织及下级的台账，管理 API 令牌',
  ORG_VIEWER: '只能查看本组织及下级的台账',
  AUDITOR: '查看本组织及下级的台账和审计日志',
};

/** 审计日志: 操作 (AuditEvent.action) */
export const auditActionLabels: Record<string, string> = {
  'session.sign-in': '登录',
  'session.sign-in-failed': '登录失败',
  'session.sign-out': '退出登录',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.password-changed': '修改密码',
  'api-token.create': '新建 API 令牌',
  'api-token.revoke': '撤销 API 令牌',
  'organization.create': '新建组织',
  'organization.update': '编辑组织',
  'organization.move': '调整隶属关系',
  'organization.change-type': '变更组织类型',
  'organization.archive': '撤销组织',
  'leadership.start-term': '换届',
  'leadership.update-term': '修改班子任期',
  'member.create': '新增党员',
  'member.update': '编辑党员信息',
  'member.move': '调整党员所在支部',
  'member.reveal': '查看完整身份证号和电话',
  'member.confirmed': '党员转正',
  'member.probation-extended': '延长预备期',
  'member.probation-cancelled': '取消预备资格',
  'member.left': '党员出党',
  'member.died': '登记党员去世',
  'member.restored': '恢复党籍',
  'member.import': '批量导入党员',
  'member.export': '导出党员名册',
  'member.transfer-in': '组织关系转入',
  'member.transfer-out': '组织关系转出（已转出）',
  'member.transfer-back': '转出未成，恢复名册',
  'transfer.request': '申请转接或登记转入',
  'transfer.approve': '审批通过转接',
  'transfer.accept': '接收转接',
  'transfer.confirm-receipt': '转接回执已收到',
  'transfer.return': '退回转接',
  'transfer.withdraw': '撤回转接',
  'transfer.reissue': '重开介绍信',
  'transfer.letter-reveal': '打印含完整身份证号的介绍信',
  'dues.base': '核定党费基数',
  'dues.adjust': '调整党费标准',
  'dues.recompute': '重新计算党费标准',
  'dues.payment': '登记交纳党费',
  'dues.reversal': '冲销党费收缴记录',
  'dues.remittance': '登记上缴党费',
  'dues.remittance-reversal': '冲销上缴记录',
  'dues.expense': '登记党费使用',
  'dues.expense-reversal': '冲销党费使用记录',
};

/** The tag color of an action, by what it does (sign-in failures and removals stand out). */
export function auditActionColor(action: string): string {
  if (action === 'session.sign-in-failed') return 'red';
  if (action.endsWith('.archive') || action.endsWith('.revoke')) return 'orange';
  if (action.endsWith('.create') || action.endsWith('.start-term')) return 'green';
  if (action.startsWith('session.')) return 'default';
  return 'blue';
}

/** 操作者类型 (AuditEvent.actorType) */
export const actorTypeLabels: Record<string, string> = {
  ACCOUNT: '账号',
  TOKEN: 'API 令牌',
  ANONYMOUS: '未登录',
  SYSTEM: '系统',
};

/** 对象类型 (AuditEvent.objectType) */
export const objectTypeLabels: Record<string, string> = {
  account: '账号',
  api_token: 'API 令牌',
  organization: '组织',
  leadership_term: '班子任期',
  member: '党员',
  'member-import': '党员导入',
  transfer: '组织关系转接',
  'dues-standard': '党费标准',
  'dues-payment': '党费收缴记录',
  'dues-remittance': '党费上缴记录',
  'dues-expense': '党费使用记录',
};

/** The fields that appear in AuditEvent.changes. */
export const changedFieldLabels: Record<string, string> = {
  // accounts and sessions
  username: '用户名',
  displayName: '姓名',
  organizationId: '所属组织',
  role: '角色',
  canRevealSensitive: '可查看敏感信息',
  disabled: '停用',
  password: '密码',
  source: '来源地址',
  // API tokens
  readOnly: '只读',
  expiresAt: '有效期至',
  revoked: '已撤销',
  // organizations
  code: '党组织编码',
  name: '名称',
  shortName: '简称',
  type: '组织类型',
  category: '组织类别',
  parentId: '上级组织',
  establishedOn: '成立日期',
  address: '地址',
  contactPhone: '联系电话',
  residentCount: '辖区人口',
  coveredUnitCount: '覆盖单位数',
  enteredFullMembers: '本级正式党员数',
  enteredProbationaryMembers: '本级预备党员数',
  archived: '已撤销',
  archiveReason: '撤销原因',
  // leadership terms
  termId: '任期',
  startsOn: '任期开始',
  endsOn: '届满日期',
  documentNumber: '批复文号',
  note: '备注',
  seats: '班子成员',
  // members
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '身份证号',
  phone: '联系电话',
  education: '学历',
  workUnit: '工作单位',
  jobTitle: '职务',
  joinedOn: '入党日期',
  fullOn: '转正日期',
  status: '党员状态',
  groupId: '党小组',
  registration: '党员类别',
  categories: '特殊群体',
  mobility: '流动类型',
  mobilePlace: '流动地点',
  mobileOrganization: '流动地党组织',
  mobileContact: '流动期间联系方式',
  mobileSince: '流动开始日期',
  reason: '原因',
  members: '党员',
  fields: '字段',
  // member imports and exports
  importId: '导入编号',
  dryRun: '仅预检',
  outcome: '结果',
  rows: '数据行数',
  created: '新增',
  updated: '更新',
  unchanged: '无变化',
  errors: '错误数',
  format: '文件格式',
  roster: '名册',
  revealed: '含完整身份证号和电话',
  // transfers
  state: '转接状态',
  scope: '转接类型',
  memberId: '党员',
  memberName: '党员姓名',
  fromOrganizationId: '转出党组织',
  fromName: '转出党组织名称',
  toOrganizationId: '转入党组织',
  toName: '转入党组织名称',
  duesPaidTo: '党费交至',
  // dues
  fromMonth: '起始月份',
  toMonth: '结束月份',
  baseFen: '月收入基数',
  computedFen: '按标准月交纳',
  monthlyFen: '月交纳金额',
  adjustment: '调整方式',
  approvalReference: '批准文号',
  kind: '类型',
  amountFen: '金额',
  paidOn: '交纳日期',
  method: '交纳方式',
  paidBy: '代缴人',
  purpose: '用途',
};

/** The label of a code, or the code itself when the dictionary does not know it (yet). */
export function labelOf(labels: Record<string, string>, code: string | undefined): string {
  if (code === undefined) return '—';
  return labels[code] ?? code;
}

/** Select options for a dictionary, in its order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** API 令牌状态 (derived from active and revokedAt) */
export const tokenStatusLabels = { ACTIVE: '有效', REVOKED: '已撤销', EXPIRED: '已过期' } as const;
export const tokenStatusColors = { ACTIVE: 'green', REVOKED: 'default', EXPIRED: 'orange' } as const;
