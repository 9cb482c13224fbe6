import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import { problem } from '../../test/fakeApi';
import { sessionFor } from '../../test/fixtures';
import { optionOf } from '../../test/fakeEcharts';
import { renderApp } from '../../test/render';
import { BLOCKED_REVIEW_ID, blockedReview, CYCLE_ID, pendingReview, ratedReview, REVIEW_ID, reviewRows, shenzhenCycle } from '../../test/assessmentFixtures';

const CYCLE = `/api/assessment/cycles/${CYCLE_ID}`;
const QUOTA_REFUSAL = {
  type: 'https://benling.org/problems/excellent-quota-exceeded',
  title: 'Rule violated',
  detail: '优秀 3 人，超过限额 2 人（参加考核 12 人的 20%），请调整 1 人 / 3 cadres proposed 优秀, the quota is 2 (20% of 12)',
  violations: [{ field: 'proposedGrade', message: '优秀最多 2 人 / at most 2 优秀' }],
};

/** The Shenzhen cycle seen by `role`; `handlers` replace the defaults (finalising is refused for the quota). */
function renderCycle(role: Role = 'hr', handlers: Record<string, unknown> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: `/assessment/cycles/${CYCLE_ID}`,
    handlers: {
      'GET /api/me': {},
      [`GET ${CYCLE}`]: shenzhenCycle,
      [`GET ${CYCLE}/reviews`]: { items: reviewRows, page: 0, size: 20, total: 2, totalPages: 1 },
      [`GET ${CYCLE}/reviews/${REVIEW_ID}`]: ratedReview,
      [`GET ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}`]: blockedReview,
      [`POST ${CYCLE}/finalize`]: () => problem(422, QUOTA_REFUSAL),
      ...handlers,
    },
  });
}

// Text and label queries rather than role queries here: those compute styles of every ancestor, slow with a table and a drawer.
async function openReview(name: string, employeeNumber: string) {
  await userEvent.click(await screen.findByText(name, { selector: 'button span' }));
  const title = await screen.findByText(`考核表：${name}（${employeeNumber}）`);
  const drawer = title.closest('.ant-drawer') as HTMLElement;
  await within(drawer).findByLabelText('学习本领');
  return drawer;
}

const confirmFinalize = async () => {
  await userEvent.click(await screen.findByText(/^确定等次$/, { selector: 'button span' }));
  await userEvent.click(await screen.findByText(/^确\s?定$/, { selector: '.ant-popconfirm button span' }));
};

describe('a cycle’s page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-5; path=/';
  });

  it('shows the distribution against the quota and keeps the refusal to finalise on the page, with its detail', async () => {
    const { api } = renderCycle();
    const chart = /^优秀 3 人.*优秀限额 2 人，超出 1 人$/;
    expect(await screen.findByRole('img', { name: chart })).toBeInTheDocument();
    expect(JSON.stringify(optionOf(chart).series)).toContain('"formatter":"限额 2 · 超出 1 人"');
    expect(screen.getByText('优秀 3 / 限额 2').closest('.ant-typography')).toHaveClass('ant-typography-danger');

    await confirmFinalize();

    const refusal = (await screen.findByText('优秀人数超过限额')).closest('.ant-alert') as HTMLElement;
    expect(refusal).toHaveTextContent('优秀 3 人，超过限额 2 人（参加考核 12 人的 20%），请调整 1 人');
    expect(within(refusal).getByText('优秀最多 2 人 / at most 2 优秀')).toBeInTheDocument();
    const [request] = api.calls(`POST ${CYCLE}/finalize`);
    expect(await request.json()).toEqual({ version: 4 });
    expect(request.headers.get('If-Match')).toBe('"4"');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-5');
  }, 20_000);

  it('shows the pool a small unit’s 优秀 count against, in red when it is exceeded, and the pool’s refusal', async () => {
    renderCycle('hr', {
      [`GET ${CYCLE}`]: {
        ...shenzhenCycle,
        pool: { parentUnitId: 'p', parentUnitName: '深圳市邮政管理局', units: 5, assessed: 10, excellent: 3, quota: 2, rate: 0.2, allowed: false },
      },
      [`POST ${CYCLE}/finalize`]: () =>
        problem(422, { type: 'https://benling.org/problems/excellent-pool-exceeded', detail: '优秀名额由深圳市邮政管理局统筹', violations: [] }),
    });
    const pool = await screen.findByText('优秀名额由深圳市邮政管理局统筹：5 个小单位共 10 人，限额 2 人，已定及拟定优秀 3 人');
    expect(pool.closest('.ant-typography')).toHaveClass('ant-typography-danger');
    await confirmFinalize();
    expect(await screen.findByText('优秀人数超过统筹名额')).toBeInTheDocument();
  }, 20_000);

  it('lists the reviews a blocked 优秀 refusal names, worded from each reason’s code in the reader’s language', async () => {
    renderCycle('admin', {
      [`POST ${CYCLE}/finalize`]: () =>
        problem(422, {
          type: 'https://benling.org/problems/excellent-blocked-by-measure',
          detail: '受处分或组织处理影响期内的干部不得评为优秀',
          violations: [
            {
              field: `reviews[${BLOCKED_REVIEW_ID}].proposedGrade`,
              message: 'the server’s words, in whatever language it chose',
              code: 'cycle.grade-not-allowed',
              params: { cadre: '林晓（YZ000002）', reason: { code: 'effect.NO_EXCELLENT', params: { year: 2026 } } },
            },
          ],
        }),
    });
    await confirmFinalize();

    const refusal = (await screen.findByText('影响期内的干部不得评为优秀')).closest('.ant-alert') as HTMLElement;
    expect(within(refusal).getByText('林晓（YZ000002）：受处分或组织处理影响，2026 年度不得评为优秀')).toBeInTheDocument();
    expect(refusal).not.toHaveTextContent('reviews[');
    expect(refusal).not.toHaveTextContent('server’s words');
  }, 20_000);

  it('saves a rating with every field and the version read, and reads the review again', async () => {
    const saved = { ...ratedReview, capabilityScores: { ...ratedReview.capabilityScores, LEARNING: 81 }, version: 4 };
    const { api } = renderCycle('hr', { [`PUT ${CYCLE}/reviews/${REVIEW_ID}`]: saved });
    const drawer = await openReview('陈建国', 'YZ000001');
    expect(within(drawer).getByText('全年围绕寄递安全监管履职尽责。')).toBeInTheDocument();
    expect(within(drawer).getByText('好评率（优秀和称职）').closest('tr')).toHaveTextContent('80%');

    const learning = within(drawer).getByLabelText('学习本领');
    await userEvent.clear(learning);
    await userEvent.type(learning, '81');
    await userEvent.click(within(drawer).getByText('保存评鉴'));

    await waitFor(() => expect(api.calls(`PUT ${CYCLE}/reviews/${REVIEW_ID}`)).toHaveLength(1));
    expect(await api.calls(`PUT ${CYCLE}/reviews/${REVIEW_ID}`)[0].json()).toEqual({
      superiorGrade: 'EXCELLENT',
      superiorComment: '工作扎实',
      performanceScore: 88,
      styleScore: 85,
      conductScore: 90,
      capabilityScores: { ...ratedReview.capabilityScores, LEARNING: 81 },
      proposedGrade: 'EXCELLENT',
      version: 3,
    });
    expect(api.calls(`PUT ${CYCLE}/reviews/${REVIEW_ID}`)[0].headers.get('If-Match')).toBe('"3"');
    expect(await screen.findByText('已保存 陈建国 的评鉴')).toBeInTheDocument();
    await waitFor(() => expect(api.calls(`GET ${CYCLE}/reviews/${REVIEW_ID}`).length).toBeGreaterThan(1));
  }, 20_000);

  it('does not offer 优秀 to a cadre under a supervision measure, and says why; the self-report reads 未提交', async () => {
    renderCycle();
    const drawer = await openReview('林晓', 'YZ000002');

    const proposed = within(drawer).getByLabelText('拟定等次');
    expect(proposed).toHaveAttribute('role', 'radiogroup');
    expect(within(proposed).getByLabelText('优秀')).toBeDisabled();
    expect(within(proposed).getByLabelText('称职')).toBeEnabled();
    expect(within(within(drawer).getByLabelText('上级评鉴等次')).getByLabelText('优秀')).toBeEnabled();
    expect(within(drawer).getByText('受处分或组织处理影响，2026 年度不得评为优秀')).toBeInTheDocument();
    expect(within(drawer).getByText('未提交')).toBeInTheDocument();
  }, 20_000);

  it('shows a year kept without a grade while a case was pending, and lets HR grade it once the case is concluded', async () => {
    const { api } = renderCycle('hr', {
      [`GET ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}`]: pendingReview,
      [`POST ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}/grade-after-conclusion`]: { ...pendingReview, outcome: 'GRADED', finalGrade: 'COMPETENT' },
    });
    const drawer = await openReview('林晓', 'YZ000002');
    expect(within(drawer).getByText('暂不定等次')).toBeInTheDocument();
    const card = (await within(drawer).findByText('补定理由')).closest('.ant-card') as HTMLElement;
    await userEvent.click(within(card).getByText('称职'));
    await userEvent.type(within(card).getByLabelText('补定理由'), '案件已了结，不予处分');
    await userEvent.click(within(card).getByText('补定等次', { selector: 'button span' }));
    await waitFor(() => expect(api.calls(`POST ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}/grade-after-conclusion`)).toHaveLength(1));
    expect(await api.calls(`POST ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}/grade-after-conclusion`)[0].json()).toEqual({
      grade: 'COMPETENT',
      reason: '案件已了结，不予处分',
      version: 2,
    });
  }, 20_000);

  it('says someone else changed the review, and reloads it on request', async () => {
    const { api } = renderCycle('leader', {
      [`PUT ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}`]: () =>
        problem(409, { type: 'https://benling.org/problems/stale', title: 'Conflict', detail: 'the review was changed by someone else; reload it' }),
    });
    const drawer = await openReview('林晓', 'YZ000002');
    await userEvent.click(within(within(drawer).getByLabelText('拟定等次')).getByText('称职'));
    await userEvent.click(within(drawer).getByText('保存评鉴'));

    const stale = (await within(drawer).findByText('数据已被他人修改，请刷新后重试')).closest('.ant-alert') as HTMLElement;
    expect(stale).toHaveTextContent('数据已被他人修改，请刷新后重试');
    expect(await api.calls(`PUT ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}`)[0].json()).toMatchObject({ proposedGrade: 'COMPETENT', version: 0 });
    const reads = api.calls(`GET ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}`).length;
    await userEvent.click(within(stale).getByText(/^刷\s?新$/));
    await waitFor(() => expect(api.calls(`GET ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}`).length).toBe(reads + 1));
    await waitFor(() => expect(within(drawer).queryByText('数据已被他人修改，请刷新后重试')).not.toBeInTheDocument());
  }, 20_000);

  it('records ballots as a count per grade', async () => {
    const { api } = renderCycle('hr', {
      [`POST ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}/ballots`]: { ballots: 3, grades: { EXCELLENT: 0, COMPETENT: 2, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 }, approvalRate: 0.6667 },
    });
    const drawer = await openReview('林晓', 'YZ000002');
    await userEvent.type(within(drawer).getByLabelText('称职票数'), '2');
    await userEvent.type(within(drawer).getByLabelText('基本称职票数'), '1');
    await userEvent.click(within(drawer).getByText('录入测评票', { selector: 'button span' }));

    await waitFor(() => expect(api.calls(`POST ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}/ballots`)).toHaveLength(1));
    expect(await api.calls(`POST ${CYCLE}/reviews/${BLOCKED_REVIEW_ID}/ballots`)[0].json()).toEqual({
      ballots: [{ grade: 'COMPETENT' }, { grade: 'COMPETENT' }, { grade: 'BASICALLY_COMPETENT' }],
    });
    expect(await screen.findByText('已录入 3 张测评票')).toBeInTheDocument();
  }, 20_000);

  it('lets a leader approve the raised rate with a reason, but not finalise', async () => {
    const { api } = renderCycle('leader', {
      [`POST ${CYCLE}/raised-quota`]: { ...shenzhenCycle, raisedQuotaApproval: { approved: true, approver: 'leader', reason: '重点任务成绩突出' } },
    });
    await userEvent.click(await screen.findByText('批准提高优秀比例', { selector: 'button span' }));
    expect(screen.queryByText(/^确定等次$/, { selector: 'button span' })).not.toBeInTheDocument();
    const dialog = (await screen.findByText('批准理由')).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('批准理由'), '重点任务成绩突出');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls(`POST ${CYCLE}/raised-quota`)).toHaveLength(1));
    expect(await api.calls(`POST ${CYCLE}/raised-quota`)[0].json()).toEqual({ reason: '重点任务成绩突出' });
  }, 20_000);

  it('shows an inspector the reviews read-only', async () => {
    renderCycle('inspector');
    const drawer = await openReview('陈建国', 'YZ000001');
    expect(within(drawer).queryByText('保存评鉴')).not.toBeInTheDocument();
    expect(within(drawer).getByLabelText('学习本领')).toBeDisabled();
    expect(within(drawer).queryByText('录入测评票')).not.toBeInTheDocument();
    expect(screen.queryByText(/^确定等次$/, { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('批准提高优秀比例')).not.toBeInTheDocument();
  }, 20_000);
});
