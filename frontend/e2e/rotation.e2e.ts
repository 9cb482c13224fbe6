import { expect, type Locator, type Page } from '@playwright/test';
import { beijingDay, beijingYear, freshUnit, getJson, login, logout, pick, registerCadres, runStamp, selectOf, send, shot, test, type Cadre, type Unit } from './support';

const CAPABILITIES = ['LEARNING', 'POLITICAL_LEADERSHIP', 'REFORM_INNOVATION', 'SCIENTIFIC_DEVELOPMENT', 'LAW_BASED_GOVERNANCE', 'MASS_WORK', 'IMPLEMENTATION', 'RISK_MANAGEMENT'];

type ReviewRow = { id: string; cadreId: string; version: number };
type Proposal = { id: string; status: string; hosts: { name: string }[] };

/**
 * A 群众工作本领 gap of a new cadre, as the loop makes one: HR registers two cadres in the unit, rates them in the
 * year's assessment (one at 40 in 群众工作本领) and finalises it; assessment reports the gap and rotation proposes
 * postings that build the capability.
 */
async function proposalFromAGap(page: Page, unit: Unit, stamp: string): Promise<{ cadre: Cadre; proposal: Proposal }> {
  const cadres = await registerCadres(page, unit, stamp, [
    { name: '挂职测试甲', postSince: '2017-03-01', positionTitle: '市场监管科科长' },
    { name: '挂职测试乙', postSince: '2017-03-01', positionTitle: '市场监管科科长' },
  ]);
  const [weak] = cadres;

  const cycle = await send<{ id: string }>(page, 'POST', '/api/assessment/cycles', { unitId: unit.id, year: beijingYear() }, 201);
  const reviews = (await getJson<{ items: ReviewRow[] }>(page, `/api/assessment/cycles/${cycle.id}/reviews`)).items;
  for (const review of reviews) {
    const scores = Object.fromEntries(CAPABILITIES.map((capability) => [capability, review.cadreId === weak.id && capability === 'MASS_WORK' ? 40 : 78]));
    await send(page, 'PUT', `/api/assessment/cycles/${cycle.id}/reviews/${review.id}`, {
      superiorGrade: 'COMPETENT',
      performanceScore: 80,
      styleScore: 80,
      conductScore: 80,
      capabilityScores: scores,
      proposedGrade: 'COMPETENT',
      version: review.version,
    });
  }
  await send(page, 'POST', `/api/assessment/cycles/${cycle.id}/finalize`, {});

  let proposal: Proposal | undefined;
  await expect
    .poll(
      async () => {
        proposal = (await getJson<{ items: Proposal[] }>(page, `/api/rotation/proposals?cadreId=${weak.id}&status=PROPOSED`)).items[0];
        return Boolean(proposal);
      },
      { timeout: 30_000, message: 'the 群众工作本领 gap becomes a posting proposal' },
    )
    .toBe(true);
  return { cadre: weak, proposal: proposal! };
}

/** The posting's status tag in the page header. */
const headerStatus = (page: Page, status: string) => page.locator('.ant-space-item .ant-tag', { hasText: new RegExp(`^${status}$`) });

async function dialogNamed(page: Page, name: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('hr-guangdong proposes a posting from a capability-gap proposal, the leader approves it, HR cares for the cadre and completes it', async ({ page, browser }) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '挂职测试单位', stamp);
  await login(page, 'hr-guangdong');
  const { cadre, proposal } = await proposalFromAGap(page, unit, stamp);

  // 实践锻炼建议: the proposal of the unit's cadre, with the gap and the suggestions that would close it.
  await page.getByRole('menuitem', { name: '实践锻炼建议' }).click();
  await expect(page).toHaveURL(/\/rotation\/proposals$/);
  await pick(page.getByLabel('单位（含下级）'), unit.name, unit.name);
  await expect(page).toHaveURL(new RegExp(`unitId=${unit.id}`));
  const row = page.locator('.ant-table-row', { hasText: cadre.employeeNumber });
  await expect(row).toContainText('群众工作本领');
  await expect(row).toContainText('40 / 60');
  await expect(row).toContainText(proposal.hosts[0].name);
  await shot(page, 'rotation-01-hr-proposals');

  // 据此提名: the form comes prefilled with a suggested type and host; the cadre may be proposed.
  await row.getByRole('button', { name: '据此提名' }).click();
  const form = await dialogNamed(page, '据此提名');
  await expect(form.getByText(`${cadre.name} 符合提名条件`)).toBeVisible();
  await expect(selectOf(form.getByLabel('类型'))).toContainText('（建议）');
  await expect(selectOf(form.getByLabel('接收单位', { exact: true }))).toContainText(proposal.hosts[0].name);
  await shot(page, 'rotation-02-hr-propose-from-proposal');
  await form.getByRole('button', { name: /保\s?存/ }).click();

  await expect(page).toHaveURL(/\/rotation\/postings\/[0-9a-f-]{36}$/);
  const postingUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: new RegExp(`^${cadre.name} · `) })).toBeVisible();
  await expect(headerStatus(page, '已提名')).toBeVisible();
  await expect(page.getByText('据实践锻炼建议提名')).toBeVisible();
  await expect(page.getByRole('button', { name: /批\s?准/ })).toHaveCount(0);
  await logout(page);

  // The leader approves it.
  await login(page, 'leader');
  await page.goto(postingUrl);
  await page.getByRole('button', { name: /批\s?准/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定/ }).click();
  await expect(headerStatus(page, '已批准')).toBeVisible();
  await expect(page.locator('[data-step="approved"]')).toContainText('leader');
  await shot(page, 'rotation-03-leader-approved');
  await logout(page);

  // HR records the arrival, a care check-in and the host's closing evaluation.
  await login(page, 'hr-guangdong');
  await page.goto(postingUrl);
  await page.getByRole('button', { name: /到\s?岗/ }).click();
  const start = await dialogNamed(page, /^到岗：/);
  await start.getByRole('button', { name: /保\s?存/ }).click();
  await expect(headerStatus(page, '挂职中')).toBeVisible();
  await expect(page.getByText(/^下次谈心走访应于 \d{4}-\d{2}-\d{2} 前进行$/)).toBeVisible();

  const checkIn = page.getByRole('form', { name: '记录谈心走访' });
  await checkIn.getByLabel('谈心走访情况').fill('到接收单位走访，了解工作和生活情况');
  await checkIn.getByLabel('反映的困难和诉求').fill('希望协调住房');
  await checkIn.getByRole('button', { name: '记录谈心走访' }).click();
  await expect(page.getByText('已记录谈心走访')).toBeVisible();
  await expect(page.locator('.ant-table-row', { hasText: '到接收单位走访' })).toContainText('走访');
  await shot(page, 'rotation-04-hr-check-in');

  await page.getByRole('button', { name: '期满鉴定' }).click();
  const evaluation = await dialogNamed(page, /^期满鉴定：/);
  await evaluation.getByText('优秀', { exact: true }).click();
  await evaluation.getByLabel('群众工作本领').check();
  await evaluation.getByLabel('鉴定意见').fill('驻点期间深入基层，群众工作能力明显提升');
  await shot(page, 'rotation-05-hr-closing-evaluation');
  await evaluation.getByRole('button', { name: /保\s?存/ }).click();

  await expect(headerStatus(page, '已期满')).toBeVisible();
  const closing = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: /^期满鉴定$/ }) });
  await expect(closing).toContainText('优秀');
  await expect(closing).toContainText('群众工作本领');
  await expect(closing).toContainText('驻点期间深入基层，群众工作能力明显提升');
  await expect(page.locator('[data-step="completed"]')).toHaveAttribute('data-done', 'true');
  await expect(page.getByRole('button', { name: '期满鉴定' })).toHaveCount(0);
  await shot(page, 'rotation-06-hr-completed');

  // The proposal is taken up: it now points to its posting.
  await page.goto(`/rotation/proposals?unitId=${unit.id}&status=ACCEPTED`);
  await expect(page.locator('.ant-table-row', { hasText: cadre.employeeNumber })).toContainText('查看挂职');
});

test('hr-guangdong offers an open posting, proposes its top-ranked candidate and cancels the proposal', async ({ page, browser }) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '挂职岗位测试单位', stamp);
  await login(page, 'hr-guangdong');
  // the unit's cadres are the candidates: the longer in post ranks first
  const [longest, shorter] = await registerCadres(page, unit, stamp, [
    { name: '岗位测试甲', postSince: '2016-03-01' },
    { name: '岗位测试乙', postSince: beijingDay(-3 * 365) },
  ]);

  await page.goto('/rotation/proposals?tab=openings');
  await page.getByRole('button', { name: '发布挂职岗位' }).click();
  const form = await dialogNamed(page, '发布挂职岗位');
  await pick(form.getByLabel('发布单位', { exact: true }), unit.name, unit.name);
  await pick(form.getByLabel('接收单位', { exact: true }), '贵州省邮政管理局', '贵州省');
  await pick(form.getByLabel('锻炼的本领'), '群众工作本领');
  await form.getByLabel('岗位说明').fill(`乡村振兴挂职（E2E ${stamp}）`);
  await form.getByRole('button', { name: /保\s?存/ }).click();

  // 人选推荐 opens on the new opening: ranked candidates, each with the reasons for the rank.
  const drawer = page.getByRole('dialog', { name: /^人选推荐：贵州省邮政管理局/ });
  await expect(drawer).toBeVisible();
  const first = drawer.getByRole('listitem', { name: /^第 1 名：/ });
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('aria-label', `第 1 名：${longest.name}`);
  await expect(first.getByRole('list', { name: '推荐理由' })).toContainText('现岗任职');
  await expect(first.getByRole('list', { name: '推荐理由' })).toContainText('东部 → 西部');
  await expect(drawer.getByRole('listitem', { name: /^第 2 名：/ })).toHaveAttribute('aria-label', `第 2 名：${shorter.name}`);
  await expect(drawer.getByRole('listitem', { name: /^第 3 名：/ })).toHaveCount(0);
  await shot(page, 'rotation-07-hr-candidates');
  await first.getByRole('button', { name: /提\s?名/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定/ }).click();

  await expect(page).toHaveURL(/\/rotation\/postings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `${longest.name} · 挂职锻炼` })).toBeVisible();
  await expect(headerStatus(page, '已提名')).toBeVisible();
  await expect(page.getByText('据挂职岗位提名')).toBeVisible();

  // Cancelled before it starts, with the reason.
  await page.getByRole('button', { name: /取\s?消/ }).click();
  const cancel = await dialogNamed(page, /^取消挂职：/);
  await cancel.getByLabel('取消原因').fill('E2E 测试：不再安排');
  await cancel.getByRole('button', { name: /保\s?存/ }).click();
  await expect(headerStatus(page, '已取消')).toBeVisible();
  await expect(page.locator('[data-step="cancelled"]')).toContainText('hr-guangdong');
  await shot(page, 'rotation-08-hr-cancelled');
});
