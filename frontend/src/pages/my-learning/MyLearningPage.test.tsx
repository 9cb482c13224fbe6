import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problem } from '../../test/fakeApi';
import { CADRE_ID, pageOf, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { myLearning, riskClass } from '../../test/trainingFixtures';

const rejectedClaim = {
  id: 'claim-1',
  cadreId: CADRE_ID,
  title: '北京大学公共管理讲座',
  hours: 4,
  online: false,
  offJobDays: 0,
  completedOn: '2026-10-10',
  evidence: '听课证明',
  status: 'REJECTED' as const,
  decisionNote: '证明无法核验',
  version: 1,
};

const nextClass = { ...riskClass, id: '30000000-0000-4000-8000-000000000009', title: '邮政法律法规与行政执法培训（第二期）', startDate: '2099-05-10', endDate: '2099-05-12', enrolled: 3, capacity: 30 };

function renderMyLearning(handlers = {}) {
  return renderApp({
    session: sessionFor('cadre'),
    path: '/my-learning',
    handlers: {
      'GET /api/me': {},
      'GET /api/training/me': myLearning,
      'GET /api/training/classes': pageOf([nextClass, { ...riskClass, status: 'COMPLETED' }]),
      'GET /api/training/claims': { items: [rejectedClaim], page: 0, size: 50, total: 1, totalPages: 1 },
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

  it('claims hours with evidence, which count once HR accepts them, and shows why a claim was rejected', async () => {
    const { api } = renderMyLearning({ 'POST /api/training/claims': { ...rejectedClaim, id: 'claim-2', status: 'PENDING', decisionNote: undefined } });
    const rejected = await waitFor(() => rowOf('学时申报', '北京大学公共管理讲座'));
    expect(rejected).toHaveTextContent('不予认定');
    expect(rejected).toHaveTextContent('证明无法核验');

    await userEvent.click(within(card('学时申报')).getByText('申报学时', { selector: 'button span' }));
    const dialog = (await screen.findByText('证明材料', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('培训名称'), '清华大学专题讲座');
    await userEvent.type(within(dialog).getByLabelText('学时'), '6');
    await userEvent.type(within(dialog).getByLabelText('证明材料'), '结业证书 QH-118');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls('POST /api/training/claims')).toHaveLength(1));
    expect(await api.calls('POST /api/training/claims')[0].json()).toMatchObject({
      cadreId: CADRE_ID,
      title: '清华大学专题讲座',
      hours: 6,
      online: false,
      offJobDays: 0,
      evidence: '结业证书 QH-118',
    });
    expect(await screen.findByText('已提交，待组织人事部门认定')).toBeInTheDocument();
  }, 20_000);

  it('explains when the account is not linked to a cadre record after all', async () => {
    renderMyLearning({
      'GET /api/training/me': () => problem(404, { type: 'https://benling.org/problems/not-found', detail: 'Cadre linked to your account does not exist' }),
    });
    expect(await screen.findByText('您的账号尚未关联干部档案，请联系组织人事部门。')).toBeInTheDocument();
  });
});
