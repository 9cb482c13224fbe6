import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import { CADRE_ID, sessionFor, SHENZHEN_ID, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { massWorkGap, massWorkProposals, riskGap } from '../../test/assessmentFixtures';

function renderGaps(path: string, role: Role = 'hr') {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/assessment/gaps': { items: [massWorkGap, { ...riskGap, cadreId: 'c-9', name: '周敏', employeeNumber: 'YZ000009' }], page: 0, size: 20, total: 2, totalPages: 1 },
      [`GET /api/training/proposals/cadres/${CADRE_ID}`]: massWorkProposals,
      'GET /api/training/proposals/cadres/c-9': [],
    },
  });
}

const lastQuery = (api: ReturnType<typeof renderGaps>['api']) =>
  Object.fromEntries(new URL(api.calls('GET /api/assessment/gaps').at(-1)!.url).searchParams);

describe('能力短板', () => {
  it('asks for open gaps by default and lists whose, which capability and how far below the threshold', async () => {
    const { api } = renderGaps('/assessment/gaps');
    const row = (await screen.findByText('陈建国')).closest('tr')!;
    expect(lastQuery(api)).toEqual({ status: 'OPEN' });
    expect(row).toHaveTextContent('群众工作本领');
    expect(row).toHaveTextContent('55 / 60');
    expect(row).toHaveTextContent('低于阈值');
    expect(row).toHaveTextContent('未关闭');
    expect(screen.getByText('陈建国').closest('a')).toHaveAttribute('href', `/assessment/profiles/${CADRE_ID}`);
  }, 15_000);

  it('asks for the unit, status and capability in the URL', async () => {
    const { api } = renderGaps(`/assessment/gaps?unitId=${SHENZHEN_ID}&status=CLOSED&capability=MASS_WORK`);
    await screen.findByText('陈建国');
    expect(lastQuery(api)).toEqual({ unitId: SHENZHEN_ID, status: 'CLOSED', capability: 'MASS_WORK' });
  }, 15_000);

  it('opens a gap onto the training proposed for that capability, or says there is none', async () => {
    renderGaps('/assessment/gaps');
    await userEvent.click((await screen.findByText('陈建国')).closest('tr')!);
    const proposal = await screen.findByText('群众工作与信访处置能力提升');
    expect(proposal.closest('[role="listitem"]')).toHaveTextContent('已采纳');
    // The proposal for another capability belongs to another gap.
    expect(screen.queryByText('防范化解重大风险专题培训')).not.toBeInTheDocument();

    await userEvent.click(screen.getByText('周敏').closest('tr')!);
    expect(await screen.findByText('尚无培训建议')).toBeInTheDocument();
  }, 15_000);

  it('shows a cadre the own gaps without a unit filter', async () => {
    const { router } = renderGaps('/assessment/gaps', 'cadre');
    await screen.findByText('陈建国');
    expect(screen.queryByLabelText('单位（含下级）')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('状态'));
    await userEvent.click(await screen.findByTitle('全部'));
    await waitFor(() => expect(currentUrl(router)).toBe('/assessment/gaps?status=ALL'));
  }, 15_000);
});
