// 合规看板 (issue acceptance): a province official drills from 山东省 to 潍坊市 to a county and opens the overdue
// plans behind a number; the export matches the screen; 时限办理 opens the overdue evaluations behind its number.
// sd-province opens 合规看板 (山东省), follows 潍坊市 in the table, recomputes its figures from the records,
// downloads the export and finds exactly the table's lines and numbers in it; then follows 潍城区, opens the
// number of 逾期未评估 (at least the demo plan 潍城区突发地质灾害应急预案 of infra/demo/compliance.sql) and sees as many
// plans as the number says, all 潍城区's, and opens one.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import {
  APP_URL,
  assertAppReachable,
  isApi,
  launch,
  login,
  screenshot,
  settled,
} from './browser.mjs';
import { readSheet } from './xlsx.mjs';

const TEST_TIMEOUT_MS = 90_000;

before(assertAppReachable);

/** The dashboard of this tenant has answered and its table shows it. */
async function dashboardOf(page, name) {
  await page.getByTestId('compliance-title').filter({ hasText: `合规看板 · ${name}` }).waitFor();
  await page.getByTestId('compliance-table').locator('.ant-table-row').first().waitFor();
}

/** The table's lines as on screen: region, every figure, score and rank ('—' and 无数据 read as empty). */
async function screenRows(page) {
  const rows = page.getByTestId('compliance-table').locator('tbody tr.ant-table-row');
  const result = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    result.push(cells.map((c) => (['—', '无数据'].includes(c.trim()) ? '' : c.trim())));
  }
  return result;
}

/** Numbers compared as numbers (Excel keeps 20.0 as 20). */
const normal = (cell) => (cell !== '' && !Number.isNaN(Number(cell)) ? String(Number(cell)) : cell);

describe('合规看板: 山东省 → 潍坊市 → 潍城区', () => {
  test('drills down, exports exactly the table and opens the overdue plans behind a number', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page } = await launch();
    try {
      await login(page, 'sd-province');
      // 工作台: the province watches what its cities and counties let pass (下级逾期事项), longest overdue first
      const late = page.getByTestId('obligations-below').locator('.ant-list-item').first();
      await late.waitFor();
      assert.match(await late.innerText(), /(预案备案|备案审查|退回重报|预案评估|整改落实|编修任务|预案演练|单位演练)[\s\S]*(市|区|县) · 截止[\s\S]*已逾期\d+个工作日/);
      // …and per region, worst first, each opening the region's dashboard
      await page.getByTestId('overdue-by-region').getByText(/潍坊市 \d+/).waitFor();
      await screenshot(page, 'workbench-overdue-below');
      await page.getByRole('menuitem', { name: '合规看板' }).click();
      await page.waitForURL(`${APP_URL}/compliance/370000`);
      await dashboardOf(page, '山东省');
      await screenshot(page, 'compliance-province');

      await page.getByTestId('drill-370700').click();
      await page.waitForURL(`${APP_URL}/compliance/370700?month=*`);
      await dashboardOf(page, '潍坊市');
      const refreshed = page.waitForResponse((r) => isApi(r, '/api/v1/compliance/370700/refresh', 'POST'), { timeout: 60_000 });
      await page.getByRole('button', { name: /按记录重新计算/ }).click();
      assert.equal((await refreshed).status(), 200);
      await settled(page);
      await page.getByTestId('cell-370702-plans-required').waitFor();

      // the export is the table on screen: same lines, same numbers
      const onScreen = await screenRows(page);
      assert.ok(onScreen.length >= 3, '本级, the counties and 合计');
      const download = page.waitForEvent('download');
      await page.getByTestId('compliance-export').click();
      const saved = await download;
      assert.match(saved.suggestedFilename(), /^合规看板-潍坊市-\d{4}-\d{2}\.xlsx$/);
      const sheet = readSheet(await readFile(await saved.path()));
      assert.equal(sheet[0][0], '地区');
      assert.equal(sheet[0].at(-2), '综合得分');
      assert.deepEqual(
        sheet.slice(1).map((row) => row.concat(Array(onScreen[0].length - row.length).fill('')).map(normal)),
        onScreen.map((row) => row.map(normal)),
      );
      assert.equal(onScreen.at(-1)[0], '合计');
      await screenshot(page, 'compliance-city');

      // 时限办理（实时）: live from the obligations, per kind; 潍城区's overdue evaluations open behind their number
      const figures = page.getByTestId('deadline-figures');
      await figures.getByText('预案评估', { exact: true }).click();
      const overdueCell = figures.getByTestId('deadline-370702-overdue');
      const overdue = Number(await overdueCell.innerText());
      assert.ok(overdue >= 1, '潍城区突发地质灾害应急预案 is overdue for evaluation');
      assert.match(await figures.getByTestId('deadline-370702-rate').innerText(), /^(\d+\.\d%|—)$/);
      const listed = page.waitForResponse((r) => isApi(r, '/api/v1/obligations/figures/records'));
      await overdueCell.click();
      const owed = await (await listed).json();
      assert.equal(owed.length, Math.min(overdue, 500));
      assert.ok(owed.every((o) => o.overdue && o.kind === 'plan_evaluation' && o.assigneeTenantName === '潍城区'));
      await page.getByTestId('deadline-records').getByText(owed[0].subject, { exact: true }).first().waitFor();
      await screenshot(page, 'compliance-deadlines');
      await page.keyboard.press('Escape');
      await page.getByTestId('deadline-records').waitFor({ state: 'hidden' });

      await page.getByTestId('drill-370702').click();
      await page.waitForURL(`${APP_URL}/compliance/370702?month=*`);
      await dashboardOf(page, '潍城区');
      await page.getByTestId('compliance-breadcrumb').getByText('潍坊市').waitFor();
      await page.getByTestId('compliance-breadcrumb').getByText('山东省').waitFor();

      const cell = page.getByTestId('cell-own-evaluations-overdue');
      const number = Number(await cell.innerText());
      assert.ok(number >= 1, '潍城区突发地质灾害应急预案 is overdue for evaluation');
      const records = page.waitForResponse((r) => isApi(r, '/api/v1/compliance/370702/records'));
      await cell.click();
      const answer = await (await records).json();
      assert.equal(answer.total, number);
      const drawer = page.getByTestId('compliance-records');
      await drawer.getByText(`共 ${number} 条`).waitFor();
      // every record is one of 潍城区's plans; the demo plan is among them (on whichever page: the integration
      // tests of the same run add overdue plans of their own)
      assert.ok(answer.items.every((r) => r.tenantCode === '370702' && r.kind === 'plan'), JSON.stringify(answer.items));
      const first = answer.items[0];
      await drawer.getByRole('link', { name: first.title, exact: true }).first().click();
      await page.waitForURL(new RegExp(`/plans/${first.id}$`));
      await page.getByText(first.title).first().waitFor();
      await screenshot(page, 'compliance-records-plan');
    } finally {
      await browser.close();
    }
  });

  test('the province issues its bulletin (定期通报) of this month and downloads it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page } = await launch();
    try {
      await login(page, 'sd-province');
      await page.getByRole('menuitem', { name: '合规看板' }).click();
      await dashboardOf(page, '山东省');
      const card = page.getByTestId('bulletins');
      const generated = page.waitForResponse((r) => isApi(r, '/api/v1/bulletins', 'POST'), { timeout: 60_000 });
      await card.getByRole('button', { name: /生成本月通报/ }).click();
      const bulletin = await (await generated).json();
      const row = card.locator('.ant-table-row', { hasText: bulletin.month });
      // who generated it, by name from the people directory, never the login name
      await row.getByText('张伟').waitFor();
      assert.doesNotMatch(await row.innerText(), /sd-province/);
      const download = page.waitForEvent('download');
      await row.getByRole('button', { name: /PDF/ }).click();
      const saved = await download;
      assert.equal(saved.suggestedFilename(), `山东省${bulletin.month}合规通报.pdf`);
      const pdf = await readFile(await saved.path());
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      await screenshot(page, 'compliance-bulletin');
    } finally {
      await browser.close();
    }
  });
});
