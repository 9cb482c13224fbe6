import { ApiError } from '../api/problem';
import { createI18n } from '../i18n';
import { describeProblem, problemMessage } from './problemText';

const zh = createI18n('zh-CN').t;
const en = createI18n('en-US').t;

describe('problem text', () => {
  const notFound = new ApiError(
    { type: 'https://benling.org/problems/not-found', title: 'Not found', status: 404, detail: 'cadre 42 does not exist or is not visible to you', requestId: 'req-7' },
    404,
  );

  it('titles a known problem type in the user’s language and keeps the server’s detail and request id', () => {
    expect(describeProblem(notFound, zh)).toEqual({
      title: '未找到，或不在您的查看范围内',
      detail: 'cadre 42 does not exist or is not visible to you',
      requestId: 'req-7',
      status: 404,
    });
    expect(describeProblem(notFound, en).title).toBe('Not found, or not in your scope');
  });

  it('falls back to the status, then to the server’s title', () => {
    expect(describeProblem(new ApiError({ type: 'https://benling.org/problems/rate-limited', title: 'Too Many Requests' }, 429), zh).title).toBe(
      '请求过于频繁，请稍后再试',
    );
    expect(describeProblem(new ApiError({ type: 'https://benling.org/problems/teapot', title: 'I am a teapot' }, 418), zh).title).toBe('I am a teapot');
  });

  it('tells a stale If-Match tag (412) as it tells a stale version in the body (409 stale): someone else changed it', () => {
    const stale = new ApiError({ type: 'https://benling.org/problems/stale', title: 'Conflict', status: 409 }, 409);
    const preconditionFailed = new ApiError(
      { type: 'https://benling.org/problems/precondition-failed', title: 'Precondition Failed', status: 412, detail: 'version 5, not 4' },
      412,
    );
    for (const t of [zh, en]) expect(describeProblem(preconditionFailed, t).title).toBe(describeProblem(stale, t).title);
    expect(describeProblem(preconditionFailed, zh)).toEqual({ title: '数据已被他人修改，请刷新后重试', detail: 'version 5, not 4', requestId: undefined, status: 412 });
    expect(describeProblem(preconditionFailed, en).title).toBe('Someone else changed this; reload and try again');
    // a bare 412 (a proxy's) reads the same; a missing tag where one is required (428) says so
    expect(describeProblem(new ApiError({}, 412), en).title).toBe('Someone else changed this; reload and try again');
    const required = new ApiError({ type: 'https://benling.org/problems/precondition-required', title: 'Precondition Required' }, 428);
    expect(describeProblem(required, zh).title).toBe('请求未注明所修改数据的版本，请刷新后重试');
    expect(describeProblem(new ApiError({}, 428), en).title).toBe('The request did not say which version it changes; reload and try again');
  });

  it('explains a network failure as such', () => {
    expect(describeProblem(new TypeError('Failed to fetch'), en).title).toBe('Cannot reach the server; check the network and try again');
  });

  it('writes one line for a toast message', () => {
    expect(problemMessage(notFound, zh)).toBe('未找到，或不在您的查看范围内：cadre 42 does not exist or is not visible to you （请求编号：req-7）');
  });
});
