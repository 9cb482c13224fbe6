import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problem } from '../../test/fakeApi';
import { sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { myLearning, riskClass } from '../../test/trainingFixtures';

const nextClass = { ...riskClass, id: '30000000-0000-4000-8000-000000000009', title: '邮政法律法规与行政执法培训（第二期）', startDate: '2099-05-10', endDate: '2099-05-12', enrolled: 3, capacity: 30 };

function renderMyLearning(handlers = {}) {
  return renderApp({
    session: sessionFor('cadre'),
    path: '/my-learning',
    handlers: {
      'GET /api/me': {},
      'GET /api/training/me': myLearning,
      'GET /api/training/classes': [nextClass, { ...riskClass, status: 'COMPLETED' }],
      ...handlers,
    },
  });
}

// Queries by text rather than role here: role queries compute styles of every ancestor, slow with five antd tables.
const card = (title: string) => screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;
/** The table row of a card that shows the text. */
const rowOf = (cardTitle: string, text: string | RegExp) => within(card(cardTitle)).getByText(text).closest('tr') as HTMLElement;

describe('my learning', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-7; path=/';
  });

  it('shows each requirement as achieved against required 学时, my classes and my records', async () => {
    renderMyLearning();

    const annual = await screen.findByRole('group', { name: '年度学时（乡科级及以下）' });
    expect(within(annual).getByText('32 / 90 学时')).toBeInTheDocument();
    expect(within(annual).getByText('尚缺 58 学时')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '年度网络学习' })).getByText('已达标')).toBeInTheDocument();

    const classRow = rowOf('我的培训班', '防范化解重大风险专题培训（第一期）');
    expect(classRow).toHaveTextContent('已结业');
    expect(classRow).toHaveTextContent('点名调训');
    expect(classRow).toHaveTextContent('2026-03-02 至 2026-03-06');
    const recordRow = rowOf('培训记录', '防范化解重大风险专题培训（第一期）');
    expect(recordRow).toHaveTextContent('2026-03-0632培训班');
  });

  it('accepts a proposal and reads my learning again', async () => {
    const { api } = renderMyLearning({ 'POST /api/training/proposals/p-1/accept': { ...myLearning.proposals![0], status: 'ACCEPTED' } });

    await screen.findByText('培训建议', { selector: '.ant-card-head-title' });
    const proposal = rowOf('培训建议', '驾驭风险本领评分低于同级平均');
    expect(proposal).toHaveTextContent('本领短板');
    await userEvent.click(within(proposal).getByText(/^采\s?纳$/));

    await waitFor(() => expect(api.calls('POST /api/training/proposals/p-1/accept')).toHaveLength(1));
    expect(api.calls('POST /api/training/proposals/p-1/accept')[0].headers.get('X-XSRF-TOKEN')).toBe('csrf-7');
    await waitFor(() => expect(api.calls('GET /api/training/me')).toHaveLength(2));
    expect(api.calls('POST /api/training/proposals/p-1/dismiss')).toHaveLength(0);
  });

  it('offers classes open to enrolment that I am not on, and enrols me with an empty body', async () => {
    const { api } = renderMyLearning({
      [`POST /api/training/classes/${nextClass.id}/enrolments`]: [{ id: 'e-9', classId: nextClass.id, status: 'ENROLLED', designated: false }],
    });

    const open = await waitFor(() => rowOf('可报名的培训班', '邮政法律法规与行政执法培训（第二期）'));
    expect(within(card('可报名的培训班')).queryByText(/第一期/)).not.toBeInTheDocument();
    expect(open).toHaveTextContent('3 / 30');
    await userEvent.click(within(open).getByText(/^报\s?名$/));

    expect(await screen.findByText('已报名：邮政法律法规与行政执法培训（第二期）')).toBeInTheDocument();
    const [request] = api.calls(`POST /api/training/classes/${nextClass.id}/enrolments`);
    expect(await request.json()).toEqual({});
  });

  it('explains when the account is not linked to a cadre record after all', async () => {
    renderMyLearning({
      'GET /api/training/me': () => problem(404, { type: 'https://benling.org/problems/not-found', detail: 'Cadre linked to your account does not exist' }),
    });
    expect(await screen.findByText('您的账号尚未关联干部档案，请联系组织人事部门。')).toBeInTheDocument();
  });
});
