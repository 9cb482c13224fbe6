import { expect } from '@playwright/test';
import { freshUnit, login, registerCadres, rosterWithOneBadRow, runStamp, shot, subtreeNames, test } from './support';

test('hr-guangdong works with Guangdong cadres only, imports a roster with a bad row, switches to English and logs out', async ({
  page,
  browser,
}) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '名册测试单位', stamp);
  await login(page, 'hr-guangdong');
  await shot(page, '01-hr-home');
  const registered = await registerCadres(page, unit, stamp, [{ name: '名册测试甲' }, { name: '名册测试乙' }]);

  const guangdong = await subtreeNames(page, '440000');
  expect(guangdong.has('广东省邮政管理局')).toBe(true);
  const total = ((await (await page.request.get('/api/cadres?size=1')).json()) as { total: number }).total;

  await page.getByRole('menuitem', { name: '干部名册' }).click();
  await expect(page).toHaveURL(/\/cadres/);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText(`共 ${total} 人`)).toBeVisible();
  const unitNames = await rows.locator('td:nth-child(5)').allInnerTexts();
  expect(unitNames.length).toBeGreaterThan(0);
  for (const name of unitNames) expect(guangdong, `${name} is not in Guangdong`).toContain(name.trim());
  await shot(page, '02-hr-cadres-guangdong-only');

  // 搜索: part of an employee number finds the scenario's own cadres, and only them.
  const part = `E2E${stamp}-`;
  await page.getByPlaceholder('姓名或工号（可输入部分）').fill(part);
  const searched = page.waitForResponse((r) => r.url().includes('/api/cadres?') && r.url().includes('q='));
  await page.getByPlaceholder('姓名或工号（可输入部分）').press('Enter');
  await searched;
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText(`共 ${registered.length} 人`)).toBeVisible();
  await expect(rows).toHaveCount(registered.length);
  for (const cadre of registered) await expect(rows.filter({ hasText: cadre.employeeNumber })).toContainText(cadre.name);
  await expect(rows.first()).toContainText(unit.name);
  await shot(page, '03-hr-search');

  // 花名册导入 into the scenario's unit: three good rows go in, the one with an impossible birth date is refused.
  await page.getByRole('menuitem', { name: '花名册导入' }).click();
  const roster = await rosterWithOneBadRow(page, unit, stamp);
  await page.locator('input[type=file]').setInputFiles(roster.file);
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(page.getByText('已导入 3 行，1 行未通过校验')).toBeVisible();
  await expect(page.getByText(/不是有效日期/)).toBeVisible();
  await shot(page, '04-hr-import-report');
  const imported = (await (await page.request.get(`/api/cadres?unitId=${unit.id}&size=50`)).json()) as {
    total: number;
    items: { employeeNumber: string }[];
  };
  expect(imported.items.map((cadre) => cadre.employeeNumber).sort()).toEqual(
    [...registered.map((cadre) => cadre.employeeNumber), roster.numbers[0], roster.numbers[2], roster.numbers[3]].sort(),
  );

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Cadres' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Log out/ })).toBeVisible();
  await shot(page, '05-hr-english');

  await page.getByRole('button', { name: /Log out/ }).click();
  await page.waitForURL(/\/realms\/benling\/protocol\/openid-connect\/auth/);
  await expect(page.locator('#username')).toBeVisible();
  await shot(page, '06-logged-out');
  const session = (await (await page.request.get('/api/session')).json()) as { authenticated: boolean };
  expect(session.authenticated).toBe(false);
});

test('cadre-demo sees only the own profile', async ({ page }) => {
  await login(page, 'cadre-demo');
  await expect(page.getByRole('menuitem', { name: '我的档案' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '干部名册' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: '我的档案' }).click();
  await expect(page.getByText('YZ000001').first()).toBeVisible();
  await shot(page, '07-cadre-own-profile');

  await page.goto('/cadres');
  await expect(page.getByText('无权访问')).toBeVisible();
  await shot(page, '08-cadre-forbidden');
  const visible = (await (await page.request.get('/api/cadres')).json()) as { total: number; items: { employeeNumber: string }[] };
  expect(visible.total).toBe(1);
  expect(visible.items[0].employeeNumber).toBe('YZ000001');
});
