import { expect } from '@playwright/test';
import { beijingYear, freshUnit, login, logout, pick, registerCadres, runStamp, selectOf, send, shot, test } from './support';

/** What the second cadre files through the API (the first one fills the form). */
const REPORT = {
  maritalStatus: 'UNMARRIED',
  family: [],
  passports: [],
  tripsAbroad: [],
  income: { salary: 120000, other: 0 },
  properties: [],
  investments: [],
};

test('cadre-demo files the yearly 个人有关事项报告 through the form, or corrects the one filed before', async ({ page }) => {
  const year = beijingYear();
  await login(page, 'cadre-demo');
  await page.getByRole('menuitem', { name: '我的个人有关事项' }).click();
  await expect(page).toHaveURL(/\/personal-matters\/me$/);
  const card = page.locator('.ant-card').filter({ hasText: `${year} 年度个人有关事项报告` }).first();
  // the demo data leaves the demo cadre's report to be filed here; a database an earlier run used holds it already
  await expect(card.getByText(/尚未填报|已于 \d{4}-\d{2}-\d{2} 填报/).first()).toBeVisible();
  if (await card.getByText(/尚未填报/).isVisible()) {
    await card.locator('.ant-card').filter({ hasText: '配偶、子女及其配偶' }).getByRole('button', { name: '添加' }).click();
    await card.getByLabel('姓名').fill('演示配偶');
    await card.getByLabel('工作单位').fill('广州市某小学');
  }
  await card.getByLabel('工资性收入').fill('192000');
  await card.getByRole('button', { name: '提交报告' }).click();
  await expect(page.getByText('已提交个人有关事项报告')).toBeVisible();
  await expect(card.getByText(/已于 \d{4}-\d{2}-\d{2} 填报/)).toBeVisible();
  const mine = await (await page.request.get('/api/inspection/personal-reports/mine')).json();
  expect(mine.annual.content.income.salary).toBe(192000);
  await shot(page, 'personal-matters-00-cadre-demo-files');
});

test('a cadre files the yearly 个人有关事项报告; the inspector draws the spot-check, published with its seed, and records the result', async ({
  page,
  browser,
  cadreAccount,
}) => {
  const stamp = runStamp();
  const year = beijingYear();
  const unit = await freshUnit(browser, '个人事项测试单位', stamp);
  await login(page, 'hr-guangdong');
  const [first, second] = await registerCadres(page, unit, stamp, [{ name: '事项测试甲' }, { name: '事项测试乙' }]);
  await logout(page);

  // the cadre fills in the report: the family, and what they earned
  const username = await cadreAccount(first);
  await login(page, username);
  await expect
    .poll(async () => (await page.request.get('/api/inspection/personal-reports/mine')).status(), { timeout: 60_000, message: 'inspection knows the cadre' })
    .toBe(200);
  await page.getByRole('menuitem', { name: '我的个人有关事项' }).click();
  await expect(page).toHaveURL(/\/personal-matters\/me$/);
  const card = page.locator('.ant-card').filter({ hasText: `${year} 年度个人有关事项报告` }).first();
  await expect(card.getByText(/尚未填报/)).toBeVisible();
  await card.locator('.ant-card').filter({ hasText: '配偶、子女及其配偶' }).getByRole('button', { name: '添加' }).click();
  await card.getByLabel('姓名').fill('事项测试配偶');
  await card.getByLabel('工作单位').fill('广州市某中学');
  await card.getByLabel('工资性收入').fill('186000');
  await shot(page, 'personal-matters-01-cadre-files');
  await card.getByRole('button', { name: '提交报告' }).click();
  await expect(page.getByText('已提交个人有关事项报告')).toBeVisible();
  await expect(card.getByText(/已于 \d{4}-\d{2}-\d{2} 填报/)).toBeVisible();
  await logout(page);

  // the other one files through the API
  const other = await cadreAccount(second);
  await login(page, other);
  await expect.poll(async () => (await page.request.get('/api/inspection/personal-reports/mine')).status(), { timeout: 60_000 }).toBe(200);
  await send(page, 'PUT', `/api/inspection/personal-reports/mine/${year}`, { content: REPORT });
  await logout(page);

  // the inspector draws the unit's sample with a seed named beforehand: 10% of two, rounded up, is one
  await login(page, 'inspector');
  await page.getByRole('menuitem', { name: '个人有关事项' }).click();
  await expect(page).toHaveURL(/\/inspection\/personal-matters/);
  await page.getByRole('button', { name: '随机抽查' }).click();
  const dialog = page.getByRole('dialog', { name: '随机抽查' });
  await pick(dialog.getByLabel('抽查范围'), unit.name, unit.name);
  await dialog.getByLabel('随机种子').fill(`e2e-${stamp}`);
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText('已抽取 1 人，逐一开启核实')).toBeVisible();
  const drawn = page.locator('.ant-collapse-item').filter({ hasText: unit.name });
  await expect(drawn).toContainText('已填报 2 人，抽取 1 人');
  await drawn.locator('.ant-collapse-header').click();
  await expect(drawn.getByText(`e2e-${stamp}`)).toBeVisible();
  await shot(page, 'personal-matters-02-inspector-draw');

  // the drawn cadre's check: 漏报, with 批评教育
  // (by the employee numbers of this run: a database earlier runs used holds cadres named alike)
  const row = page.locator('.ant-table-row', { hasText: new RegExp(`E2E${stamp}-[12]`) }).filter({ hasText: '随机抽查' });
  await expect(row).toHaveCount(1);
  await row.getByText('办结').click();
  const conclude = page.getByRole('dialog', { name: /办结核实/ });
  await conclude.getByText('漏报', { exact: true }).click();
  await expect(selectOf(conclude.getByLabel('处理'))).toContainText('批评教育');
  await conclude.getByLabel('说明').fill('漏报配偶投资');
  await conclude.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText('已办结核实')).toBeVisible();
  await expect(row).toContainText('漏报');
  await expect(row).toContainText('批评教育');
  await shot(page, 'personal-matters-03-inspector-concludes');
});
