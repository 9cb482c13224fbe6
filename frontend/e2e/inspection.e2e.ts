import { expect, type Page } from '@playwright/test';
import { beijingDay, freshUnit, login, logout, overdueSince, pick, runStamp, selectOf, shot, test, typeDate, type Unit } from './support';

const GUANGDONG = '广东省邮政管理局';

/** 录入问题 on the round's page: category, severity, capability, description, owner and a deadline. */
async function recordFinding(page: Page, unit: Unit, finding: { category: string; severity: string; capability: string; description: string; dueOn: string }) {
  await page.getByRole('button', { name: '录入问题' }).click();
  const dialog = page.getByRole('dialog', { name: '录入问题' });
  await expect(selectOf(dialog.getByLabel('责任单位'))).toContainText(unit.name);
  await pick(dialog.getByLabel('问题类别'), finding.category);
  await dialog.getByText(finding.severity, { exact: true }).click();
  await pick(dialog.getByLabel('反映的本领'), finding.capability);
  await dialog.getByLabel('问题描述').fill(finding.description);
  await dialog.getByLabel('整改责任人').fill('办公室主任');
  await typeDate(dialog, '整改期限', finding.dueOn);
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByText(`已录入问题，整改期限 ${finding.dueOn}`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** The board's row of a finding, by its description. */
const boardRow = (page: Page, description: string) => page.locator('.ant-table-row', { hasText: description });

test('the inspector plans and starts a 巡察 of a Guangdong municipal unit and records findings; HR reports the rectification, the inspector closes it; an overdue one shows red', async ({
  page,
  browser,
}) => {
  const stamp = runStamp();
  const unit = await freshUnit(browser, '巡察测试单位', stamp);
  const title = `${unit.name} 巡察`;
  const onTime = { category: '作风建设', severity: '较重', capability: '群众工作本领', description: `E2E ${stamp}：基层调研不深入`, dueOn: beijingDay(30) };
  const late = { category: '安全监管', severity: '严重', capability: '驾驭风险本领', description: `E2E ${stamp}：寄递安全隐患台账未建立`, dueOn: beijingDay(-3) };

  // 安排轮次: Guangdong's 巡察 of its new municipal unit, on site last month, feedback ten days ago.
  await login(page, 'inspector');
  await expect
    .poll(async () => (await page.request.get(`/api/inspection/coverage?unitId=${unit.id}`)).status(), { timeout: 30_000, message: 'inspection knows the new unit' })
    .toBe(200);
  await page.getByRole('menuitem', { name: '巡视巡察' }).click();
  await expect(page).toHaveURL(/\/inspection\/rounds$/);
  await page.getByRole('button', { name: '安排轮次' }).click();
  const plan = page.getByRole('dialog', { name: '安排轮次' });
  const owner = plan.getByLabel('巡视（巡察）单位', { exact: true });
  await expect(selectOf(owner)).toContainText('国家邮政局');
  await plan.getByText('巡察', { exact: true }).click();
  await pick(owner, GUANGDONG, '广东');
  await expect(selectOf(owner)).toContainText(GUANGDONG);
  const targets = plan.getByLabel('被巡视（巡察）单位', { exact: true });
  await pick(targets, unit.name, unit.name);
  await expect(selectOf(targets)).toContainText(unit.name);
  await plan.getByLabel('轮次名称').fill(title);
  await plan.getByLabel('组长').fill('周正清');
  await plan.getByLabel('组员').fill('吴组员');
  await plan.getByLabel('组员').press('Enter');
  await typeDate(plan, '进驻日期', beijingDay(-40));
  await typeDate(plan, '撤离日期', beijingDay(-20));
  await typeDate(plan, '反馈日期', beijingDay(-10));
  await shot(page, 'inspection-01-inspector-plan-round');
  await plan.getByRole('button', { name: /保\s?存/ }).click();

  await expect(page).toHaveURL(/\/inspection\/rounds\/[0-9a-f-]{36}$/);
  const roundId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.locator('.ant-space-item .ant-tag', { hasText: /^已安排$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '录入问题' })).toHaveCount(0);

  // 进驻, then the findings: one due in a month, one whose deadline passed three days ago.
  await page.getByRole('button', { name: /进\s?驻/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定/ }).click();
  await expect(page.locator('.ant-space-item .ant-tag', { hasText: /^进驻$/ })).toBeVisible();
  await recordFinding(page, unit, onTime);
  await recordFinding(page, unit, late);
  const findings = page.locator('.ant-card', { hasText: '问题清单（2）' });
  await expect(findings.locator('.ant-table-row', { hasText: late.description })).toContainText(overdueSince(late.dueOn));
  await expect(findings.locator('.ant-table-row', { hasText: onTime.description })).not.toContainText('逾期');
  await shot(page, 'inspection-02-inspector-findings');
  await logout(page);

  // HR of Guangdong files the rectification report of the first.
  await login(page, 'hr-guangdong');
  await page.getByRole('menuitem', { name: '问题整改' }).click();
  await expect(page).toHaveURL(/\/inspection\/findings$/);
  await page.goto(`/inspection/findings?roundId=${roundId}`);
  await boardRow(page, onTime.description).getByRole('button', { name: onTime.category }).click();
  const drawer = page.getByRole('dialog', { name: `${unit.name} · ${onTime.category}` });
  const report = drawer.getByRole('form', { name: '报送整改报告' });
  await report.getByLabel('整改情况').fill('已组织各处室开展基层调研 12 次，形成调研报告');
  await report.getByLabel('整改措施').fill('建立领导干部基层联系点制度');
  await report.getByLabel('佐证材料 1').fill('粤邮管〔2026〕E2E 号');
  await report.getByRole('button', { name: '添加佐证材料' }).click();
  await report.getByLabel('佐证材料 2').fill('调研报告汇编');
  await shot(page, 'inspection-03-hr-rectification-report');
  await report.getByRole('button', { name: '报送整改报告' }).click();
  await expect(page.getByText('已报送整改报告，待审核')).toBeVisible();
  await expect(drawer.locator('.ant-drawer-title .ant-tag', { hasText: '已报送' })).toBeVisible();
  await expect(drawer.getByRole('list', { name: '整改报告' })).toContainText('调研报告汇编');
  await expect(drawer.getByRole('form', { name: '报送整改报告' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await logout(page);

  // The inspector reads the report and closes the finding (销号).
  await login(page, 'inspector');
  await page.goto(`/inspection/findings?roundId=${roundId}&status=REPORTED`);
  await boardRow(page, onTime.description).getByRole('button', { name: onTime.category }).click();
  const judged = page.getByRole('dialog', { name: `${unit.name} · ${onTime.category}` });
  await expect(judged.getByRole('list', { name: '整改报告' })).toContainText('粤邮管〔2026〕E2E 号');
  const judge = judged.getByRole('form', { name: '审核整改报告' });
  await judge.getByLabel('审核意见').fill('整改措施到位，予以销号');
  await judge.getByRole('button', { name: '审核通过并销号' }).click();
  await expect(page.getByText('已销号', { exact: true }).first()).toBeVisible();
  await expect(judged.locator('.ant-drawer-title .ant-tag', { hasText: '已销号' })).toBeVisible();
  await expect(judged).toContainText('整改措施到位，予以销号');
  await shot(page, 'inspection-04-inspector-closed');
  await page.keyboard.press('Escape');

  // The board: the late one in red with its days overdue, also under 仅看逾期未整改.
  await page.goto(`/inspection/findings?roundId=${roundId}`);
  const lateRow = boardRow(page, late.description);
  const overdueTag = lateRow.locator('.ant-tag', { hasText: overdueSince(late.dueOn) });
  await expect(overdueTag).toBeVisible();
  await expect(overdueTag).toHaveClass(/ant-tag-error/);
  await expect(overdueTag).toHaveCSS('color', /^rgb\(2\d\d, \d{1,2}, \d{1,2}\)$/);
  await expect(boardRow(page, onTime.description)).toContainText('已销号');
  await page.getByLabel('仅看逾期未整改').click();
  await expect(page).toHaveURL(/overdue=true/);
  await expect(page.getByLabel('仅看逾期未整改')).toBeChecked();
  await expect(boardRow(page, late.description)).toBeVisible();
  await expect(boardRow(page, onTime.description)).toHaveCount(0);
  await shot(page, 'inspection-05-board-overdue');

  // The round counts them: one of two still open, overdue.
  await page.goto(`/inspection/rounds/${roundId}`);
  const counts = page.locator('.ant-descriptions-item-label', { hasText: /^问题$/ }).locator('xpath=following-sibling::td[1]');
  await expect(counts).toContainText('2 个（未销号 1）');
  await expect(counts).toContainText('逾期 1');
  await shot(page, 'inspection-06-round-counts');
});
