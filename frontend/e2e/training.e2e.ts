import { expect, type Page } from '@playwright/test';
import { beijingDay, beijingYear, freshUnit, laterDay, login, logout, pick, registerCadres, runStamp, shot, test, typeDate } from './support';

const COURSE = '防范化解重大风险专题培训'; // 32 学时 in the demo catalogue
const COURSE_HOURS = 32;
const GUANGDONG = '广东省邮政管理局';

type Compliance = { assessment: { requirements: { kind: string; achievedHours: number; requiredHours: number }[] } };

async function annualHours(page: Page, cadreId: string): Promise<{ achieved: number; required: number }> {
  const compliance = (await (await page.request.get(`/api/training/compliance/cadres/${cadreId}`)).json()) as Compliance;
  const annual = compliance.assessment.requirements.find((requirement) => requirement.kind === 'ANNUAL')!;
  return { achieved: Number(annual.achievedHours), required: Number(annual.requiredHours) };
}

/** Searches the 点名调训 picker by employee number and picks that cadre. */
async function designate(page: Page, employeeNumber: string) {
  await pick(page.getByRole('combobox', { name: '输入姓名或工号，搜索要点名调训的干部' }), employeeNumber, employeeNumber);
}

test('hr-guangdong runs a designated class to completion and the cadre sees its 学时 in 我的学习', async ({ page, browser, cadreAccount }) => {
  const stamp = runStamp();
  const title = `${COURSE}（E2E ${stamp}）`;
  // a week ending today; in the first days of January it starts on 1 January, so that it lies in this year's requirement
  const end = beijingDay();
  const start = laterDay(beijingDay(-6), `${beijingYear()}-01-01`);

  const unit = await freshUnit(browser, '培训测试单位', stamp);
  await login(page, 'hr-guangdong');
  const [learner, other] = await registerCadres(page, unit, stamp, [{ name: '培训测试甲' }, { name: '培训测试乙' }]);
  const before = await annualHours(page, learner.id);
  expect(before.achieved, 'a new cadre has no 学时 yet').toBe(0);

  // 开班: the catalogue's course, for the province, from a week ago to today, so that it can be completed today.
  await page.getByRole('menuitem', { name: '培训班管理' }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole('button', { name: /开\s?班/ }).click();
  const dialog = page.getByRole('dialog');
  await pick(dialog.getByLabel('课程'), `${COURSE}（${COURSE_HOURS} 学时）`, '防范化解');
  await expect(dialog.getByText(GUANGDONG)).toBeVisible();
  await dialog.getByLabel('班次名称').fill(title);
  await typeDate(dialog, '开班日期', start);
  await typeDate(dialog, '结业日期', end);
  await dialog.getByLabel('人数上限').fill('10');
  await dialog.getByLabel('培训地点').fill('广州');
  await shot(page, 'training-01-hr-new-class');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();

  await expect(page).toHaveURL(/\/classes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(`${start} 至 ${end}`)).toBeVisible();

  // 点名调训: the unit's two cadres, each found by searching.
  await designate(page, learner.employeeNumber);
  await designate(page, other.employeeNumber);
  await page.getByRole('button', { name: '点名调训' }).click();
  await expect(page.getByText('已点名调训 2 人，候补 0 人')).toBeVisible();
  const roster = page.locator('.ant-card').filter({ hasText: '学员名单' }).locator('.ant-table-tbody tr.ant-table-row');
  await expect(roster).toHaveCount(2);
  for (const cadre of [learner, other]) {
    await expect(roster.filter({ hasText: cadre.employeeNumber })).toContainText('在册');
    await expect(roster.filter({ hasText: cadre.employeeNumber })).toContainText('点名调训');
  }
  await shot(page, 'training-02-hr-designated');

  // 考勤: the first day, both present, no leave.
  await pick(page.getByRole('combobox', { name: '考勤日期' }), start);
  for (const cadre of [learner, other]) {
    await expect(page.getByRole('checkbox', { name: `${cadre.name} 出勤` })).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: `${cadre.name} 请假学时` })).toHaveValue('0');
  }
  const attendance = page.waitForResponse((r) => r.url().includes('/attendance') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: '保存考勤' }).click();
  const sent = (await attendance).request().postDataJSON() as { day: string; entries: { present: boolean; leaveHours: number }[] };
  expect(sent.day).toBe(start);
  expect(sent.entries).toHaveLength(2);
  expect(sent.entries.every((entry) => entry.present && entry.leaveHours === 0)).toBe(true);
  await expect(page.getByText(`已保存 ${start} 的考勤`)).toBeVisible();
  await shot(page, 'training-03-hr-attendance');

  // 结业: both completed (no leave, far below 1/7 of 32 学时).
  await page.getByRole('button', { name: /结\s?业/ }).click();
  await page.getByRole('button', { name: /确\s?定/ }).click();
  await expect(page.getByText('已结业：合格 2 人，不合格 0 人').first()).toBeVisible();
  for (const cadre of [learner, other]) await expect(roster.filter({ hasText: cadre.employeeNumber })).toContainText('已结业');
  await expect(page.getByRole('button', { name: '点名调训' })).toHaveCount(0);
  await shot(page, 'training-04-hr-completed');

  // 学时达标 counts the class for the cadre straight away.
  const after = COURSE_HOURS;
  expect((await annualHours(page, learner.id)).achieved).toBe(after);
  await page.getByRole('menuitem', { name: '学时达标' }).click();
  await expect(page.getByText(/共 \d+ 人/)).toBeVisible();
  await shot(page, 'training-05-hr-compliance');

  await logout(page);

  // 我的学习: the class, the record and the 32 学时 in the annual requirement.
  await login(page, await cadreAccount(learner));
  await page.getByRole('menuitem', { name: '我的学习' }).click();
  await expect(page).toHaveURL(/\/my-learning$/);
  const annual = page.getByRole('group', { name: '年度学时（乡科级及以下）' });
  await expect(annual).toContainText(`${after} / ${before.required} 学时`);
  const classes = page.locator('.ant-card').filter({ hasText: '我的培训班' });
  await expect(classes.locator('tr', { hasText: title })).toContainText('已结业');
  await expect(classes.locator('tr', { hasText: title })).toContainText('点名调训');
  const records = page.locator('.ant-card').filter({ hasText: '培训记录' });
  await expect(records.locator('tr', { hasText: title })).toContainText(String(COURSE_HOURS));
  await expect(records.locator('tr', { hasText: title })).toContainText(end);
  await shot(page, 'training-06-cadre-my-learning');

  // 课程目录: the course found by its title, with what it builds.
  await page.getByRole('menuitem', { name: '课程目录' }).click();
  await page.getByPlaceholder('课程名称或编号').fill('防范化解');
  await page.getByPlaceholder('课程名称或编号').press('Enter');
  await expect(page).toHaveURL(/\/courses\?q=/);
  await expect(page.getByText('共 1 门课程')).toBeVisible();
  await page.getByRole('button', { name: COURSE }).click();
  const drawer = page.getByRole('dialog', { name: COURSE });
  await expect(drawer).toContainText('驾驭风险本领');
  await expect(drawer).toContainText(String(COURSE_HOURS));
  await shot(page, 'training-07-cadre-course-detail');
  await expect(page.getByRole('menuitem', { name: '培训班管理' })).toHaveCount(0);
});
