import { test as base, expect, request, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPORTS = process.env.BENLING_REPORTS ?? '../reports/e2e';
export const PASSWORD = 'benling-demo'; // local demo accounts (deploy/keycloak/README.md)
const GUANGDONG_CODE = '440000';

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

/** Logs out through the header button and waits for the Keycloak login page. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.waitForURL(/\/realms\/benling\/protocol\/openid-connect\/auth/);
}

/** A full-page screenshot in the reports folder (the app runs without animations: see playwright.config.ts). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(REPORTS, { recursive: true });
  await page.screenshot({ path: join(REPORTS, `${name}.png`), fullPage: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: the bureau's calendar is Beijing's, as is the browser's (timezoneId in playwright.config.ts).

/** The day `offsetDays` from today in Beijing (ISO). */
export function beijingDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

/**
 * "逾期 N 天" for a deadline, N counted in Beijing now — or N − 1, for a page that answered just before midnight in
 * Beijing and a check just after (the services count by the business clock's day, as this does).
 */
export function overdueSince(dueOn: string): RegExp {
  const days = Math.round((Date.parse(beijingDay()) - Date.parse(dueOn)) / 86_400_000);
  return new RegExp(`逾期 (${days - 1}|${days}) 天`);
}

/** This year in Beijing (the services open cycles and count annual 学时 by it). */
export function beijingYear(): number {
  return Number(beijingDay().slice(0, 4));
}

/** The later of two ISO days. */
export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}

// ---------------------------------------------------------------------------------------------------------------
// API calls for preparing data the scenario itself is not about.

export async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `GET ${url}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A state-changing call as the browser makes it (the session cookie, the double-submit CSRF token and
 * `X-Requested-With`); the answer must have `status`.
 */
export async function send<T>(page: Page, method: 'POST' | 'PUT', url: string, data: unknown, status = 200): Promise<T> {
  const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(url, { method, headers: { 'X-XSRF-TOKEN': xsrf, 'X-Requested-With': 'JavaScript' }, data });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

// ---------------------------------------------------------------------------------------------------------------
// Each scenario's own unit and cadres, so that it passes on a database earlier runs have used.

/** Unique for each run of a scenario: part of its unit's code and name and of its cadres' employee numbers. */
export function runStamp(): string {
  return (Date.now().toString(36) + Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')).toUpperCase();
}

export type Unit = { id: string; code: string; name: string };
export type Cadre = { id: string; name: string; employeeNumber: string; unitId: string };
type UnitNode = { id: string; code: string; name: string; children: UnitNode[] };

/** An administrator adds a municipal unit under 广东省邮政管理局 (hr-guangdong's scope), named after the scenario. */
export async function freshUnit(browser: Browser, label: string, stamp: string): Promise<Unit> {
  const context = await browser.newContext();
  try {
    const admin = await context.newPage();
    await login(admin, 'admin');
    const tree = await getJson<UnitNode[]>(admin, '/api/units');
    const guangdong = tree[0].children.find((unit) => unit.code === GUANGDONG_CODE)!;
    const code = `E2E-${stamp}`;
    const name = `E2E ${label} ${stamp}`;
    const unit = await send<{ id: string }>(admin, 'POST', '/api/units', { code, name, kind: 'MUNICIPAL', parentId: guangdong.id }, 201);
    return { id: unit.id, code, name };
  } finally {
    await context.close();
  }
}

export type CadreSpec = { name: string; gender?: 'MALE' | 'FEMALE'; birthDate?: string; postSince?: string; positionTitle?: string };

/**
 * HR (logged in on `page`) registers section-level cadres in `unit`, employee numbers `E2E<stamp>-1`, `-2`, …, and
 * waits until training, assessment and rotation have learnt of them from personnel's events.
 */
export async function registerCadres(page: Page, unit: Unit, stamp: string, specs: CadreSpec[]): Promise<Cadre[]> {
  const cadres: Cadre[] = [];
  for (const [index, spec] of specs.entries()) {
    const employeeNumber = `E2E${stamp}-${index + 1}`;
    const cadre = await send<{ id: string }>(page, 'POST', '/api/cadres', {
      employeeNumber,
      name: spec.name,
      gender: spec.gender ?? (index % 2 ? 'MALE' : 'FEMALE'),
      birthDate: spec.birthDate ?? `198${index % 10}-05-1${index % 10}`,
      unitId: unit.id,
      positionTitle: spec.positionTitle ?? '科长',
      rankLevel: 'SECTION_PRINCIPAL',
      postSince: spec.postSince ?? '2019-03-01',
    }, 201);
    cadres.push({ id: cadre.id, name: spec.name, employeeNumber, unitId: unit.id });
  }
  for (const cadre of cadres) {
    for (const url of [`/api/training/compliance/cadres/${cadre.id}`, `/api/assessment/profiles/${cadre.id}`, `/api/rotation/eligibility/${cadre.id}`]) {
      await expect
        .poll(async () => (await page.request.get(url)).status(), { timeout: 30_000, message: `${url} knows ${cadre.employeeNumber}` })
        .toBe(200);
    }
  }
  return cadres;
}

// ---------------------------------------------------------------------------------------------------------------
// Log-in accounts for a scenario's own cadres, made in Keycloak like the realm's cadre-demo and removed afterwards.

const KEYCLOAK = process.env.BENLING_KEYCLOAK_URL ?? 'http://localhost:8180';
// Keycloak's bootstrap administrator of a local stack (./benling start); never a real one.
const KEYCLOAK_ADMIN = process.env.BENLING_KEYCLOAK_ADMIN ?? 'admin';
const KEYCLOAK_ADMIN_PASSWORD = process.env.BENLING_KEYCLOAK_ADMIN_PASSWORD ?? 'admin';
const REALM = 'benling';

/** The Keycloak admin REST API of the realm, with a token of its own for each call (master tokens live a minute). */
async function realmAdmin<T>(call: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const login = await request.newContext({ baseURL: KEYCLOAK });
  const token = await login.post('/realms/master/protocol/openid-connect/token', {
    form: { client_id: 'admin-cli', grant_type: 'password', username: KEYCLOAK_ADMIN, password: KEYCLOAK_ADMIN_PASSWORD },
  });
  expect(token.status(), `Keycloak admin token from ${KEYCLOAK}: ${await token.text()}`).toBe(200);
  const { access_token } = (await token.json()) as { access_token: string };
  await login.dispose();
  const api = await request.newContext({ baseURL: `${KEYCLOAK}/admin/realms/${REALM}/`, extraHTTPHeaders: { Authorization: `Bearer ${access_token}` } });
  try {
    return await call(api);
  } finally {
    await api.dispose();
  }
}

/** Creates the account: the token's `cadre_id` and `unit_id` claims come from its attributes, its rights from role `cadre`. */
async function createCadreAccount(cadre: Cadre): Promise<{ id: string; username: string }> {
  const username = `e2e-${cadre.employeeNumber.toLowerCase()}`;
  return realmAdmin(async (api) => {
    const created = await api.post('users', {
      data: {
        username,
        enabled: true,
        emailVerified: true,
        // the realm's user profile requires these; without them Keycloak asks the user to complete the profile first
        lastName: cadre.name.slice(0, 1),
        firstName: cadre.name.slice(1),
        email: `${username}@benling.example`,
        attributes: { unit_id: [cadre.unitId], cadre_id: [cadre.id] },
        credentials: [{ type: 'password', value: PASSWORD, temporary: false }],
        requiredActions: [],
      },
    });
    expect(created.status(), `Keycloak user ${username}: ${await created.text()}`).toBe(201);
    const id = created.headers().location.split('/').pop()!;
    const role = await api.get('roles/cadre');
    expect(role.status()).toBe(200);
    const mapped = await api.post(`users/${id}/role-mappings/realm`, { data: [await role.json()] });
    expect(mapped.status(), await mapped.text()).toBe(204);
    return { id, username };
  });
}

async function deleteAccount(id: string): Promise<void> {
  await realmAdmin(async (api) => {
    const deleted = await api.delete(`users/${id}`);
    expect([204, 404], `delete Keycloak user ${id}`).toContain(deleted.status());
  });
}

/**
 * The suite's `test`: with `cadreAccount(cadre)`, which gives the scenario's own cadre a log-in (password
 * {@link PASSWORD}) and returns its user name; the accounts are deleted when the test ends, passed or failed.
 */
export const test = base.extend<{ cadreAccount: (cadre: Cadre) => Promise<string> }>({
  // eslint-disable-next-line no-empty-pattern -- the fixture needs none of the others
  cadreAccount: async ({}, provide) => {
    const created: string[] = [];
    await provide(async (cadre) => {
      const account = await createCadreAccount(cadre);
      created.push(account.id);
      return account.username;
    });
    for (const id of created) await deleteAccount(id);
  },
});

// ---------------------------------------------------------------------------------------------------------------
// antd pickers: each one is closed by an explicit action, and the next field is touched only once its popup is gone.

/** The open dropdown of an antd Select or TreeSelect (antd keeps closed ones in the page, hidden). */
function openDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:visible');
}

/** The antd Select or TreeSelect around its search input `field`: it shows what is picked. */
export function selectOf(field: Locator): Locator {
  return field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
}

/**
 * Picks an option of an antd Select or TreeSelect as a user would: opens it, types `search` when given, clicks the
 * option whose text matches `option`, and closes the dropdown — picking closes a single select, Escape a multiple
 * one (while it is open, so the Escape cannot reach a dialog around it). Returns once no dropdown is open.
 */
export async function pick(field: Locator, option: string | RegExp, search?: string): Promise<void> {
  const dropdown = openDropdown(field.page());
  await expect(dropdown, 'no other dropdown open before picking').toHaveCount(0);
  await field.click();
  if (search !== undefined) await field.fill(search);
  await expect(dropdown).toHaveCount(1);
  await dropdown.locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper').filter({ hasText: option }).first().click();
  if (await selectOf(field).evaluate((element) => element.classList.contains('ant-select-multiple'))) {
    await expect(dropdown).toHaveCount(1);
    await field.press('Escape');
  }
  await expect(dropdown, 'the dropdown closes once the option is picked').toHaveCount(0);
}

/**
 * Enters a day in an antd DatePicker of `scope` by typing it, as a keyboard user would; Enter takes it and closes
 * the calendar, which is gone when this returns.
 */
export async function typeDate(scope: Locator | Page, label: string, day: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  const page = 'page' in scope ? scope.page() : scope;
  await input.click();
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(1);
  await input.fill(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
  await expect(page.locator('.ant-picker-dropdown:visible'), 'the calendar closes once the day is entered').toHaveCount(0);
}

// ---------------------------------------------------------------------------------------------------------------

/** Names of a unit and everything below it, from the tree the API gives the logged-in user. */
export async function subtreeNames(page: Page, code: string): Promise<Set<string>> {
  const tree = await getJson<UnitNode[]>(page, '/api/units');
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
 * Fills the server's own import template with rows for `unit`, as an HR officer would: three good ones and one with
 * an impossible birth date. The employee numbers start with `E2E<stamp>R`.
 */
export async function rosterWithOneBadRow(page: Page, unit: Unit, stamp: string): Promise<{ file: string; numbers: string[] }> {
  const template = await page.request.get('/api/cadres/import/template');
  expect(template.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await template.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const numbers = ['A', 'B', 'C', 'D'].map((s) => `E2E${stamp}R${s}`);
  const row = (n: string, name: string, birth: string) =>
    [n, name, '女', birth, unit.code, '', '科员', '副乡科级', '2022-03-01', '2021-01-01', '2012-07-01', '中青年干部', '中共党员', '大学本科'];
  sheet.addRow(row(numbers[0], '测试甲', '1988-05-06'));
  sheet.addRow(row(numbers[1], '测试乙', '1989-13-40'));
  sheet.addRow(row(numbers[2], '测试丙', '1990-07-08'));
  sheet.addRow(row(numbers[3], '测试丁', '1991-09-10'));
  mkdirSync(REPORTS, { recursive: true });
  const file = join(REPORTS, `roster-${stamp}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return { file, numbers };
}
