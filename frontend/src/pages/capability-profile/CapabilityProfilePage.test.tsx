import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Eligibility } from '../../api/types';
import { CADRE_ID, sessionFor } from '../../test/fixtures';
import { chartTableRows, optionOf, seriesOf } from '../../test/fakeEcharts';
import { renderApp } from '../../test/render';
import { notEligible, profile } from '../../test/assessmentFixtures';

function renderProfile(eligibility: Eligibility = notEligible) {
  return renderApp({
    session: sessionFor('hr'),
    path: `/assessment/profiles/${CADRE_ID}`,
    handlers: {
      'GET /api/me': {},
      [`GET /api/assessment/profiles/${CADRE_ID}`]: profile,
      [`GET /api/assessment/eligibility/${CADRE_ID}`]: eligibility,
    },
  });
}

/** The row of the scores table (not the history's) for a capability. */
const scoreRow = (capability: string) =>
  screen
    .getAllByText(capability)
    .map((cell) => cell.closest('tr'))
    .find((row) => row?.closest('.ant-card')?.textContent?.startsWith('各项本领得分及依据'))!;

describe('能力画像', () => {
  it('draws the eight scores against the peers’ median, in the order of the eight', async () => {
    renderProfile();
    expect(await screen.findByText('陈建国 的能力画像')).toBeInTheDocument();
    const radar = '陈建国 的八项本领得分与同职级中位数';
    expect(screen.getByRole('img', { name: radar })).toBeInTheDocument();
    const [score, peers] = (seriesOf(optionOf(radar))[0] as { data: { name: string; value: (number | string)[] }[] }).data;
    // LEARNING (72) on the first axis though the API sent RISK_MANAGEMENT first.
    expect(score.name).toBe('得分');
    expect(score.value[0]).toBe(72);
    // No median for LAW_BASED_GOVERNANCE (the fifth): missing, not 0.
    expect(peers.name).toBe('同职级中位数');
    expect(peers.value[4]).toBe('-');
    const table = await chartTableRows(radar);
    expect(table[0]).toEqual(['本领', '得分', '同职级中位数']);
    expect(table[1][0]).toBe('学习本领');
    expect(table[1][1]).toBe('72');
    expect(table[5][2]).toBe('—');
  }, 15_000);

  it('lists each score with the peers’ median and the gap, and opens its evidence with the points it adds or takes', async () => {
    renderProfile();
    await screen.findByText('陈建国 的能力画像');
    const massWork = scoreRow('群众工作本领');
    expect(massWork).toHaveTextContent('55');
    expect(within(massWork).getByText('短板')).toBeInTheDocument();
    expect(scoreRow('学习本领')).toHaveTextContent('73.5');
    expect(scoreRow('依法执政本领')).toHaveTextContent('无同职级数据');

    await userEvent.click(scoreRow('驾驭风险本领'));
    const training = await screen.findByText('近 5 年相关培训 32 学时');
    expect(training.closest('[role="listitem"]')).toHaveTextContent('+3培训');
    await userEvent.click(massWork);
    const measure = await screen.findByText('受监督执纪影响，影响期至 2026-12-31');
    expect(measure.closest('[role="listitem"]')).toHaveTextContent('-17监督措施');
  }, 15_000);

  it('shows the history per cycle, the grades with their consequences and why the cadre is not eligible', async () => {
    renderProfile();
    await screen.findByText('陈建国 的能力画像');
    const grade2024 = screen.getByText('2024', { selector: 'td' }).closest('tr')!;
    expect(grade2024).toHaveTextContent('基本称职诫勉谈话本年度不计算晋升职级年限');
    expect(screen.getByText('2025', { selector: 'td' }).closest('tr')).toHaveTextContent('优秀嘉奖');
    const history = screen.getByText('历年得分').closest('.ant-card') as HTMLElement;
    expect(within(history).getByText('2024 年度')).toBeInTheDocument();
    expect(within(history).getByText('驾驭风险本领').closest('tr')).toHaveTextContent('驾驭风险本领6875');

    const eligibility = screen.getByText('考察对象资格（选任条例第二十四条）').closest('.ant-card') as HTMLElement;
    expect(await within(eligibility).findByText('不符合')).toBeInTheDocument();
    expect(within(eligibility).getByText('受处分或组织处理影响，影响期至 2026-12-31')).toBeInTheDocument();
  }, 15_000);

  it('says 符合 for an eligible cadre', async () => {
    renderProfile({ eligible: true, reasons: [] });
    expect(await screen.findByText('符合')).toBeInTheDocument();
    expect(screen.getByText('可以列为考察对象')).toBeInTheDocument();
  }, 15_000);
});
