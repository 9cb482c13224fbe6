import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPORTS = process.env.BENLING_REPORTS ?? '../reports/e2e';
export const PASSWORD = 'benling-demo'; // local demo accounts (deploy/keycloak/README.md)

/** Logs in on the real Keycloak page the gateway sends the browser to. */
export async function login(page: Page, user: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL(/\/realms\/benling\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.port === new URL(page.url()).port && !url.pathname.includes('/realms/'));
  await expect(page.getByRole('menu')).toBeVisible();
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(REPORTS, { recursive: true });
  await page.screenshot({ path: join(REPORTS, `${name}.png`), fullPage: true });
}

type UnitNode = { code: string; name: string; children: UnitNode[] };

/** Names of a unit and everything below it, from the tree the API gives the logged-in user. */
export async function subtreeNames(page: Page, code: string): Promise<Set<string>> {
  const tree = (await (await page.request.get('/api/units')).json()) as UnitNode[];
  const names = new Set<string>();
  const collect = (node: UnitNode, inside: boolean) => {
    const within = inside || node.code === code;
    if (within) names.add(node.name);
    node.children.forEach((child) => collect(child, within));
  };
  tree.forEach((root) => collect(root, false));
  return names;
}

/**
 * Fills the server's own import template with rows, as an HR officer would: three good ones and one with an
 * impossible birth date. Employee numbers are new on every run.
 */
export async function rosterWithOneBadRow(page: Page): Promise<{ file: string; numbers: string[] }> {
  const template = await page.request.get('/api/cadres/import/template');
  expect(template.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await template.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const run = Date.now().toString(36).toUpperCase();
  const numbers = ['A', 'B', 'C', 'D'].map((s) => `E2E${run}${s}`);
  const row = (n: string, name: string, birth: string, unit: string) =>
    [n, name, '女', birth, unit, '', '科员', '副乡科级', '2022-03-01', '2021-01-01', '2012-07-01', '中青年干部', '中共党员', '大学本科'];
  sheet.addRow(row(numbers[0], '测试甲', '1988-05-06', '440100'));
  sheet.addRow(row(numbers[1], '测试乙', '1989-13-40', '440100'));
  sheet.addRow(row(numbers[2], '测试丙', '1990-07-08', '440300'));
  sheet.addRow(row(numbers[3], '测试丁', '1991-09-10', '440000'));
  mkdirSync(REPORTS, { recursive: true });
  const file = join(REPORTS, `roster-${run}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return { file, numbers };
}

/** Logs out through the header button and waits for the Keycloak login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL(/\/realms\/benling\/protocol\/openid-connect\/auth/);
}

/** The day `offsetDays` from today in Beijing, the bureau's calendar (ISO). */
export function beijingDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

export async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `GET ${url}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A state-changing call as the browser makes it (the session cookie, the double-submit CSRF token and
 * `X-Requested-With`), for preparing data the scenario itself is not about; the answer must have `status`.
 */
export async function send<T>(page: Page, method: 'POST' | 'PUT', url: string, data: unknown, status = 200): Promise<T> {
  const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(url, { method, headers: { 'X-XSRF-TOKEN': xsrf, 'X-Requested-With': 'JavaScript' }, data });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

/** Clicks an option of the open antd Select dropdown (its role=option twins are for screen readers only). */
export async function chooseOption(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}
