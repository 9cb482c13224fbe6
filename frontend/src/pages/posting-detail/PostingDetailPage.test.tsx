import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { Posting } from '../../api/types';
import { sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { ACTIVE_POSTING_ID, activePosting, checkIns } from '../../test/rotationFixtures';

const POSTING = `/api/rotation/postings/${ACTIVE_POSTING_ID}`;

function renderPosting(posting: Posting = activePosting, role: Role = 'hr', handlers: Record<string, unknown> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: `/rotation/postings/${posting.id}`,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      [`GET ${POSTING}`]: posting,
      [`GET ${POSTING}/check-ins`]: checkIns,
      [`GET ${POSTING}/audit`]: [{ revision: 3, at: '2026-06-01T02:00:00Z', actor: 'hr-guangdong', kind: 'CHANGED', changes: [{ field: 'status', before: 'APPROVED', after: 'ACTIVE' }] }],
      ...handlers,
    },
  });
}

describe('a posting’s page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
    document.cookie = 'XSRF-TOKEN=csrf-4; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('shows the posting, its steps so far and, in red, that the care check-in is overdue', async () => {
    renderPosting();
    expect(await screen.findByRole('heading', { name: '周敏 · 东中西交流' })).toBeInTheDocument();
    expect(screen.getByText('谈心走访已逾期：应于 2026-10-08 前进行')).toBeInTheDocument();
    const steps = screen.getByText('流程', { selector: '.ant-card-head-title' }).closest('.ant-card')!;
    expect([...steps.querySelectorAll('[data-step]')].map((step) => [step.getAttribute('data-step'), step.getAttribute('data-done')])).toEqual([
      ['proposed', 'true'],
      ['approved', 'true'],
      ['started', 'true'],
      ['completed', 'false'],
    ]);
    expect(steps).toHaveTextContent('leader');
    expect(screen.getByText('西藏自治区商务厅')).toBeInTheDocument();
    expect((await screen.findByText('到拉萨走访，工作生活情况良好')).closest('tr')).toHaveTextContent('走访');
  }, 15_000);

  it('records a check-in with the day, the way, the notes and the concerns', async () => {
    const { api } = renderPosting(activePosting, 'hr', {
      [`POST ${POSTING}/check-ins`]: () => new Response(JSON.stringify({ id: 'ci-2' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    });
    const form = await screen.findByRole('form', { name: '记录谈心走访' });
    await userEvent.click(within(form).getByLabelText('方式'));
    await userEvent.click(await screen.findByTitle('视频'));
    await userEvent.type(within(form).getByLabelText('谈心走访情况'), '视频谈心，了解工作进展');
    await userEvent.type(within(form).getByLabelText('反映的困难和诉求'), '子女入学');
    await userEvent.click(within(form).getByText('记录谈心走访', { selector: 'button span' }));

    await waitFor(() => expect(api.calls(`POST ${POSTING}/check-ins`)).toHaveLength(1));
    expect(await api.calls(`POST ${POSTING}/check-ins`)[0].json()).toEqual({ heldOn: '2026-11-26', method: 'VIDEO', notes: '视频谈心，了解工作进展', concerns: '子女入学' });
    expect(await screen.findByText('已记录谈心走访')).toBeInTheDocument();
  }, 20_000);

  it('completes the posting with the host’s evaluation and the capabilities it exercised', async () => {
    const { api } = renderPosting(activePosting, 'hr', { [`POST ${POSTING}/complete`]: { ...activePosting, status: 'COMPLETED' } });
    await userEvent.click(await screen.findByText('期满鉴定', { selector: 'button span' }));
    const dialog = (await screen.findByText('鉴定意见', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText('优秀'));
    await userEvent.click(within(dialog).getByLabelText('群众工作本领'));
    await userEvent.click(within(dialog).getByLabelText('驾驭风险本领'));
    await userEvent.type(within(dialog).getByLabelText('鉴定意见'), '驻村工作成效显著');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls(`POST ${POSTING}/complete`)).toHaveLength(1));
    expect(await api.calls(`POST ${POSTING}/complete`)[0].json()).toEqual({
      completedOn: '2026-11-26',
      evaluation: 'EXCELLENT',
      capabilities: ['MASS_WORK', 'RISK_MANAGEMENT'],
      remarks: '驻村工作成效显著',
      version: 3,
    });
    expect(api.calls(`POST ${POSTING}/complete`)[0].headers.get('If-Match')).toBe('"3"');
  }, 20_000);

  it('shows a completed posting’s evaluation, and neither commands nor the check-in form', async () => {
    renderPosting(
      {
        ...activePosting,
        status: 'COMPLETED',
        endedOn: '2026-11-20',
        evaluation: 'GOOD',
        capabilitiesExercised: ['MASS_WORK'],
        evaluationRemarks: '表现良好',
        evaluatedBy: 'hr-guangdong',
        careOverdue: false,
        nextCheckInDue: null,
        allowedCommands: [],
      },
      'leader',
    );
    const evaluation = (await screen.findByText('期满鉴定', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    expect(within(evaluation).getByText('良好')).toBeInTheDocument();
    expect(within(evaluation).getByText('群众工作本领')).toBeInTheDocument();
    expect(within(evaluation).getByText('表现良好')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '记录谈心走访' })).not.toBeInTheDocument();
    expect(screen.queryByText('谈心走访已逾期', { exact: false })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '变更记录' }));
    expect(await screen.findByText((_, element) => element?.tagName === 'LI' && element.textContent === '状态: 已批准 → 挂职中')).toBeInTheDocument();
  }, 15_000);
});
