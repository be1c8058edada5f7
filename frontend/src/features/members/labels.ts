import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type MemberStatus = Schemas['MemberStatus'];
export type LeaveKind = Schemas['LeaveKind'];
export type Registration = Schemas['Registration'];
export type Mobility = Schemas['Mobility'];
export type MemberCategory = Schemas['MemberCategory'];
export type Education = Schemas['Education'];
export type Gender = Schemas['Gender'];
export type MemberEventKind = Schemas['MemberEventKind'];
export type MemberSort = Schemas['MemberSort'];

/**
 * The labels of the members feature's enum codes, in one place. Records make a new code a type
 * error here. The Chinese labels are also what import files use (see the import template).
 */

/** 党员状态, in lifecycle order. */
export const memberStatusLabels: Record<MemberStatus, string> = {
  PROBATIONARY: '预备党员',
  FULL: '正式党员',
  DISQUALIFIED: '已取消预备资格',
  LEFT: '已出党',
  DECEASED: '已去世',
  TRANSFERRED_OUT: '已转出',
};

export const memberStatusColors: Record<MemberStatus, string> = {
  PROBATIONARY: 'orange',
  FULL: 'red',
  DISQUALIFIED: 'default',
  LEFT: 'default',
  DECEASED: 'default',
  TRANSFERRED_OUT: 'default',
};

/** 出党方式 */
export const leaveKindLabels: Record<LeaveKind, string> = {
  LAPSED: '自行脱党',
  STRUCK_OFF: '除名',
  EXPELLED: '开除党籍',
};

/** 党员类别 */
export const registrationLabels: Record<Registration, string> = {
  REGISTERED: '在册党员',
  REPORTING: '在职党员到社区报到',
};

/** 流动类型 */
export const mobilityLabels: Record<Mobility, string> = {
  OUTFLOW: '流出',
  INFLOW: '流入',
};

/** 特殊群体 (flags; a member may have several). */
export const memberCategoryLabels: Record<MemberCategory, string> = {
  RETIRED: '离退休',
  UNEMPLOYED: '下岗失业',
  IN_HARDSHIP: '困难党员',
  VETERAN: '老党员',
  BEDRIDDEN: '长期卧床',
};

export const memberCategoryColors: Record<MemberCategory, string> = {
  RETIRED: 'blue',
  UNEMPLOYED: 'gold',
  IN_HARDSHIP: 'volcano',
  VETERAN: 'purple',
  BEDRIDDEN: 'magenta',
};

/** 学历, highest first. */
export const educationLabels: Record<Education, string> = {
  POSTGRADUATE: '研究生',
  BACHELOR: '大学本科',
  ASSOCIATE: '大学专科',
  SECONDARY_VOCATIONAL: '中专',
  HIGH_SCHOOL: '高中',
  JUNIOR_HIGH: '初中',
  PRIMARY_OR_BELOW: '小学及以下',
};

/** 性别 */
export const genderLabels: Record<Gender, string> = {
  MALE: '男',
  FEMALE: '女',
};

/** 党员档案事件 (entering the roster is not one: it opens the first membership period). */
export const memberEventKindLabels: Record<MemberEventKind, string> = {
  CONFIRMED: '转正',
  PROBATION_EXTENDED: '延长预备期',
  PROBATION_CANCELLED: '取消预备资格',
  LEFT: '出党',
  DIED: '去世',
  RESTORED: '恢复党籍',
};

export const memberEventKindColors: Record<MemberEventKind, string> = {
  CONFIRMED: 'red',
  PROBATION_EXTENDED: 'orange',
  PROBATION_CANCELLED: 'gray',
  LEFT: 'gray',
  DIED: 'gray',
  RESTORED: 'blue',
};

/** 排序 */
export const memberSortLabels: Record<MemberSort, string> = {
  NAME: '按姓名拼音',
  JOINED_ON: '按入党日期（早到晚）',
  JOINED_ON_DESC: '按入党日期（晚到早）',
  BIRTH_DATE: '按出生日期（年长在前）',
  BIRTH_DATE_DESC: '按出生日期（年轻在前）',
};

export type Roster = Schemas['Roster'];
export type TableFormat = Schemas['TableFormat'];
export type ImportOutcome = Schemas['MemberImportOutcome'];

/** 导出名册 (the export's `roster`); ALL is the XLSX with one sheet per roster. */
export const rosterLabels: Record<Roster, string> = {
  BASIC: '党员基本信息名册',
  VETERAN: '老党员名册',
  MOBILE: '流动党员名册',
  HARDSHIP: '困难党员名册',
  ALL: '全部名册',
};

/** File formats of the export and the import template. */
export const tableFormatLabels: Record<TableFormat, string> = {
  CSV: 'CSV 文件（.csv）',
  XLSX: 'Excel 文件（.xlsx）',
};

/** 导入结果 (MemberImportReport.outcome) */
export const importOutcomeLabels: Record<ImportOutcome, string> = {
  VALID: '预检通过',
  INVALID: '预检未通过',
  APPLIED: '已导入',
  REJECTED: '未导入',
};

/** 民族 (GB 3304), as the backend accepts them. */
export const ETHNICITIES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族',
  '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族',
  '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族',
  '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族', '其他',
] as const;

/** Select options for an enum, in the dictionary's order (or only the given codes). */
export function optionsOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): { value: K; label: string }[] {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

/** The dictionary's codes, in its order (typed). */
export function codesOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

