import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import type { Member } from './api/members';
import { idNumberFacts, onFormFields, toCreateBody, toFieldValues, toUpdateBody, type MemberFieldValues } from './memberForm';

const BRANCH = '33333333-3333-4333-8333-333333333333';
const GROUP = '44444444-4444-4444-8444-444444444444';

const member: Member = {
  id: '55555555-5555-4555-8555-555555555555',
  name: '张三',
  gender: 'MALE',
  ethnicity: '汉族',
  birthDate: '1949-12-31',
  age: 76,
  idNumber: '110105********002X',
  phone: '138****5678',
  revealed: false,
  joinedOn: '1975-07-01',
  fullOn: '1976-07-01',
  probationExtended: false,
  status: 'FULL',
  organization: { id: BRANCH, code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' },
  group: { id: GROUP, code: 'SQ-0101-01-01', name: '第一党小组', type: 'PARTY_GROUP' },
  registration: 'REGISTERED',
  categories: ['RETIRED', 'VETERAN'],
  mobile: { direction: 'OUTFLOW', place: '广东省深圳市', contact: '微信群', since: '2025-03-01' },
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('toCreateBody', () => {
  const values: MemberFieldValues = {
    name: ' 李四 ',
    idNumber: ' 11010519900307123X ',
    phone: '  ',
    workUnit: '',
    joinedOn: dayjs('2024-07-01'),
    status: 'PROBATIONARY',
    fullOn: dayjs('2025-07-01'),
    organizationId: BRANCH,
    registration: 'REGISTERED',
    mobility: undefined,
    mobilePlace: '杭州',
  };

  it('trims, leaves blanks out, and sends no 转正日期 for a 预备党员 nor mobile details without a direction', () => {
    expect(toCreateBody(values)).toEqual({
      name: '李四',
      idNumber: '11010519900307123X',
      gender: undefined,
      ethnicity: undefined,
      birthDate: undefined,
      phone: undefined,
      education: undefined,
      workUnit: undefined,
      jobTitle: undefined,
      address: undefined,
      joinedOn: '2024-07-01',
      fullOn: undefined,
      status: 'PROBATIONARY',
      organizationId: BRANCH,
      groupId: undefined,
      registration: 'REGISTERED',
      categories: [],
      mobile: undefined,
      note: undefined,
      registeredOn: undefined,
    });
  });

  it('sends 转正日期 for a 正式党员 and the mobile details as one object', () => {
    const body = toCreateBody({ ...values, status: 'FULL', mobility: 'INFLOW', mobilePlace: ' 浙江省杭州市 ', mobileSince: dayjs('2025-01-02') });
    expect(body.fullOn).toBe('2025-07-01');
    expect(body.mobile).toEqual({ direction: 'INFLOW', place: '浙江省杭州市', organization: undefined, contact: undefined, since: '2025-01-02' });
  });
});

describe('toUpdateBody', () => {
  it('omits 身份证号 and phone the user did not retype, so the server keeps them', () => {
    const body = toUpdateBody(toFieldValues(member), member);
    expect(body).not.toHaveProperty('idNumber');
    expect(body).not.toHaveProperty('phone');
    expect(body).toMatchObject({
      name: '张三',
      joinedOn: '1975-07-01',
      fullOn: '1976-07-01',
      groupId: GROUP,
      categories: ['RETIRED', 'VETERAN'],
      mobile: { direction: 'OUTFLOW', place: '广东省深圳市', contact: '微信群', since: '2025-03-01' },
    });
  });

  it('sends a retyped number, and "" to clear the phone', () => {
    const body = toUpdateBody({ ...toFieldValues(member), idNumber: ' 11010519491231002X ', phone: '', clearPhone: true }, member);
    expect(body.idNumber).toBe('11010519491231002X');
    expect(body.phone).toBe('');
  });

  it('keeps the 转正日期 of those who left, never sends one for a 预备党员', () => {
    expect(toUpdateBody({ ...toFieldValues(member), fullOn: null }, { status: 'LEFT', fullOn: '1976-07-01' }).fullOn).toBe('1976-07-01');
    expect(toUpdateBody(toFieldValues(member), { status: 'PROBATIONARY', fullOn: undefined }).fullOn).toBeUndefined();
  });

  it('removes the 党小组 and the mobile details when cleared', () => {
    const body = toUpdateBody({ ...toFieldValues(member), groupId: undefined, mobility: undefined }, member);
    expect(body.groupId).toBeUndefined();
    expect(body.mobile).toBeUndefined();
  });
});

describe('onFormFields', () => {
  it('puts the server’s mobile field names on the form’s fields', () => {
    const error = new ApiError({
      status: 422,
      errors: [
        { field: 'mobilePlace', message: '流动党员须填写流出地' },
        { field: 'mobile.direction', message: '不能为空' },
        { field: 'idNumber', message: '校验位不正确' },
      ],
    });
    const mapped = onFormFields(error);
    expect(mapped).toBeInstanceOf(ApiError);
    expect((mapped as ApiError).problem.errors?.map((entry) => entry.field)).toEqual(['mobilePlace', 'mobility', 'idNumber']);
  });

  it('passes other errors through', () => {
    const network = new TypeError('Failed to fetch');
    expect(onFormFields(network)).toBe(network);
  });
});

describe('idNumberFacts', () => {
  it.each([
    ['11010519491231002X', { birthDate: '1949-12-31', gender: 'FEMALE' }],
    ['110105199003071234', { birthDate: '1990-03-07', gender: 'MALE' }],
    [' 11010519900307123x ', { birthDate: '1990-03-07', gender: 'MALE' }],
    ['110105199002301234', undefined],
    ['1101051990030712', undefined],
    [undefined, undefined],
  ])('%s → %o', (id, facts) => {
    expect(idNumberFacts(id)).toEqual(facts);
  });
});
