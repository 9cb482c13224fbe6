import { waitFor } from '@testing-library/react';
import { useApproveRaisedQuota, useRecordBallots } from './assessmentQueries';
import { createApiClient, unwrap } from './client';
import { ifMatch } from './ifMatch';
import { useJudgeFinding, useRevokeMeasure } from './inspectionQueries';
import { ApiError } from './problem';
import { usePostingCommand } from './rotationQueries';
import { useDecideClaim, useWithdraw } from './trainingQueries';
import { describeProblem } from '../components/problemText';
import { BLOCKED_REVIEW_ID, CYCLE_ID, shenzhenCycle } from '../test/assessmentFixtures';
import { fakeApi, problem } from '../test/fakeApi';
import { CADRE_ID, SHENZHEN_ID } from '../test/fixtures';
import { FINDING_ID, MEASURE_ID, openFinding } from '../test/inspectionFixtures';
import { renderApiHook } from '../test/render';
import { activePosting, ACTIVE_POSTING_ID } from '../test/rotationFixtures';
import { CLASS_ID, enrolmentOf } from '../test/trainingFixtures';

const STALE = {
  type: 'https://benling.org/problems/precondition-failed',
  title: 'Precondition Failed',
  detail: 'the resource is at version 5, not the version 4 of If-Match',
};

describe('ifMatch', () => {
  it('makes the version read into the entity tag the GET answered, quoted', () => {
    expect(ifMatch(0)).toEqual({ 'If-Match': '"0"' });
    expect(ifMatch(42)).toEqual({ 'If-Match': '"42"' });
  });

  it('goes out as the If-Match header of a personnel change (退休, 修改单位)', async () => {
    const api = fakeApi({ [`POST /api/cadres/${CADRE_ID}/retirement`]: {}, [`PUT /api/units/${SHENZHEN_ID}`]: {} });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });
    await unwrap(
      client.POST('/api/cadres/{id}/retirement', { params: { header: ifMatch(7), path: { id: CADRE_ID } }, body: { retiredOn: '2026-01-31' } }),
    );
    await unwrap(client.PUT('/api/units/{id}', { params: { header: ifMatch(2), path: { id: SHENZHEN_ID } }, body: { name: '深圳市邮政管理局', version: 2 } }));
    expect(api.requests.map((request) => request.headers.get('If-Match'))).toEqual(['"7"', '"2"']);
  });
});

describe('the hooks send the version they are given as If-Match', () => {
  it('assessment: 民主测评 with the review’s version, 提高优秀比例 with the cycle’s', async () => {
    const ballots = `POST /api/assessment/cycles/${CYCLE_ID}/reviews/${BLOCKED_REVIEW_ID}/ballots`;
    const raised = `POST /api/assessment/cycles/${CYCLE_ID}/raised-quota`;
    const { result, api } = renderApiHook(
      () => ({ ballots: useRecordBallots(CYCLE_ID, BLOCKED_REVIEW_ID), raised: useApproveRaisedQuota(CYCLE_ID) }),
      { handlers: { [ballots]: { ballots: 1 }, [raised]: shenzhenCycle } },
    );
    await result.current.ballots.mutateAsync({ ballots: [{ grade: 'COMPETENT' }], version: 3 });
    await result.current.raised.mutateAsync({ reason: '年度考核成绩突出', version: 4 });

    const [ballotRequest] = api.calls(ballots);
    expect(ballotRequest.headers.get('If-Match')).toBe('"3"');
    expect(await ballotRequest.json()).toEqual({ ballots: [{ grade: 'COMPETENT' }] });
    const [raisedRequest] = api.calls(raised);
    expect(raisedRequest.headers.get('If-Match')).toBe('"4"');
    expect(await raisedRequest.json()).toEqual({ reason: '年度考核成绩突出' });
  });

  it('inspection: 审核销号 with the finding’s version, 撤销 with the measure’s', async () => {
    const close = `POST /api/inspection/findings/${FINDING_ID}/close`;
    const revoke = `POST /api/inspection/measures/${MEASURE_ID}/revoke`;
    const { result, api } = renderApiHook(() => ({ judge: useJudgeFinding(FINDING_ID), revoke: useRevokeMeasure() }), {
      handlers: { [close]: { ...openFinding, status: 'CLOSED' }, [revoke]: {} },
    });
    await result.current.judge.mutateAsync({ verdict: 'close', conclusion: '整改到位', version: 6 });
    await result.current.revoke.mutateAsync({ id: MEASURE_ID, version: 1, reason: '认定有误' });

    const [closeRequest] = api.calls(close);
    expect(closeRequest.headers.get('If-Match')).toBe('"6"');
    expect(await closeRequest.json()).toEqual({ conclusion: '整改到位' });
    expect(api.calls(revoke)[0].headers.get('If-Match')).toBe('"1"');
  });

  it('rotation: 期满鉴定 with the posting’s version, as If-Match and in the body', async () => {
    const complete = `POST /api/rotation/postings/${ACTIVE_POSTING_ID}/complete`;
    const { result, api } = renderApiHook(() => usePostingCommand(ACTIVE_POSTING_ID), {
      handlers: { [complete]: { ...activePosting, status: 'COMPLETED' } },
    });
    const completion = { completedOn: '2026-11-26', evaluation: 'GOOD' as const, capabilities: ['MASS_WORK' as const], remarks: '表现良好', version: 3 };
    await result.current.mutateAsync({ command: 'COMPLETE', version: 3, completion });

    const [request] = api.calls(complete);
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual(completion);
  });

  it('training: 退出 with the enrolment’s own version (not the class’s), 认定 with the claim’s', async () => {
    const enrolment = enrolmentOf({ version: 2 });
    const withdraw = `DELETE /api/training/classes/${CLASS_ID}/enrolments/${enrolment.id}`;
    const accept = 'POST /api/training/claims/claim-1/accept';
    const { result, api } = renderApiHook(() => ({ withdraw: useWithdraw(CLASS_ID), decide: useDecideClaim() }), {
      handlers: { [withdraw]: { ...enrolment, status: 'WITHDRAWN' }, [accept]: {} },
    });
    await result.current.withdraw.mutateAsync({ enrolmentId: enrolment.id!, version: enrolment.version });
    await result.current.decide.mutateAsync({ id: 'claim-1', version: 0, accept: true, note: '证明齐全' });

    expect(api.calls(withdraw)[0].headers.get('If-Match')).toBe('"2"');
    const [acceptRequest] = api.calls(accept);
    expect(acceptRequest.headers.get('If-Match')).toBe('"0"');
    expect(await acceptRequest.json()).toEqual({ note: '证明齐全' });
  });

  it('a stale tag (412 precondition-failed) fails the change as the stale version of a body (409) does', async () => {
    const revoke = `POST /api/inspection/measures/${MEASURE_ID}/revoke`;
    const { result, i18n } = renderApiHook(() => useRevokeMeasure(), { handlers: { [revoke]: () => problem(412, STALE) } });
    result.current.mutate({ id: MEASURE_ID, version: 4, reason: '认定有误' });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error?.status).toBe(412);
    const stale = new ApiError({ type: 'https://benling.org/problems/stale', title: 'Conflict', status: 409 }, 409);
    expect(describeProblem(result.current.error, i18n.t).title).toBe(describeProblem(stale, i18n.t).title);
    expect(describeProblem(result.current.error, i18n.t).title).toBe('数据已被他人修改，请刷新后重试');
  });
});
