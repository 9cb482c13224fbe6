import { devices, expect, type Locator, type Page } from '@playwright/test';
import { freshUnit, login, pick, registerCadres, runStamp, shot, test, type Cadre, type Unit } from './support';

async function dialogNamed(page: Page, name: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Confirms the confirmation just opened (antd keeps the ones closed before in the page, hidden) and waits until it is gone. */
async function confirm(page: Page): Promise<void> {
  const popup = page.locator('.ant-popconfirm:visible');
  await expect(popup).toHaveCount(1);
  await popup.getByRole('button', { name: /确\s?定/ }).click();
  await expect(popup).toHaveCount(0);
}

/** No cadre's id: the probe of a unit alone names it, and the service refuses it as unknown. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Waits until the selection service knows the unit (and `cadres`) from personnel's events. The probe is refused (400)
 * whatever happens, for naming one voter category twice, so it never prepares a session: while the unit is unknown the
 * refusal names `unitId`; once it is known, the people it does not know yet (`candidateIds[i]`) and the duplicate.
 */
async function selectionKnows(page: Page, unit: Unit, cadres: Cadre[] = []): Promise<void> {
  const category = { code: 'PROBE', name: 'probe', weight: 1, voters: 1 };
  const candidateIds = cadres.length > 0 ? cadres.map((cadre) => cadre.id) : [NOBODY];
  await expect
    .poll(
      async () => {
        const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
        const response = await page.request.post('/api/selection/voting-sessions', {
          headers: { 'X-XSRF-TOKEN': xsrf, 'X-Requested-With': 'JavaScript' },
          data: { unitId: unit.id, kind: 'EVALUATION', title: 'probe', candidateIds, categories: [category, category] },
        });
        const fields = ((await response.json()) as { violations?: { field: string }[] }).violations?.map((v) => v.field) ?? [];
        const unknown = fields.filter((field) => !field.startsWith('categories') && (cadres.length > 0 || !field.startsWith('candidateIds')));
        return response.status() === 400 && fields.some((field) => field.startsWith('categories')) && unknown.length === 0;
      },
      { timeout: 30_000, message: `the selection service knows ${unit.name}${cadres.length > 0 ? ' and its cadres' : ''}` },
    )
    .toBe(true);
}

test('hr-guangdong prepares a 民主推荐 and issues its codes; a voter votes on a phone without a login, once; HR closes and sees the tally', async ({ page, browser }) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '民主推荐测试单位', stamp);
  await login(page, 'hr-guangdong');
  const cadres = await registerCadres(page, unit, stamp, [{ name: '推荐测试甲' }, { name: '推荐测试乙' }, { name: '推荐测试丙' }]);
  const [first, second, third] = cadres;
  await selectionKnows(page, unit, cadres);

  // 新建投票: the unit's three cadres on the list, two places, two voter categories.
  await page.getByRole('menuitem', { name: '民主推荐测评' }).click();
  await expect(page).toHaveURL(/\/selection\/voting-sessions$/);
  await page.getByRole('button', { name: '新建投票' }).first().click();
  const form = await dialogNamed(page, '新建投票');
  await pick(form.getByLabel('组织单位', { exact: true }), unit.name, unit.name);
  const title = `E2E 科长民主推荐 ${stamp}`;
  await form.getByLabel('名称', { exact: true }).fill(title);
  await form.getByLabel('每票推荐人数', { exact: true }).fill('2');
  for (const cadre of cadres) await pick(form.getByLabel('名单', { exact: true }), cadre.name, cadre.name);
  await form.getByLabel('删除第 3 个类别').click();
  await form.getByLabel('人数 1', { exact: true }).fill('2');
  await form.getByLabel('人数 2', { exact: true }).fill('1');
  await shot(page, 'selection-01-hr-new-session');
  await form.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page).toHaveURL(/\/selection\/voting-sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // 生成投票码: shown this once, one slip per voter with its category, to print.
  await page.getByRole('button', { name: '生成投票码' }).click();
  await confirm(page);
  const slips = page.getByRole('list', { name: '投票码（仅显示这一次）' });
  await expect(slips.getByRole('listitem')).toHaveCount(3);
  await expect(slips.getByRole('listitem').nth(0)).toContainText('投票人类别：班子成员');
  await expect(slips.getByRole('listitem').nth(2)).toContainText('投票人类别：中层干部');
  await expect(page.getByText('投票码不会再次显示')).toBeVisible();
  const codes = await slips.locator('.selection-slip-code').allTextContents();
  expect(codes).toHaveLength(3);
  await shot(page, 'selection-02-hr-codes');
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'selection-03-hr-code-slips-printed');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '已打印，收起' }).click();
  await confirm(page);
  await expect(slips).toHaveCount(0);

  await page.getByRole('button', { name: '开始投票' }).click();
  await confirm(page);
  await expect(page.locator('.ant-tag', { hasText: /^投票中$/ })).toBeVisible();

  // A voter on a phone, without a login: the code typed, two names ticked (a third cannot be), the ballot cast.
  const phone = await browser.newContext({ ...devices['iPhone 13'] });
  try {
    const voter = await phone.newPage();
    await voter.goto('/ballot');
    await voter.getByLabel('投票码').fill(codes[0].toLowerCase());
    await voter.getByRole('button', { name: '取得选票' }).click();
    await expect(voter.getByText('投票人类别：班子成员')).toBeVisible();
    await expect(voter.getByText(title)).toBeVisible();
    await voter.getByRole('checkbox', { name: new RegExp(first.name) }).check();
    await voter.getByRole('checkbox', { name: new RegExp(second.name) }).check();
    await expect(voter.getByRole('checkbox', { name: new RegExp(third.name) })).toBeDisabled();
    await expect(voter.getByText('已推荐满 2 人；如需改选，请先取消一人')).toBeVisible();
    await shot(voter, 'selection-04-phone-ballot');
    await voter.getByRole('button', { name: '下一步：核对选票' }).click();
    const choice = voter.getByRole('list', { name: '您的选择' });
    await expect(choice.getByRole('listitem')).toHaveCount(2);
    await shot(voter, 'selection-05-phone-check');
    await voter.getByRole('button', { name: '确认投票' }).click();
    await expect(voter.getByText('投票成功，感谢您的参与！')).toBeVisible();
    await shot(voter, 'selection-06-phone-thanks');

    // The same code once more: refused, plainly.
    await voter.getByRole('button', { name: '为下一位投票人输入投票码' }).click();
    await voter.getByLabel('投票码').fill(codes[0]);
    await voter.getByRole('button', { name: '取得选票' }).click();
    await expect(voter.getByRole('alert')).toContainText('此投票码已经投过票');
    await shot(voter, 'selection-07-phone-code-used');
    expect(voter.url()).not.toContain(codes[0].replace('-', ''));
    expect(new URL(voter.url()).pathname).toBe('/ballot');
  } finally {
    await phone.close();
  }

  // HR sees the turnout move, closes the voting and reads the count.
  await expect(page.getByText('合计：已投 1 / 3 人，投票率 33.3%')).toBeVisible();
  await page.getByRole('button', { name: '结束投票并计票' }).click();
  await confirm(page);
  const results = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: /^计票结果$/ }) });
  await expect(results).toBeVisible();
  for (const chosen of [first, second]) await expect(results.locator('tr', { hasText: chosen.name })).toContainText('1 / 1 票（100.0%）');
  await expect(results.locator('tr', { hasText: third.name })).toContainText('0 / 1 票（0.0%）');
  await expect(page.locator('.ant-tag', { hasText: /^已结束$/ })).toBeVisible();
  await shot(page, 'selection-08-hr-tally');
});

test('hr-guangdong opens an appointment trail with its motion, records the recommendation and prints the whole record', async ({ page, browser }) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '选拔任用测试单位', stamp);
  await login(page, 'hr-guangdong');
  await selectionKnows(page, unit);

  await page.getByRole('menuitem', { name: '选拔任用纪实' }).click();
  await expect(page).toHaveURL(/\/selection\/appointments$/);
  await page.getByRole('button', { name: /动\s?议$/ }).first().click();
  const motion = await dialogNamed(page, '动议');
  await pick(motion.getByLabel('单位', { exact: true }), unit.name, unit.name);
  const post = `E2E 市场监管科科长 ${stamp}`;
  await motion.getByLabel('拟任职位', { exact: true }).fill(post);
  await pick(motion.getByLabel('职级', { exact: true }), '正乡科级');
  await motion.getByLabel('动议理由').fill('原科长交流任职，职位出缺，经分析研判启动选拔');
  await motion.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page).toHaveURL(/\/selection\/appointments\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: post })).toBeVisible();

  // 民主推荐 held as a meeting, recorded in a note.
  await page.getByRole('button', { name: '记录民主推荐' }).click();
  const recommendation = await dialogNamed(page, '记录民主推荐');
  await recommendation.getByLabel('会议推荐和谈话推荐').check();
  await recommendation.getByLabel('情况说明').fill('召开推荐会议，应到 30 人，实到 28 人；个别谈话推荐 12 人');
  await recommendation.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.locator('[data-step="RECOMMENDATION"]')).toContainText('hr-guangdong');
  await expect(page.locator('.ant-steps-item-process')).toContainText('民主推荐');
  await shot(page, 'selection-09-hr-trail');

  // 打印纪实: the record laid out for paper, printed with nothing of the app around it.
  await page.getByRole('button', { name: /打印纪实/ }).click();
  await expect(page).toHaveURL(/\/selection\/appointments\/[0-9a-f-]{36}\/record$/);
  const sheet = page.getByRole('article', { name: '干部选拔任用工作全程纪实表' });
  await expect(sheet).toBeVisible();
  const steps = sheet.getByRole('table', { name: '二、各环节纪实' });
  await expect(steps.locator('tbody tr')).toHaveCount(2);
  await expect(steps.locator('tbody tr').nth(1)).toContainText('召开推荐会议');
  await expect(sheet).toContainText(post);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeHidden();
  await shot(page, 'selection-10-record-printed');
  await page.emulateMedia({ media: 'screen' });
});
