import { expect, type Locator, type Page } from '@playwright/test';
import { getJson, login, shot, subtreeNames, test } from './support';

type UnitFigures = { unitId: string; unitCode: string; unitName: string; own: boolean };
type Dashboard = { compliance: { unitName: string; units: UnitFigures[] } | null; forms: unknown };

/** Guangdong's middle, near 广州 (longitude, latitude): well inside the province's outline on any map of China. */
const GUANGDONG_AT = [113.4, 23.4] as const;
/** The map's extent (ProvinceMap's boundingCoords) and ECharts' default aspect for a geo of longitudes and latitudes. */
const WEST = 73, EAST = 136, NORTH = 54, SOUTH = 17, ASPECT_SCALE = 0.75, MARGIN = 8;

/**
 * Where a point of China lies on the province map's canvas: ECharts lays the extent out between the map's top and
 * bottom margins, as wide as the aspect allows, centred; longitude runs left to right, latitude bottom to top.
 */
async function pointOnMap(map: Locator, [longitude, latitude]: readonly [number, number]) {
  const box = (await map.boundingBox())!;
  const height = box.height - 2 * MARGIN;
  const width = (height * ((EAST - WEST) / (NORTH - SOUTH))) * ASPECT_SCALE;
  const left = box.x + (box.width - width) / 2;
  return { x: left + ((longitude - WEST) / (EAST - WEST)) * width, y: box.y + MARGIN + ((NORTH - latitude) / (NORTH - SOUTH)) * height };
}

/** The rows of the 学时达标 page's cadre table, and only those: its card is titled 学时达标 and its table has a 工号 column. */
function complianceRows(page: Page) {
  return page
    .locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: /^学时达标$/ }) })
    .locator('.ant-table', { has: page.getByRole('columnheader', { name: '工号' }) })
    .locator('.ant-table-tbody tr.ant-table-row');
}

async function openDashboard(page: Page) {
  await page.getByRole('menuitem', { name: '统计分析' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('region', { name: '学时达标率' })).toBeVisible();
}

test('a leader drills from Guangdong on the map of China to its compliance list and on to one cadre’s portfolio', async ({ page }) => {
  await login(page, 'leader');
  await openDashboard(page);
  const dashboard = await getJson<Dashboard>(page, '/api/dashboard');
  const guangdong = dashboard.compliance!.units.find((unit) => unit.unitCode === '440000')!;
  expect(guangdong.unitName).toBe('广东省邮政管理局');

  // the bureau's figures: every section, the four forms included, and the provinces on the map
  for (const region of ['八项本领（按单位）', '等次分布与优秀限额', '“四种形态”分布']) {
    await expect(page.getByRole('region', { name: region })).toBeVisible();
  }
  const map = page.getByRole('img', { name: '学时达标率（按省份）' });
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('canvas')).toBeVisible();
  await shot(page, 'dashboard-01-leader-bureau');

  // 广东: the province under the pointer names itself in the tooltip, and a click opens its list
  const at = await pointOnMap(map, GUANGDONG_AT);
  await page.mouse.move(at.x, at.y);
  await expect(map.getByText(/^广东省/)).toBeVisible();
  await shot(page, 'dashboard-02-leader-map-guangdong');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(new RegExp(`/compliance\\?unitId=${guangdong.unitId}$`));

  // the 学时达标 card's rows: the dashboard's own tables stay on screen until the lazily loaded page replaces them
  const rows = complianceRows(page);
  await expect(rows.first()).toBeVisible();
  // 单位 is the third column: every cadre listed is one of Guangdong's
  const names = await subtreeNames(page, '440000');
  for (const unit of await rows.locator('td:nth-child(3)').allInnerTexts()) expect(names, `${unit} is in Guangdong`).toContain(unit.trim());
  await shot(page, 'dashboard-03-leader-guangdong-compliance');

  // one cadre's 干部全景档案, every section the leader may read, supervision measures included
  const first = rows.first();
  const name = (await first.locator('a').first().innerText()).trim();
  await first.getByRole('link', { name: '全景档案' }).click();
  await expect(page).toHaveURL(/\/cadres\/[0-9a-f-]{36}\/portfolio$/);
  await expect(page.getByRole('heading', { name: `干部全景档案 — ${name}` })).toBeVisible();
  await expect(page.getByRole('region', { name: '监督措施' })).toBeVisible();
  await expect(page.getByRole('region', { name: '监督措施' }).getByText('无权查看此部分')).toHaveCount(0);
  await shot(page, 'dashboard-04-leader-portfolio');
});

test('hr-guangdong’s dashboard is Guangdong’s alone, without the four forms, and a portfolio shows no measures', async ({ page }) => {
  await login(page, 'hr-guangdong');
  await openDashboard(page);
  const dashboard = await getJson<Dashboard>(page, '/api/dashboard');
  expect(dashboard.compliance!.unitName).toBe('广东省邮政管理局');
  expect(dashboard.forms).toBeNull();

  // the province by its cities: no map of China, no four forms; every unit named is Guangdong's
  await expect(page.getByRole('img', { name: '学时达标率（按省份）' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '“四种形态”分布' })).toHaveCount(0);
  const names = await subtreeNames(page, '440000');
  const compliance = page.getByRole('region', { name: '学时达标率' });
  const unitLinks = compliance.getByRole('link', { name: /局$/ });
  await expect(unitLinks.first()).toBeVisible();
  for (const unit of await unitLinks.allInnerTexts()) expect(names, `${unit} is in Guangdong`).toContain(unit.trim());
  await shot(page, 'dashboard-05-hr-guangdong');

  // a city's list, and a cadre's portfolio without the measures HR may not read
  await unitLinks.first().click();
  await expect(page).toHaveURL(/\/compliance\?unitId=[0-9a-f-]{36}$/);
  // the 学时达标 card's rows: the dashboard's own tables stay on screen until the lazily loaded page replaces them
  const rows = complianceRows(page);
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole('link', { name: '全景档案' }).click();
  await expect(page).toHaveURL(/\/cadres\/[0-9a-f-]{36}\/portfolio$/);
  const measures = page.getByRole('region', { name: '监督措施' });
  await expect(measures.getByText('无权查看此部分')).toBeVisible();
  await expect(measures.getByRole('table')).toHaveCount(0);
  await shot(page, 'dashboard-06-hr-portfolio-without-measures');
});
