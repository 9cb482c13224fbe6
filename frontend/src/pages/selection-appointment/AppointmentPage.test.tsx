import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { Appointment } from '../../api/types';
import { problem, type Handler } from '../../test/fakeApi';
import { CADRE_ID, GUANGDONG_ID, pageOf, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { APPOINTMENT_ID, appointedTrail, closedSession, motionTrail, publicityTrail, reviewTrail, SESSION_ID } from '../../test/selectionFixtures';

const TRAIL = `/api/selection/appointments/${APPOINTMENT_ID}`;

function renderTrail(trail: Appointment, role: Role, handlers: Record<string, Handler> = {}, path = `/selection/appointments/${APPOINTMENT_ID}`) {
  return renderApp({ session: sessionFor(role), path, handlers: { 'GET /api/me': {}, [`GET ${TRAIL}`]: trail, ...handlers } });
}

/** A candidate's row of the 凡提四必 table. */
const candidateRow = async (name: string) => (await screen.findByText(name, { selector: 'strong', exact: false })).closest('tr') as HTMLElement;
const dialogOf = async (label: string) => (await screen.findByText(label, { selector: 'label' })).closest('.ant-modal') as HTMLElement;
const save = (dialog: HTMLElement) => userEvent.click(within(dialog).getByText(/^保\s?存$/));

describe('an appointment trail’s page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-10; path=/';
  });

  it('shows where the trail stands, the four checks of each candidate and every step with who and when, and gives a leader no step to take', async () => {
    renderTrail(reviewTrail, 'leader');
    expect(await screen.findByRole('heading', { name: '市场监管处处长' })).toBeInTheDocument();
    expect(document.querySelector('.ant-steps-item-process')).toHaveTextContent('凡提四必');
    const lin = await candidateRow('林晓');
    expect(within(lin).getByText('有线索具体的举报待查')).toBeInTheDocument();
    expect(lin).toHaveTextContent('凡提四必未通过');
    const record = screen.getByRole('list', { name: '全程纪实' });
    expect([...record.querySelectorAll('[data-step]')].map((step) => step.getAttribute('data-step'))).toEqual(['MOTION', 'RECOMMENDATION', 'CANDIDATES', 'INVESTIGATION', 'JOINT_REVIEW']);
    expect(record).toHaveTextContent('原处长交流任职，职位出缺');
    expect(screen.queryByText(/^(答\s?复|更改答复)$/, { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('记录讨论决定', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.getByText('打印纪实', { selector: 'button span' })).toBeInTheDocument();
  }, 20_000);

  it('lets HR answer the checks HR gives only, and asks what stands against the candidate for a negative answer', async () => {
    const { api } = renderTrail(reviewTrail, 'hr', { [`PUT ${TRAIL}/candidates/${CADRE_ID}/checks/PERSONAL_MATTERS`]: reviewTrail });
    const chen = await candidateRow('陈建国');
    expect(within(chen).getByLabelText('答复陈建国的人事档案专审')).toHaveTextContent('更改答复');
    expect(within(chen).queryByLabelText('答复陈建国的纪检监察机关意见')).not.toBeInTheDocument();
    expect(within(chen).queryByLabelText('答复陈建国的信访举报核查')).not.toBeInTheDocument();

    await userEvent.click(within(chen).getByLabelText('答复陈建国的个人有关事项核查'));
    const dialog = await dialogOf('核查结论');
    await userEvent.click(within(dialog).getByText('有问题'));
    await save(dialog);
    expect(await within(dialog).findByText('有问题的须说明存在的问题')).toBeInTheDocument();
    expect(api.calls(`PUT ${TRAIL}/candidates/${CADRE_ID}/checks/PERSONAL_MATTERS`)).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('存在的问题'), '未如实报告房产');
    await save(dialog);

    await waitFor(() => expect(api.calls(`PUT ${TRAIL}/candidates/${CADRE_ID}/checks/PERSONAL_MATTERS`)).toHaveLength(1));
    const [request] = api.calls(`PUT ${TRAIL}/candidates/${CADRE_ID}/checks/PERSONAL_MATTERS`);
    expect(await request.json()).toEqual({ answer: 'NEGATIVE', note: '未如实报告房产' });
    expect(request.headers.get('If-Match')).toBe('"6"');
  }, 25_000);

  it('lets an inspector answer the discipline organ’s opinion and the petitions, but neither the file nor any step', async () => {
    renderTrail(reviewTrail, 'inspector');
    const chen = await candidateRow('陈建国');
    for (const check of ['个人有关事项核查', '纪检监察机关意见', '信访举报核查']) {
      expect(within(chen).getByLabelText(`答复陈建国的${check}`)).toBeInTheDocument();
    }
    expect(within(chen).queryByLabelText('答复陈建国的人事档案专审')).not.toBeInTheDocument();
    expect(screen.queryByText('记录讨论决定', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^终\s?止$/, { selector: 'button span' })).not.toBeInTheDocument();
  }, 15_000);

  it('offers only a candidate the four checks cleared for the decision, and keeps the meeting’s refusal in view', async () => {
    const cleared = { ...reviewTrail, candidates: [{ ...reviewTrail.candidates[0], cleared: true }, reviewTrail.candidates[1]] };
    renderTrail(cleared, 'hr', {
      [`POST ${TRAIL}/decision`]: () =>
        problem(422, { type: 'https://benling.org/problems/decision-not-adopted', title: 'Rule violated', detail: '到会成员不足三分之二 / fewer than two thirds of the members present' }),
    });
    await userEvent.click(await screen.findByText('记录讨论决定', { selector: 'button span' }));
    const dialog = await dialogOf('应到会成员');
    await userEvent.click(within(dialog).getByLabelText('拟任人选'));
    expect(await screen.findByTitle('林晓（YZ000002）（凡提四必未通过）')).toHaveClass('ant-select-item-option-disabled');
    await userEvent.click(await screen.findByTitle('陈建国（YZ000001）'));
    await userEvent.type(within(dialog).getByLabelText('应到会成员'), '9');
    await userEvent.type(within(dialog).getByLabelText('实到会成员'), '5');
    await userEvent.type(within(dialog).getByLabelText('同意票'), '5');
    expect(within(dialog).getByText('到会 5 / 9 人，不足三分之二，不能表决')).toBeInTheDocument();
    await save(dialog);
    const refusal = (await within(dialog).findByText('未达到到会或表决人数要求')).closest('.ant-alert') as HTMLElement;
    expect(refusal).toHaveTextContent('到会成员不足三分之二');
  }, 25_000);

  it('records an online recommendation with a closed 民主推荐 of the unit, at the version read', async () => {
    const { api } = renderTrail(motionTrail, 'hr', {
      'GET /api/selection/voting-sessions': pageOf([closedSession]),
      [`POST ${TRAIL}/recommendation`]: { ...motionTrail, stage: 'RECOMMENDATION', version: 1 },
    });
    await userEvent.click(await screen.findByText('记录民主推荐', { selector: 'button span' }));
    const dialog = await dialogOf('推荐方式');
    await userEvent.click(within(dialog).getByLabelText('网上民主推荐'));
    await userEvent.click(await screen.findByTitle('市场监管处处长民主推荐'));
    expect(Object.fromEntries(new URL(api.calls('GET /api/selection/voting-sessions').at(-1)!.url).searchParams)).toEqual({
      unitId: GUANGDONG_ID,
      kind: 'RECOMMENDATION',
      status: 'CLOSED',
      size: '100',
    });
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${TRAIL}/recommendation`)).toHaveLength(1));
    const [request] = api.calls(`POST ${TRAIL}/recommendation`);
    expect(await request.json()).toEqual({ votingSessionId: SESSION_ID });
    expect(request.headers.get('If-Match')).toBe('"0"');
  }, 25_000);

  it('lists the publicity’s objections and keeps the refusal of an appointment while the publicity runs', async () => {
    renderTrail(publicityTrail, 'hr', {
      [`POST ${TRAIL}/appointment`]: () =>
        problem(422, { type: 'https://benling.org/problems/publicity-running', title: 'Rule violated', detail: '公示期至 2026-06-17 / the publicity runs until 2026-06-17' }),
    });
    const objections = await screen.findByRole('list', { name: '公示期间反映' });
    expect(within(objections).getAllByRole('listitem').map((item) => item.querySelector('span')!.textContent)).toEqual(['公示期间反映', '反映核查']);
    expect(objections).toHaveTextContent('群众来信反映其驾驶公车办私事');
    expect(objections).not.toHaveTextContent('objection:');
    expect(screen.getByText('应到会 9 人，实到会 8 人，同意 7 票')).toBeInTheDocument();
    expect(screen.queryByText('核查反映', { selector: 'button span' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByText(/^任\s?职$/, { selector: 'button span' }));
    const dialog = await dialogOf('任职日期');
    expect(dialog).toHaveTextContent('公示期至 2026-06-17');
    await save(dialog);
    const refusal = (await within(dialog).findByText('任前公示期尚未结束')).closest('.ant-alert') as HTMLElement;
    expect(refusal).toHaveTextContent('公示期至 2026-06-17');
  }, 25_000);

  it('lays out the whole record for print: every step, the candidates’ checks, the vote and the appointment', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderTrail(appointedTrail, 'inspector', {}, `/selection/appointments/${APPOINTMENT_ID}/record`);
    const sheet = await screen.findByRole('article', { name: '干部选拔任用工作全程纪实表' });
    const steps = within(sheet).getByRole('table', { name: '二、各环节纪实' });
    const rows = within(steps).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelectorAll('td')[1].textContent)).toEqual([
      '动议',
      '民主推荐',
      '确定考察对象',
      '考察',
      '发起凡提四必',
      '讨论决定',
      '任前公示',
      '公示期间反映',
      '反映核查',
      '任职',
    ]);
    expect(rows[7]).toHaveTextContent('群众来信反映其驾驶公车办私事');
    expect(sheet).toHaveTextContent('应到会 9 人，实到会 8 人，同意 7 票');
    expect(sheet).toHaveTextContent('陈建国（YZ000001） 于 2026-06-18 任 市场监管处处长。');
    expect(sheet).toHaveTextContent('经办人（签字）');
    expect(document.title).toBe('全程纪实表 — 市场监管处处长');
    expect(document.body).toHaveClass('benling-trail-record');
    await userEvent.click(screen.getByText(/^打\s?印$/, { selector: 'button span' }));
    expect(print).toHaveBeenCalledTimes(1);
  }, 20_000);
});
