import { describe, expect, it } from 'vitest';
import { ApiError, networkProblem, parseProblem, problemMessage } from './problem';
import { errorText } from './queryClient';

describe('parseProblem', () => {
  it('reads every field of a problem+json body', () => {
    const body = JSON.stringify({
      type: 'https://yingji.cn/problems/tenant-not-visible',
      title: 'Not Found',
      status: 404,
      detail: '区划 520000 不存在或不在您的管辖范围内',
      code: 'TENANT_NOT_FOUND',
    });
    expect(parseProblem(404, body)).toEqual({
      type: 'https://yingji.cn/problems/tenant-not-visible',
      title: 'Not Found',
      status: 404,
      detail: '区划 520000 不存在或不在您的管辖范围内',
      code: 'TENANT_NOT_FOUND',
    });
  });

  it('keeps the per-row errors of an import report and drops malformed items', () => {
    const body = JSON.stringify({
      status: 422,
      detail: '导入文件有 2 处错误',
      code: 'import-rows-invalid',
      errors: [{ row: 3, field: 'phone', message: '联系电话格式无效' }, { row: 'x' }, { field: 'name', message: '姓名不能为空' }],
    });
    expect(parseProblem(422, body).errors).toEqual([
      { row: 3, field: 'phone', message: '联系电话格式无效' },
      { field: 'name', message: '姓名不能为空' },
    ]);
  });

  it('fills type and title when the body lacks them', () => {
    expect(parseProblem(409, JSON.stringify({ status: 409, detail: '数据已被他人修改，请刷新后重试' }))).toEqual({
      type: 'about:blank',
      title: '请求失败（409）',
      status: 409,
      detail: '数据已被他人修改，请刷新后重试',
    });
  });

  it('keeps the HTTP status when the body has none', () => {
    expect(parseProblem(403, JSON.stringify({ title: 'Forbidden' })).status).toBe(403);
  });

  it.each([
    ['an HTML error page', '<html><body>Bad Gateway</body></html>'],
    ['an empty body', ''],
    ['a JSON array', '[1,2]'],
    ['JSON null', 'null'],
  ])('falls back to a generic problem for %s', (_, body) => {
    expect(parseProblem(502, body)).toEqual({ type: 'about:blank', title: '请求失败（502）', status: 502 });
  });

  it('ignores blank and non-string detail and code', () => {
    const problem = parseProblem(400, JSON.stringify({ title: 'Bad Request', detail: '  ', code: 7 }));
    expect(problem).not.toHaveProperty('detail');
    expect(problem).not.toHaveProperty('code');
  });
});

describe('problemMessage', () => {
  it('prefers the detail over the title', () => {
    expect(problemMessage({ type: 'about:blank', title: 'Conflict', status: 409, detail: '名称已存在' })).toBe(
      '名称已存在',
    );
  });

  it('uses the title without a detail', () => {
    expect(problemMessage(networkProblem())).toBe('网络异常，请检查网络后重试');
  });
});

describe('ApiError', () => {
  it('carries the status, the problem and a readable message', () => {
    const error = new ApiError({ type: 'about:blank', title: 'Not Found', status: 404, detail: '未找到' });
    expect(error.status).toBe(404);
    expect(error.message).toBe('未找到');
    expect(error.problem.title).toBe('Not Found');
  });
});

describe('errorText', () => {
  it('shows the detail of an API error', () => {
    expect(errorText(new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403, detail: '无权操作' }))).toBe(
      '无权操作',
    );
  });

  it('stays silent on 401, when re-login is under way', () => {
    expect(errorText(new ApiError({ type: 'about:blank', title: 'Unauthorized', status: 401 }))).toBeUndefined();
  });

  it('shows a generic sentence for anything else', () => {
    expect(errorText(new TypeError('x is undefined'))).toBe('请求失败');
  });
});
