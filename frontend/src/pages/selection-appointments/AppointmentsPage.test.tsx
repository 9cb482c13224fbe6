import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { AppointmentPage } from '../../api/types';
import type { Handler } from '../../test/fakeApi';
import { GUANGDONG_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { APPOINTMENT_ID, motionTrail, publicityTrail } from '../../test/selectionFixtures';

function renderTrails(path: string, role: Role, trails: AppointmentPage, handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/selection/appointments': trails, ...handlers },
  });
}

describe('选拔任用纪实', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-9; path=/';
  });

  it('asks for the filters of the URL and shows each trail’s stage and who was decided', async () => {
    const { api } = renderTrails(
      '/selection/appointments?stage=PUBLICITY&rankLevel=DIVISION_PRINCIPAL&q=处长',
      'inspector',
      pageOf([motionTrail, { ...publicityTrail, id: '81000000-0000-4000-8000-000000000002' }]),
    );
    const [motion, publicity] = (await screen.findAllByRole('link', { name: '市场监管处处长' })).map((link) => link.closest('tr')!);
    expect(Object.fromEntries(new URL(api.calls('GET /api/selection/appointments').at(-1)!.url).searchParams)).toEqual({
      stage: 'PUBLICITY',
      rankLevel: 'DIVISION_PRINCIPAL',
      q: '处长',
    });
    expect(within(motion).getByText('动议')).toBeInTheDocument();
    expect(publicity).toHaveTextContent('任前公示');
    expect(publicity).toHaveTextContent('拟任：陈建国');
    // inspectors read the trails and answer their checks, but move none
    expect(screen.queryByText('动议', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);

  it('explains the trail to HR when there is none, and opens one with the motion', async () => {
    const { api, router } = renderTrails('/selection/appointments', 'hr', pageOf([]), {
      'POST /api/selection/appointments': () => new Response(JSON.stringify(motionTrail), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`GET /api/selection/appointments/${APPOINTMENT_ID}`]: motionTrail,
    });
    const empty = (await screen.findByText(/还没有选拔任用纪实/)).closest('.ant-empty') as HTMLElement;
    // the table is blurred (and not clickable) while the first page loads
    await waitFor(() => expect(document.querySelector('.ant-spin-blur')).toBeNull());
    await userEvent.click(within(empty).getByText(/^动\s?议$/, { selector: 'button span' }));
    const dialog = (await screen.findByText('动议理由', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('拟任职位'), '市场监管处处长');
    await userEvent.click(within(dialog).getByLabelText('职级'));
    await userEvent.click(await screen.findByTitle('正县处级'));
    await userEvent.click(within(dialog).getByText('竞争上岗'));
    await userEvent.type(within(dialog).getByLabelText('动议理由'), '原处长交流任职，职位出缺');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/selection/appointments')).toHaveLength(1));
    expect(await api.calls('POST /api/selection/appointments')[0].json()).toEqual({
      unitId: GUANGDONG_ID,
      postTitle: '市场监管处处长',
      rankLevel: 'DIVISION_PRINCIPAL',
      method: 'COMPETITION',
      reason: '原处长交流任职，职位出缺',
    });
    await waitFor(() => expect(currentUrl(router)).toBe(`/selection/appointments/${APPOINTMENT_ID}`));
  }, 30_000);
});
