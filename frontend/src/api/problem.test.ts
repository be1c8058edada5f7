import { describe, expect, it, vi } from 'vitest';
import { ApiError, problemFieldErrors, problemMessage, showProblem, toFieldPath, toProblem } from './problem';

describe('toFieldPath', () => {
  it.each([
    ['name', ['name']],
    ['leadership.positions[0].personName', ['leadership', 'positions', 0, 'personName']],
    ['items[2][1]', ['items', 2, 1]],
    ['members.10.phone', ['members', 10, 'phone']],
    ['', []],
  ])('%s', (field, expected) => {
    expect(toFieldPath(field)).toEqual(expected);
  });
});

describe('problemFieldErrors', () => {
  it('maps each field to an antd setFields entry, grouping messages of the same field', () => {
    const problem = {
      type: 'https://branchbook.example/problems/validation',
      title: '提交的内容有误',
      status: 400,
      errors: [
        { field: 'name', message: '不能为空' },
        { field: 'leadership.positions[0].personName', message: '请填写姓名' },
        { field: 'name', message: '长度不能超过 50 个字符' },
      ],
    };
    expect(problemFieldErrors(problem)).toEqual([
      { name: ['name'], errors: ['不能为空', '长度不能超过 50 个字符'] },
      { name: ['leadership', 'positions', 0, 'personName'], errors: ['请填写姓名'] },
    ]);
  });

  it('skips errors without a field and problems without errors', () => {
    expect(problemFieldErrors({ errors: [{ field: '', message: 'x' }] })).toEqual([]);
    // An import's row errors are not form fields.
    expect(problemFieldErrors({ errors: [{ row: 3, column: '身份证号', message: '校验位不正确' }] })).toEqual([]);
    expect(problemFieldErrors({ title: '冲突', status: 409 })).toEqual([]);
  });
});

describe('problemMessage', () => {
  it('prefers detail, then title', () => {
    expect(problemMessage(new ApiError({ title: '冲突', detail: '该组织已存在' }))).toBe('该组织已存在');
    expect(problemMessage(new ApiError({ title: '冲突' }))).toBe('冲突');
  });

  it('explains a body that is not problem+json by its status', () => {
    expect(problemMessage(new ApiError(toProblem('<html>Bad Gateway</html>', 502)))).toBe('请求失败（HTTP 502）');
  });

  it('reports unreachable servers and unknown errors in Chinese', () => {
    expect(problemMessage(new TypeError('Failed to fetch'))).toBe('无法连接服务器，请检查网络后重试');
    expect(problemMessage(new Error('boom'))).toBe('操作失败，请稍后重试');
  });
});

describe('showProblem', () => {
  it('sets the form fields and shows the summary', () => {
    const message = { error: vi.fn() };
    const form = { setFields: vi.fn() };
    const error = new ApiError({ title: '提交的内容有误', errors: [{ field: 'name', message: '不能为空' }] });

    showProblem(error, message, form);

    expect(form.setFields).toHaveBeenCalledWith([{ name: ['name'], errors: ['不能为空'] }]);
    expect(message.error).toHaveBeenCalledWith('提交的内容有误');
  });
});
