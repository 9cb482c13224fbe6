import { expect, type Locator, type Page } from '@playwright/test';
import { beijingDay, beijingYear, freshUnit, getJson, login, logout, pick, registerCadres, runStamp, send, shot, test } from './support';

const CAPABILITY_LABELS = ['学习本领', '政治领导本领', '改革创新本领', '科学发展本领', '依法执政本领', '群众工作本领', '狠抓落实本领', '驾驭风险本领'];

type ReviewRow = { id: string; name: string; employeeNumber: string; excellentBlockedBy: string | null };
type Profile = { capabilities: { capability: string; components: { source: string; detail: string }[] }[] };

/** Opens a review from the cycle's table and returns the drawer. */
async function openReview(page: Page, review: ReviewRow): Promise<Locator> {
  await page.locator('.ant-table-row', { hasText: review.employeeNumber }).getByRole('button', { name: review.name }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`考核表：${review.name}`) });
  await expect(drawer.getByRole('form', { name: '评鉴与拟定等次' })).toBeVisible();
  return drawer;
}

async function closeDrawer(page: Page, drawer: Locator) {
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

/** Rates a review in its drawer: the superior's and the proposed grade, and, when given, every score. */
async function rate(page: Page, review: ReviewRow, grade: '优秀' | '称职', score?: number) {
  const drawer = await openReview(page, review);
  const form = drawer.getByRole('form', { name: '评鉴与拟定等次' });
  if (score !== undefined) {
    for (const [index, label] of ['实绩', '作风', '行为', ...CAPABILITY_LABELS].entries()) {
      await form.getByLabel(label, { exact: true }).fill(String(score + (index % 5)));
    }
    await form.getByRole('radiogroup', { name: '上级评鉴等次' }).getByText(grade, { exact: true }).click();
  }
  await form.getByRole('radiogroup', { name: '拟定等次' }).getByText(grade, { exact: true }).click();
  const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/reviews/${review.id}`));
  await form.getByRole('button', { name: '保存评鉴' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText(`已保存 ${review.name} 的评鉴`)).toBeVisible();
  await closeDrawer(page, drawer);
}

async function finalise(page: Page) {
  await page.getByRole('button', { name: '确定等次' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定/ }).click();
}

test('hr-guangdong opens a unit’s cycle, is refused more 优秀 than the quota allows, lowers one and finalises', async ({ page, browser }) => {
  const year = beijingYear();
  const stamp = runStamp();
  const unit = await freshUnit(browser, '考核测试单位', stamp);
  await login(page, 'hr-guangdong');
  // five: the smallest unit with an 优秀 quota of its own (smaller ones share a pool at their parent)
  const cadres = await registerCadres(page, unit, stamp, ['甲', '乙', '丙', '丁', '戊'].map((n) => ({ name: `考核测试${n}` })));

  // 开启年度考核: the unit picked in the tree, this year by default.
  await page.getByRole('menuitem', { name: '年度考核' }).click();
  await expect(page).toHaveURL(/\/assessment\/cycles$/);
  await page.getByRole('button', { name: '开启年度考核' }).click();
  const dialog = page.getByRole('dialog', { name: '开启年度考核' });
  await pick(dialog.getByLabel('单位', { exact: true }), unit.name, unit.name);
  await expect(dialog.getByLabel('年度')).toHaveValue(String(year));
  await shot(page, 'assessment-01-hr-open-cycle');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();

  await expect(page).toHaveURL(/\/assessment\/cycles\/[0-9a-f-]{36}$/);
  const cycleId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: `${unit.name} ${year} 年度考核` })).toBeVisible();
  const rows = page.locator('.ant-card', { hasText: '考核表' }).locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(cadres.length);
  await expect(rows.first()).toContainText('未提交');

  const cycle = await getJson<{ quota: { quota: number } }>(page, `/api/assessment/cycles/${cycleId}`);
  const reviews = (await getJson<{ items: ReviewRow[] }>(page, `/api/assessment/cycles/${cycleId}/reviews?size=100`)).items;
  const quota = cycle.quota.quota;
  const unblocked = reviews.filter((review) => !review.excellentBlockedBy);
  expect(unblocked.length, 'enough cadres free of supervision measures to exceed the quota').toBeGreaterThan(quota);
  const excellent = unblocked.slice(0, quota + 1);

  // 评鉴: every review scored, one more 优秀 than the quota allows.
  for (const [index, review] of reviews.entries()) {
    await rate(page, review, excellent.includes(review) ? '优秀' : '称职', 70 + index);
  }
  // the grade chart (a canvas) says it in its accessible name, which ECharts keeps with its aria description
  const gradeChart = page.getByRole('img', { name: /^优秀 \d+ 人/ });
  await expect(gradeChart).toHaveAccessibleName(new RegExp(`优秀限额 ${quota} 人，超出 1 人$`));
  await expect(page.getByText(`优秀 ${quota + 1} / 限额 ${quota}`)).toBeVisible();

  // 确定等次 is refused, and the service's account of it stays on the page.
  await finalise(page);
  const refusal = page.locator('.ant-alert-error');
  await expect(refusal).toContainText('优秀人数超过限额');
  await expect(refusal).toContainText(`优秀 ${quota + 1} 人，超过限额 ${quota} 人`);
  await expect(refusal).toContainText('超过限额');
  await expect(page.getByText('进行中', { exact: true })).toBeVisible();
  await shot(page, 'assessment-02-hr-refused-over-quota');

  // One 优秀 lowered to 称职: within the quota, finalised, with the statutory consequences recorded.
  const lowered = excellent[0];
  await rate(page, lowered, '称职');
  await expect(gradeChart).toHaveAccessibleName(new RegExp(`优秀限额 ${quota} 人$`));
  const finalised = page.waitForResponse((r) => r.url().endsWith(`/cycles/${cycleId}/finalize`));
  await finalise(page);
  expect((await finalised).status()).toBe(200);
  await expect(page.getByText('已确定等次').first()).toBeVisible();
  await expect(refusal).toHaveCount(0);
  await expect(rows.filter({ hasText: '已定等次' })).toHaveCount(cadres.length);
  await shot(page, 'assessment-03-hr-finalised');

  const commended = excellent[1];
  const drawer = await openReview(page, commended);
  await expect(drawer.getByText('嘉奖')).toBeVisible();
  await expect(drawer.getByRole('button', { name: '保存评鉴' })).toHaveCount(0);
  await shot(page, 'assessment-04-hr-final-review');
  await closeDrawer(page, drawer);
});

/** The 学时 a capability's TRAINING evidence counts ("近 5 年相关培训 354 学时 / …"), 0 without any. */
function trainingHours(profile: Profile, capability: string): number {
  const training = profile.capabilities.find((c) => c.capability === capability)?.components.find((c) => c.source === 'TRAINING');
  const match = training && /相关培训 ([\d.]+) 学时/.exec(training.detail);
  return match ? Number(match[1]) : 0;
}

test('a training record shows in the cadre’s own capability profile as 学时 in the evidence', async ({ page, browser, cadreAccount }) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '能力画像测试单位', stamp);
  await login(page, 'hr-guangdong');
  const [cadre] = await registerCadres(page, unit, stamp, [{ name: '画像测试甲' }]);
  const username = await cadreAccount(cadre);
  const profileOf = () => getJson<Profile>(page, `/api/assessment/profiles/${cadre.id}`);
  expect(trainingHours(await profileOf(), 'RISK_MANAGEMENT'), 'a new cadre has no training yet').toBe(0);

  // An external record (as HR enters one with its certificate), in 驾驭风险本领: the training service tells assessment.
  await send(page, 'POST', '/api/training/records', {
    cadreId: cadre.id,
    title: `网络安全风险防控专题研修（E2E ${stamp}）`,
    capabilities: ['RISK_MANAGEMENT'],
    hours: 2,
    online: false,
    completedOn: beijingDay(),
    provider: '广东省委党校',
    evidence: `E2E-${stamp}`,
  }, 201);
  await expect.poll(async () => trainingHours(await profileOf(), 'RISK_MANAGEMENT'), { timeout: 30_000 }).toBe(2);

  await logout(page);

  // 我的考核: the radar of the eight, and the evidence behind 驾驭风险本领 with the new 学时.
  await login(page, username);
  await page.getByRole('menuitem', { name: '我的考核' }).click();
  await expect(page).toHaveURL(/\/assessment\/me$/);
  await expect(page.getByRole('img', { name: `${cadre.name} 的八项本领得分与同职级中位数` })).toBeVisible();
  await expect(page.getByText('考察对象资格（选任条例第二十四条）')).toBeVisible();
  const scores = page.locator('.ant-card', { hasText: '各项本领得分及依据' });
  await scores.locator('tr.ant-table-row', { hasText: '驾驭风险本领' }).click();
  const evidence = scores.getByRole('list', { name: '得分依据' });
  const trainingLine = evidence.getByRole('listitem').filter({ hasText: '培训' }).filter({ hasText: '相关培训 2 学时' });
  await expect(trainingLine).toBeVisible();
  await shot(page, 'assessment-05-cadre-profile-training');
});
