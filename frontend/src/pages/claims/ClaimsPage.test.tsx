import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HoursClaim } from '../../api/types';
import { CADRE_ID, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const pending: HoursClaim = {
  id: 'claim-1',
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitName: '深圳市邮政管理局',
  title: '清华大学公共管理专题讲座',
  capabilities: ['REFORM_INNOVATION'],
  hours: 6,
  online: false,
  offJobDays: 1,
  completedOn: '2026-11-20',
  provider: '清华大学',
  evidence: '结业证书 QH-118',
  status: 'PENDING',
  submittedBy: 'cadre-demo',
  submittedAt: '2026-11-21T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  recordId: null,
  version: 0,
};

function renderClaims(role: 'hr' | 'leader' = 'hr', path = '/training/claims') {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/training/claims': { items: [pending], page: 0, size: 20, total: 1, totalPages: 1 },
      'POST /api/training/claims/claim-1/accept': { ...pending, status: 'ACCEPTED', decidedBy: 'hr', decidedAt: '2026-11-22T02:00:00Z', recordId: 'r-claim-1', version: 1 },
      'POST /api/training/claims/claim-1/reject': { ...pending, status: 'REJECTED', decidedBy: 'hr', decidedAt: '2026-11-22T02:00:00Z', decisionNote: '证明无法核验', version: 1 },
    },
  });
}

describe('学时认定', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-9; path=/';
  });

  it('lists the pending claims first and accepts one', async () => {
    const { api } = renderClaims();
    const row = (await screen.findByText('清华大学公共管理专题讲座')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('陈建国');
    expect(row).toHaveTextContent('结业证书 QH-118');
    expect(Object.fromEntries(new URL(api.calls('GET /api/training/claims')[0].url).searchParams)).toMatchObject({ status: 'PENDING' });
    await userEvent.click(within(row).getByText(/^认\s?定$/, { selector: 'button span' }));
    await waitFor(() => expect(api.calls('POST /api/training/claims/claim-1/accept')).toHaveLength(1));
    expect(await screen.findByText('已认定 陈建国 的申报，学时已计入')).toBeInTheDocument();
  }, 20_000);

  it('rejects a claim only with a reason', async () => {
    const { api } = renderClaims();
    const row = (await screen.findByText('清华大学公共管理专题讲座')).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByText('不予认定', { selector: 'button span' }));
    const dialog = (await screen.findByText('理由', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    expect(await within(dialog).findByText('请填写此项')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('理由'), '证明无法核验');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls('POST /api/training/claims/claim-1/reject')).toHaveLength(1));
    expect(await api.calls('POST /api/training/claims/claim-1/reject')[0].json()).toEqual({ reason: '证明无法核验' });
    expect(api.calls('POST /api/training/claims/claim-1/reject')[0].headers.get('If-Match')).toBe(`"${pending.version}"`);
  }, 20_000);

  it('shows a leader the claims without the actions to decide them', async () => {
    renderClaims('leader');
    const row = (await screen.findByText('清华大学公共管理专题讲座')).closest('tr') as HTMLElement;
    expect(within(row).queryByText('不予认定', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);
});
