import { expect, test, type Page } from '@playwright/test';
import { beijingDay, chooseOption, login, logout, shot } from './support';

const COURSE = '防范化解重大风险专题培训'; // 32 学时 in the demo catalogue
const COURSE_HOURS = 32;
const GUANGDONG = '广东省邮政管理局';
const DEMO_CADRE = { name: '陈思远', employeeNumber: 'YZ000001' }; // the cadre-demo account's record

type CadrePage = { items: { id: string; name: string; employeeNumber: string; unitName: string }[] };
type Compliance = { assessment: { requirements: { kind: string; achievedHours: number; requiredHours: number }[] } };

async function annualHours(page: Page, cadreId: string): Promise<{ achieved: number; required: number }> {
  const compliance = (await (await page.request.get(`/api/training/compliance/cadres/${cadreId}`)).json()) as Compliance;
  const annual = compliance.assessment.requirements.find((requirement) => requirement.kind === 'ANNUAL')!;
  return { achieved: Number(annual.achievedHours), required: Number(annual.requiredHours) };
}

/** Picks a date in an antd DatePicker by typing it, as a keyboard user would. */
async function typeDate(page: Page, label: string, day: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
}

/** Waits for antd's opening animation (its motion classes) to end, so a screenshot shows the drawer settled. */
async function settled(page: Page) {
  await expect(page.locator('.ant-drawer [class*="-motion-"]')).toHaveCount(0);
}

/** Searches the 点名调训 picker and picks the cadre with this employee number. */
async function pickCadre(page: Page, search: string, employeeNumber: string) {
  const picker = page.getByRole('combobox', { name: '输入姓名或工号，搜索要点名调训的干部' });
  await picker.fill(search);
  await chooseOption(page, employeeNumber);
}

test('hr-guangdong runs a designated class to completion and cadre-demo sees its 学时 in 我的学习', async ({ page }) => {
  const title = `${COURSE}（E2E ${Date.now().toString(36)}）`;
  const start = beijingDay(-7);
  const end = beijingDay(-1);

  await login(page, 'hr-guangdong');
  const demo = ((await (await page.request.get(`/api/cadres?q=${DEMO_CADRE.employeeNumber}`)).json()) as CadrePage).items[0];
  expect(demo.name).toBe(DEMO_CADRE.name);
  const { unitId } = (await (await page.request.get('/api/session')).json()) as { unitId: string };
  const other = ((await (await page.request.get(`/api/cadres?unitId=${unitId}&size=50`)).json()) as CadrePage).items.find(
    (cadre) => cadre.unitName === GUANGDONG && cadre.employeeNumber !== DEMO_CADRE.employeeNumber,
  )!;
  expect(other, 'another cadre of 广东省邮政管理局').toBeTruthy();
  const before = await annualHours(page, demo.id);

  // 开班: the catalogue's course, for the province, dated last week so that it can be completed today.
  await page.getByRole('menuitem', { name: '培训班管理' }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole('button', { name: /开\s?班/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('课程').fill('防范化解');
  await chooseOption(page, `${COURSE}（${COURSE_HOURS} 学时）`);
  await expect(dialog.getByText(GUANGDONG)).toBeVisible();
  await dialog.getByLabel('班次名称').fill(title);
  await typeDate(page, '开班日期', start);
  await typeDate(page, '结业日期', end);
  await dialog.getByLabel('人数上限').fill('10');
  await dialog.getByLabel('培训地点').fill('广州');
  await shot(page, 'training-01-hr-new-class');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();

  await expect(page).toHaveURL(/\/classes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText(`${start} 至 ${end}`)).toBeVisible();

  // 点名调训: the demo cadre and one other cadre of the province, each found by searching.
  await pickCadre(page, DEMO_CADRE.name, DEMO_CADRE.employeeNumber);
  await pickCadre(page, other.employeeNumber, other.employeeNumber);
  await page.getByRole('button', { name: '点名调训' }).click();
  await expect(page.getByText('已点名调训 2 人，候补 0 人')).toBeVisible();
  const roster = page.locator('.ant-card').filter({ hasText: '学员名单' }).locator('.ant-table-tbody tr.ant-table-row');
  await expect(roster).toHaveCount(2);
  for (const cadre of [DEMO_CADRE, other]) {
    await expect(roster.filter({ hasText: cadre.employeeNumber })).toContainText('在册');
    await expect(roster.filter({ hasText: cadre.employeeNumber })).toContainText('点名调训');
  }
  await shot(page, 'training-02-hr-designated');

  // 考勤: the first day, both present, no leave.
  await page.getByRole('combobox', { name: '考勤日期' }).click();
  await chooseOption(page, start);
  for (const cadre of [DEMO_CADRE, other]) {
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
  for (const cadre of [DEMO_CADRE, other]) await expect(roster.filter({ hasText: cadre.employeeNumber })).toContainText('已结业');
  await expect(page.getByRole('button', { name: '点名调训' })).toHaveCount(0);
  await shot(page, 'training-04-hr-completed');

  // 学时达标 counts the class for the demo cadre straight away.
  const after = before.achieved + COURSE_HOURS;
  expect((await annualHours(page, demo.id)).achieved).toBe(after);
  await page.getByRole('menuitem', { name: '学时达标' }).click();
  await expect(page.getByText(/共 \d+ 人/)).toBeVisible();
  await shot(page, 'training-05-hr-compliance');

  await logout(page);

  // 我的学习: the class, the record and the 32 学时 in the annual requirement.
  await login(page, 'cadre-demo');
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
  await settled(page);
  await shot(page, 'training-07-cadre-course-detail');
  await expect(page.getByRole('menuitem', { name: '培训班管理' })).toHaveCount(0);
});
