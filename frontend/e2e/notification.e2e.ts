import { expect } from '@playwright/test';
import { beijingDay, freshUnit, login, registerCadres, runStamp, send, shot, test } from './support';

/** The unread count the bell's accessible name states (消息（3 条未读）), 0 when it states none. */
function unreadOf(label: string | null): number {
  const count = label?.match(/（(\d+) 条未读）/);
  return count ? Number(count[1]) : 0;
}

test('hr-guangdong proposes a posting; the leader sees the bell rise without reloading, opens the to-do and approves; the to-do goes', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = runStamp();
  const unit = await freshUnit(browser, '待办测试单位', stamp);

  // The leader is signed in, on the home page.
  await login(page, 'leader');
  const bell = page.getByRole('button', { name: /^消息/ });
  await expect(bell).toBeVisible();
  const before = unreadOf(await bell.getAttribute('aria-label'));

  // Meanwhile HR, in a browser of its own, proposes a posting for a cadre of a new unit.
  const hrContext = await browser.newContext();
  const hr = await hrContext.newPage();
  await login(hr, 'hr-guangdong');
  const [cadre] = await registerCadres(hr, unit, stamp, [{ name: '待办测试甲', postSince: '2017-03-01' }]);
  const posting = await send<{ id: string }>(
    hr,
    'POST',
    '/api/rotation/postings',
    {
      cadreId: cadre.id,
      type: 'POVERTY_ALLEVIATION',
      hostOrganisation: '贵州省某县人民政府',
      region: 'WEST',
      plannedStart: beijingDay(1),
      plannedEnd: beijingDay(1 + 730),
      purpose: `E2E 待办 ${stamp}`,
    },
    201,
  );
  await hrContext.close();

  // The bell counts the new notification without a reload (the server pushes it), and the to-do is on the home page.
  await expect.poll(async () => unreadOf(await bell.getAttribute('aria-label')), { timeout: 90_000 }).toBeGreaterThan(before);
  // (found by its page: a database earlier runs have used may hold open to-dos worded alike)
  const todoLink = page.locator(`a[href="/rotation/postings/${posting.id}"]`);
  const todo = page.getByRole('link', { name: new RegExp(`^审批挂职：${cadre.name} 赴贵州省某县人民政府`) }).and(todoLink);
  await expect(todo).toBeVisible();
  await shot(page, 'notification-01-leader-todo');

  await todo.click();
  await expect(page).toHaveURL(new RegExp(`/rotation/postings/${posting.id}$`));
  await page.getByRole('button', { name: /批\s?准/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定/ }).click();
  await expect(page.locator('.ant-space-item .ant-tag', { hasText: /^已批准$/ })).toBeVisible();

  // Once rotation's PostingApproved is through, the to-do is done and off the list.
  await page.getByRole('menuitem', { name: '首页' }).click();
  await expect
    .poll(
      async () => {
        await page.reload();
        await expect(page.getByText('我的待办', { exact: true })).toBeVisible();
        return todoLink.count();
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(0);
  await shot(page, 'notification-02-leader-todo-done');

  // From the bell's drawer to the settings: how each kind reaches the leader, and the calendar feed.
  await bell.click();
  await page.getByRole('button', { name: /通知设置/ }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByRole('radiogroup', { name: '新的挂职待审批' })).toBeVisible();
  await expect(page.getByText('日历订阅', { exact: true })).toBeVisible();
  await shot(page, 'notification-03-settings');
});
