import { describe, expect, it } from 'vitest';
import { changeList, formatChangeValue } from './audit';

describe('audit changes', () => {
  it('lists {field: {before, after}} in order, with a missing before on creation', () => {
    expect(
      changeList({
        name: { before: '旧名', after: '新名' },
        role: { after: 'AUDITOR' },
        archived: { before: false, after: true },
      }),
    ).toEqual([
      { field: 'name', before: '旧名', after: '新名' },
      { field: 'role', before: undefined, after: 'AUDITOR' },
      { field: 'archived', before: false, after: true },
    ]);
  });

  it('copes with nothing or something unexpected', () => {
    expect(changeList(undefined)).toEqual([]);
    expect(changeList(null)).toEqual([]);
    expect(changeList([1, 2])).toEqual([]);
    expect(changeList({ note: 'x' })).toEqual([{ field: 'note', after: 'x' }]);
  });

  it('shows values for people', () => {
    expect(formatChangeValue('disabled', true)).toBe('是');
    expect(formatChangeValue('readOnly', false)).toBe('否');
    expect(formatChangeValue('role', 'ORG_VIEWER')).toBe('只读用户');
    expect(formatChangeValue('type', 'PARTY_COMMITTEE')).toBe('党委');
    expect(formatChangeValue('category', 'COMMUNITY')).toBe('社区');
    expect(formatChangeValue('type', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(formatChangeValue('shortName', null)).toBe('（空）');
    expect(formatChangeValue('shortName', undefined)).toBe('（空）');
    expect(formatChangeValue('seats', ['书记:张三', '委员:李四'])).toBe('书记:张三、委员:李四');
    expect(formatChangeValue('expiresAt', '2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00:00');
    expect(formatChangeValue('residentCount', 3200)).toBe('3200');
  });

  it('shows a member’s codes in Chinese, 特殊群体 one by one', () => {
    expect(formatChangeValue('status', 'PROBATIONARY')).toBe('预备党员');
    expect(formatChangeValue('gender', 'FEMALE')).toBe('女');
    expect(formatChangeValue('education', 'BACHELOR')).toBe('大学本科');
    expect(formatChangeValue('registration', 'REPORTING')).toBe('在职党员到社区报到');
    expect(formatChangeValue('mobility', 'OUTFLOW')).toBe('流出');
    expect(formatChangeValue('categories', 'RETIRED,VETERAN')).toBe('离退休、老党员');
    expect(formatChangeValue('categories', '')).toBe('（空）');
  });

  it('shows the dues’ codes in Chinese and their amounts in 元', () => {
    expect(formatChangeValue('category', 'IN_WORK')).toBe('在职');
    expect(formatChangeValue('adjustment', 'EXEMPT')).toBe('免交');
    expect(formatChangeValue('kind', 'REVERSAL')).toBe('冲销');
    expect(formatChangeValue('method', 'WECHAT')).toBe('微信');
    expect(formatChangeValue('amountFen', 29250)).toBe('292.50 元');
    expect(formatChangeValue('baseFen', -150)).toBe('-1.50 元');
    expect(formatChangeValue('baseFen', null)).toBe('（空）');
  });

  it('shows a transfer’s codes in Chinese', () => {
    expect(formatChangeValue('state', 'ISSUED')).toBe('已开介绍信');
    expect(formatChangeValue('scope', 'OUTGOING')).toBe('转出');
  });
});
