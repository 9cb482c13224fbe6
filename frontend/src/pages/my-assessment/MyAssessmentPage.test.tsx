import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Review } from '../../api/types';
import { problem } from '../../test/fakeApi';
import { CADRE_ID, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { CYCLE_ID, profile, REVIEW_ID, reviewOf } from '../../test/assessmentFixtures';

const open2026: Review = reviewOf({
  id: REVIEW_ID,
  cycleId: CYCLE_ID,
  year: 2026,
  cadreId: CADRE_ID,
  status: 'OPEN',
  selfReportDue: '2026-12-20',
  consequences: [],
  version: 2,
});
const final2025: Review = reviewOf({
  id: 'r-2025',
  cycleId: 'c-2025',
  year: 2025,
  cadreId: CADRE_ID,
  status: 'FINALIZED',
  selfReport: '2025 年述职',
  selfReportedAt: '2025-11-20T02:00:00Z',
  proposedGrade: 'EXCELLENT',
  finalGrade: 'EXCELLENT',
  outcome: 'GRADED',
  consequences: ['COMMENDATION'],
  version: 5,
});
const SELF_REPORT = `PUT /api/assessment/cycles/${CYCLE_ID}/reviews/${REVIEW_ID}/self-report`;

function renderMine(reviews: Review[], handlers = {}) {
  return renderApp({
    session: sessionFor('cadre'),
    path: '/assessment/me',
    handlers: {
      'GET /api/me': {},
      'GET /api/assessment/me/reviews': reviews,
      [`GET /api/assessment/profiles/${CADRE_ID}`]: profile,
      [`GET /api/assessment/eligibility/${CADRE_ID}`]: { eligible: true, reasons: [] },
      ...handlers,
    },
  });
}

describe('我的考核', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-8; path=/';
  });

  it('lets the cadre submit the self-report of the open cycle, with the version read', async () => {
    const { api } = renderMine([open2026, final2025], { [SELF_REPORT]: { ...open2026, selfReport: '围绕寄递安全履职尽责', version: 3 } });
    const card = (await screen.findByText('述职述责述廉（2026 年度）')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('未提交 · 请于 2026-12-20 前提交')).toBeInTheDocument();

    await userEvent.type(within(card).getByLabelText('述职述责述廉报告'), '  围绕寄递安全履职尽责 ');
    await userEvent.click(within(card).getByText('提交述职报告'));

    await waitFor(() => expect(api.calls(SELF_REPORT)).toHaveLength(1));
    const [request] = api.calls(SELF_REPORT);
    expect(await request.json()).toEqual({ text: '围绕寄递安全履职尽责', version: 2 });
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-8');
    expect(await screen.findByText('已提交述职述责述廉报告')).toBeInTheDocument();
  }, 15_000);

  it('lists my reviews with the final grade and its consequences, and my profile with eligibility', async () => {
    renderMine([final2025]);
    expect(await screen.findByText('目前没有进行中的年度考核，无需提交述职报告。')).toBeInTheDocument();
    const row = screen.getByText('嘉奖').closest('tr')!;
    expect(row).toHaveTextContent('2025已定等次已提交优秀嘉奖');
    expect(await screen.findByRole('img', { name: '陈建国 的八项本领得分与同职级中位数' })).toBeInTheDocument();
    expect(await screen.findByText('可以列为考察对象')).toBeInTheDocument();
  }, 15_000);

  it('offers to reload when HR changed the review meanwhile', async () => {
    const { api } = renderMine([open2026], {
      [SELF_REPORT]: () => problem(409, { type: 'https://benling.org/problems/stale', title: 'Conflict', detail: 'the review was changed by someone else; reload it' }),
    });
    const card = (await screen.findByText('述职述责述廉（2026 年度）')).closest('.ant-card') as HTMLElement;
    await userEvent.type(within(card).getByLabelText('述职述责述廉报告'), '述职');
    await userEvent.click(within(card).getByText('提交述职报告'));

    expect(await within(card).findByText('数据已被他人修改，请刷新后重试')).toBeInTheDocument();
    await userEvent.click(within(card).getByText(/^刷\s?新$/));
    await waitFor(() => expect(api.calls('GET /api/assessment/me/reviews')).toHaveLength(2));
  }, 15_000);

  it('says the same and offers to reload when the If-Match tag sent is stale (412)', async () => {
    const { api } = renderMine([open2026], {
      [SELF_REPORT]: () =>
        problem(412, { type: 'https://benling.org/problems/precondition-failed', title: 'Precondition Failed', detail: 'the review is at version 3, not 2' }),
    });
    const card = (await screen.findByText('述职述责述廉（2026 年度）')).closest('.ant-card') as HTMLElement;
    await userEvent.type(within(card).getByLabelText('述职述责述廉报告'), '述职');
    await userEvent.click(within(card).getByText('提交述职报告'));

    const stale = (await within(card).findByText('数据已被他人修改，请刷新后重试')).closest('.ant-alert') as HTMLElement;
    expect(stale).toHaveTextContent('the review is at version 3, not 2');
    expect(api.calls(SELF_REPORT)[0].headers.get('If-Match')).toBe('"2"');
    await userEvent.click(within(stale).getByText(/^刷\s?新$/));
    await waitFor(() => expect(api.calls('GET /api/assessment/me/reviews')).toHaveLength(2));
    await waitFor(() => expect(within(card).queryByText('数据已被他人修改，请刷新后重试')).not.toBeInTheDocument());
  }, 15_000);
});
