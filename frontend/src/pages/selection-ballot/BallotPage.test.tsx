import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as browserModule from '../../api/browser';
import { problem, type Handler } from '../../test/fakeApi';
import { CADRE_ID } from '../../test/fixtures';
import { renderSignedOut } from '../../test/render';
import { evaluationBallot, recommendationBallot, THIRD_CADRE_ID } from '../../test/selectionFixtures';
import { OTHER_CADRE_ID } from '../../test/trainingFixtures';

const FORM = 'POST /api/selection/ballot/form';
const CAST = 'POST /api/selection/ballot';

function renderBallot(handlers: Record<string, Handler>) {
  return renderSignedOut({ path: '/ballot', handlers });
}

async function typeCode(code: string) {
  const input = await screen.findByLabelText('投票码');
  await userEvent.clear(input);
  await userEvent.type(input, code);
  await userEvent.click(screen.getByRole('button', { name: '取得选票' }));
}

const codeUsed = () => problem(409, { type: 'https://benling.org/problems/code-used', title: 'Conflict', detail: 'this code has voted / 此投票码已投票' });
const votingClosed = () => problem(409, { type: 'https://benling.org/problems/voting-closed', title: 'Conflict', detail: 'the session is not open / 投票未开始或已结束' });

describe('the ballot page', () => {
  it('opens without a login, calls without cookies, and lets a voter recommend no more than the places', async () => {
    const assign = vi.spyOn(browserModule.browser, 'assign').mockImplementation(() => {});
    const { api } = renderBallot({ [FORM]: recommendationBallot, [CAST]: () => new Response(null, { status: 204 }) });
    expect(await screen.findByText('网上投票', { selector: '.ant-card-head-title' })).toBeInTheDocument();
    // no session is asked for the page itself, and nobody is sent to the login
    expect(api.calls('GET /api/session')).toHaveLength(0);
    expect(screen.queryByRole('navigation', { name: '主菜单' })).not.toBeInTheDocument();

    await typeCode('abcde-fghjk');
    const sheet = (await screen.findByText('选票', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    const [form] = api.calls(FORM);
    expect(await form.json()).toEqual({ code: 'ABCDEFGHJK' });
    // a phone may hold an expired login of this system: the calls go without cookies (and the gateway, seeing no
    // session, asks no CSRF pair), so that login cannot get in the way
    expect(form.credentials).toBe('omit');
    expect(api.calls('GET /api/session')).toHaveLength(0);
    expect(within(sheet).getByText('投票人类别：班子成员')).toBeInTheDocument();
    expect(within(sheet).getByText('请在下列名单中推荐不超过 2 人。可以少推荐，也可以不推荐（弃权）。')).toBeInTheDocument();

    const boxes = within(sheet).getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    await userEvent.click(boxes[0]);
    expect(within(sheet).getByText('已推荐 1 / 2 人')).toBeInTheDocument();
    await userEvent.click(boxes[2]);
    // the places are full: the one left cannot be ticked until another is unticked
    expect(within(sheet).getByText('已推荐满 2 人；如需改选，请先取消一人')).toBeInTheDocument();
    expect(boxes[1]).toBeDisabled();
    await userEvent.click(boxes[0]);
    expect(boxes[1]).toBeEnabled();
    await userEvent.click(boxes[1]);

    await userEvent.click(within(sheet).getByRole('button', { name: '下一步：核对选票' }));
    const choice = await screen.findByRole('list', { name: '您的选择' });
    expect(within(choice).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['林晓广东省邮政管理局', '周敏深圳市邮政管理局']);
    expect(screen.getByText('选票提交后不能修改。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确认投票' }));

    expect(await screen.findByText('投票成功，感谢您的参与！')).toBeInTheDocument();
    expect(await api.calls(CAST)[0].json()).toEqual({ code: 'ABCDEFGHJK', chosen: [OTHER_CADRE_ID, THIRD_CADRE_ID] });
    expect(api.calls(CAST)[0].credentials).toBe('omit');
    // the code travels in bodies only, never in the address
    expect(window.location.href).not.toMatch(/ABCDE/i);
    expect(assign).not.toHaveBeenCalled();
  }, 30_000);

  it('says plainly that a code has already voted, and lets the next voter type another', async () => {
    renderBallot({ [FORM]: codeUsed });
    await typeCode('ABCDE-FGHJK');
    expect(await screen.findByRole('alert')).toHaveTextContent('此投票码已经投过票。每个投票码只能投一次；如有疑问，请与组织投票的工作人员联系。');
    expect(screen.getByLabelText('投票码')).toBeInTheDocument();
  }, 15_000);

  it('says when the voting is not open, and when a code is no code of any session', async () => {
    const { api } = renderBallot({
      [FORM]: async (request: Request) =>
        ((await request.json()) as { code: string }).code === 'ABCDEFGHJK'
          ? votingClosed()
          : problem(400, { type: 'https://benling.org/problems/validation', title: 'Invalid', violations: [{ field: 'code', message: '无效的投票码 / no such voter code' }] }),
    });
    await typeCode('ABCDE-FGHJK');
    expect(await screen.findByRole('alert')).toHaveTextContent('投票未开始或已经结束，现在不能投票。');
    await typeCode('ZZZZZ-ZZZZZ');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('投票码无效，请核对纸条上的投票码后重新输入。'));
    // a code that cannot be one (a 0, a 1, too short) is not even sent
    await typeCode('ABCDE-0123');
    expect(await screen.findByText('投票码为 10 位字母和数字，如 ABCDE-FGHJK，请核对后重新输入')).toBeInTheDocument();
    expect(api.calls(FORM)).toHaveLength(2);
  }, 20_000);

  it('sends a voter whose code was used meanwhile back to the code, with the reason', async () => {
    renderBallot({ [FORM]: recommendationBallot, [CAST]: codeUsed });
    await typeCode('ABCDE-FGHJK');
    await userEvent.click(await screen.findByRole('button', { name: '下一步：核对选票' }));
    expect(await screen.findByText('您没有推荐任何人（弃权）。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确认投票' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('此投票码已经投过票');
    expect(screen.getByLabelText('投票码')).toHaveValue('');
  }, 15_000);

  it('grades each person of a 民主测评, leaving out those not graded', async () => {
    const { api } = renderBallot({ [FORM]: evaluationBallot, [CAST]: () => new Response(null, { status: 204 }) });
    await typeCode('ABCDE-FGHJK');
    const grades = await screen.findByRole('radiogroup', { name: '陈建国 的等次' });
    await userEvent.click(within(grades).getByLabelText('称职'));
    expect(within(screen.getByRole('radiogroup', { name: '林晓 的等次' })).getByLabelText('不评价')).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: '下一步：核对选票' }));
    expect(await screen.findByText('已评定 1 人，未评价 1 人：')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确认投票' }));
    expect(await screen.findByText('投票成功，感谢您的参与！')).toBeInTheDocument();
    expect(await api.calls(CAST)[0].json()).toEqual({ code: 'ABCDEFGHJK', grades: { [CADRE_ID]: 'COMPETENT' } });
  }, 20_000);
});
