// 应急演练 (issue acceptance): a city records a joint drill with two counties, adds a corrective action, and the
// action shows overdue on the county once past due; a sibling county sees none of the other's drills.
// 潍坊市 records a held joint drill with 潍城区 and 寒亭区 and assigns an action, already past its due date, to a
// unit of 潍城区; 潍城区 sees it 逾期 on 整改措施 and the drill among 参与的联合演练; 寒亭区 plans a drill of its
// own, which 潍城区 finds neither in its lists nor by search nor by URL, while both see the city's drill.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, test } from 'node:test';
import {
  assertAppReachable,
  choose,
  closeDropdown,
  detailLoaded,
  isApi,
  isoDate,
  launch,
  login,
  modalOk,
  openMenu,
  screenshot,
  settled,
  typeDate,
} from './browser.mjs';

/** The search steps wait for the indexer; still well under a minute each. */
const TEST_TIMEOUT_MS = 45_000;

const suffix = randomBytes(4).toString('hex');
const CITY_DRILL = `危险化学品泄漏联合演练-${suffix}`;
const COUNTY_DRILL = `寒亭区防汛桌面推演-${suffix}`;
const ACTION = `补充应急物资储备-${suffix}`;
const PHOTO = `现场照片-${suffix}.png`;
/** A 1×1 PNG. */
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** Held ten days ago; the action was due five days ago (the API accepts due dates from the drill's date on). */
const HELD_ON = isoDate(-10);
const DUE_ON = isoDate(-5);

before(assertAppReachable);

/** Opens a tab of the 应急演练 page and waits for its list. */
async function openTab(page, name) {
  await page.getByRole('tab', { name }).click();
  await settled(page);
}

/** Shows 100 drills a page (every run adds drills, newest first) and returns the rows the API answered. */
async function showHundred(page) {
  const answered = page.waitForResponse((r) => isApi(r, '/api/v1/drills') && r.url().includes('size=100'));
  await page.getByTestId('drill-table').locator('.ant-pagination-options .ant-select-selector').click();
  // antd's own texts are Chinese too (the zh_CN locale reaches the bundled pagination)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="100 条/页"]').click();
  return (await (await answered).json()).items;
}

const drillRow = (page, title) => page.getByTestId('drill-table').locator('.ant-table-row', { hasText: title });

/** Searches 全文检索 until the indexer has caught up, for hits (or, expectHit false, for the answer only). */
async function search(page, q, expectHit) {
  await openTab(page, '全文检索');
  const box = page.getByTestId('drill-search').locator('input');
  await box.fill(q);
  for (let attempt = 0; ; attempt++) {
    const answered = page.waitForResponse((r) => isApi(r, '/api/v1/drills/search') && r.url().includes('q='));
    await box.press('Enter');
    const result = await (await answered).json();
    if (!expectHit || result.total > 0 || attempt >= 15) {
      return result;
    }
    await page.waitForTimeout(500);
  }
}

describe('joint drills and corrective actions', () => {
  let drillUrl;
  let actionId;
  let countyDrillUrl;

  test('潍坊市 records a held joint drill with 潍城区 and 寒亭区 and an overdue action for 潍城区', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, 'wf-city');
      await openMenu(p, '应急演练', '/drills');
      await p.getByRole('button', { name: /登记已举办演练/ }).click();
      await p.getByLabel('演练名称').fill(CITY_DRILL);
      await choose(p, '演练形式', '综合演练');
      await typeDate(p, '举办日期', HELD_ON);
      await choose(p, '事件类型', '危险化学品');
      await closeDropdown(p);
      await choose(p, '组织单位');
      await choose(p, '参演地区', '潍城区（370702）');
      await p.locator('.ant-select-dropdown:visible .ant-select-item-option[title="寒亭区（370703）"]').click();
      await closeDropdown(p);
      await p.getByLabel('参演人数').fill('80');
      const created = p.waitForResponse((r) => isApi(r, '/api/v1/drills', 'POST'));
      await modalOk(p);
      const response = await created;
      assert.equal(response.status(), 201, await response.text());
      const drill = await response.json();
      assert.deepEqual(drill.participants.map((r) => r.id), ['370702', '370703']);
      assert.equal(drill.heldOn, HELD_ON);
      await p.waitForURL(/\/drills\/[0-9a-f-]{36}$/);
      drillUrl = p.url();
      await detailLoaded(p, 'drill-status', '已举办');
      assert.match(await p.getByTestId('drill-participants').innerText(), /潍城区（370702）[\s\S]*寒亭区（370703）/);

      await p.getByRole('button', { name: /新增整改措施/ }).click();
      await p.getByLabel('整改内容').fill(ACTION);
      await choose(p, '责任地区', '潍城区（370702）');
      await p.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
      await choose(p, '责任单位');
      await typeDate(p, '整改期限', DUE_ON);
      const added = p.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST');
      await modalOk(p);
      const addedResponse = await added;
      assert.equal(addedResponse.status(), 201, await addedResponse.text());
      const action = await addedResponse.json();
      assert.equal(action.assigneeCode, '370702');
      assert.equal(action.overdue, true);
      actionId = action.id;
      await p.locator('.ant-modal').waitFor({ state: 'detached' });
      const row = p.getByTestId('drill-corrective-actions').locator('.ant-table-row', { hasText: ACTION });
      await row.getByTestId('action-overdue').waitFor();
      assert.match(await row.innerText(), /潍城区/);

      // a photo of the drill (checked by content on the server)
      const uploaded = p.waitForResponse((r) => r.url().endsWith('/attachments') && r.request().method() === 'POST');
      await p.getByTestId('drill-attachments').locator('input[type=file]').setInputFiles({
        name: PHOTO,
        mimeType: 'image/png',
        buffer: Buffer.from(PNG_1x1, 'base64'),
      });
      const uploadedResponse = await uploaded;
      assert.equal(uploadedResponse.status(), 201, await uploadedResponse.text());
      assert.equal((await uploadedResponse.json()).kind, 'photo');
      await p.getByTestId('drill-attachments').locator('.ant-table-row', { hasText: PHOTO }).getByText('照片', { exact: true }).waitFor();
      await screenshot(p, 'drill-city-joint');
    } finally {
      await browser.close();
    }
  });

  test('潍城区 sees the action 逾期 and the drill among 参与的联合演练', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, 'wc-county');
      await openMenu(p, '整改措施', '/corrective-actions');
      const row = p.getByTestId('action-table').locator('.ant-table-row', { hasText: ACTION });
      await row.getByTestId('action-overdue').waitFor();
      assert.match(await row.innerText(), new RegExp(CITY_DRILL));
      await screenshot(p, 'drill-county-actions');
      // the responsible region reports it done (so the open list does not grow run after run)
      await row.getByRole('button', { name: /更新进展/ }).click();
      await p.locator('.ant-modal').getByText('已完成', { exact: true }).click();
      await p.getByLabel('进展说明').fill('已补充储备物资');
      const updated = p.waitForResponse((r) => isApi(r, `/api/v1/corrective-actions/${actionId}`, 'PUT'));
      await modalOk(p);
      const updatedResponse = await updated;
      assert.equal(updatedResponse.status(), 200, await updatedResponse.text());
      assert.equal((await updatedResponse.json()).status, 'done');
      await row.waitFor({ state: 'detached' });
      await p.getByText('已完成', { exact: true }).click();
      await p.getByTestId('action-table').locator('.ant-table-row', { hasText: ACTION }).getByText('已补充储备物资').waitFor();

      await openMenu(p, '应急演练', '/drills');
      await openTab(p, '参与的联合演练');
      await showHundred(p);
      await drillRow(p, CITY_DRILL).getByRole('link', { name: CITY_DRILL }).click();
      await detailLoaded(p, 'drill-status', '已举办');
      assert.equal(p.url(), drillUrl);
      await p.getByText('该演练由其他地区组织，仅供查阅').waitFor();
      // the participant gets the drill's photo, and may not upload
      const photoRow = p.getByTestId('drill-attachments').locator('.ant-table-row', { hasText: PHOTO });
      await photoRow.waitFor();
      // shown as a thumbnail, fetched with the participant's own token
      const thumbnail = photoRow.getByRole('img', { name: `照片「${PHOTO}」` });
      await thumbnail.waitFor();
      await p.waitForFunction((img) => img.complete && img.naturalWidth === 1, await thumbnail.elementHandle());
      assert.equal(await p.getByTestId('drill-attachments').locator('input[type=file]').count(), 0);
      assert.equal(await p.getByTestId('drill-actions').getByRole('button').count(), 0, 'a participant does not edit it');
    } finally {
      await browser.close();
    }
  });

  test('寒亭区 plans a drill of its own and sees the city drill it takes part in', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, 'ht-county');
      await openMenu(p, '应急演练', '/drills');
      await p.getByRole('button', { name: /新增演练计划/ }).click();
      await p.getByLabel('演练名称').fill(COUNTY_DRILL);
      await choose(p, '演练形式', '桌面推演');
      await typeDate(p, '计划日期', isoDate(30));
      await choose(p, '组织单位');
      assert.equal(await p.locator('.ant-modal .ant-form-item', { hasText: '参演地区' }).count(), 0, 'a county invites no one');
      const created = p.waitForResponse((r) => isApi(r, '/api/v1/drills', 'POST'));
      await modalOk(p);
      const response = await created;
      assert.equal(response.status(), 201, await response.text());
      await p.waitForURL(/\/drills\/[0-9a-f-]{36}$/);
      countyDrillUrl = p.url();
      await detailLoaded(p, 'drill-status', '计划中');
      await p.getByTestId('drill-actions').getByRole('button', { name: /登记举办/ }).waitFor();

      await p.getByRole('link', { name: /返回演练列表/ }).click();
      await drillRow(p, COUNTY_DRILL).waitFor();
      await openTab(p, '参与的联合演练');
      await showHundred(p);
      await drillRow(p, CITY_DRILL).waitFor();
      // indexed: the county finds its own drill by search, so the sibling's empty answer below means something
      const own = await search(p, suffix, true);
      assert.deepEqual(own.items.map((hit) => hit.title).sort(), [CITY_DRILL, COUNTY_DRILL].sort());
    } finally {
      await browser.close();
    }
  });

  test('潍城区 sees none of 寒亭区’s own drill, only the city’s joint drill', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, 'wc-county');
      await openMenu(p, '应急演练', '/drills');
      await openTab(p, '全部');
      const all = await showHundred(p);
      await drillRow(p, CITY_DRILL).waitFor();
      assert.equal(await drillRow(p, COUNTY_DRILL).count(), 0);
      assert.deepEqual(all.filter((row) => row.tenantCode === '370703'), [], 'nothing organized by 寒亭区');
      // 寒亭区's drill is planned for next month: among the planned ones it would come first
      const planned = p.waitForResponse((r) => isApi(r, '/api/v1/drills') && r.url().includes('status=planned'));
      await p.locator('.ant-select', { hasText: '全部状态' }).click();
      await p.locator('.ant-select-dropdown:visible .ant-select-item-option[title="计划中"]').click();
      assert.deepEqual((await (await planned).json()).items.filter((row) => row.tenantCode === '370703'), []);
      assert.equal(await drillRow(p, COUNTY_DRILL).count(), 0);
      // the tab, the filter and the page size are the URL's: a reload (or a link in a new tab) shows the same list
      assert.match(p.url(), /tab=all/);
      assert.match(p.url(), /status=planned/);
      const again = p.waitForResponse(
        (r) => isApi(r, '/api/v1/drills') && r.url().includes('status=planned') && r.url().includes('size=100'),
      );
      await p.reload();
      await again;
      await p.locator('.ant-select', { hasText: '计划中' }).waitFor();
      await openTab(p, '本地区组织');
      assert.equal(await drillRow(p, CITY_DRILL).count(), 0);

      const found = await search(p, suffix, true);
      assert.deepEqual(found.items.map((hit) => hit.title), [CITY_DRILL]);
      await p.getByTestId('drill-results').getByText(CITY_DRILL).waitFor();
      await screenshot(p, 'drill-sibling-search');

      await p.goto(countyDrillUrl);
      await p.getByText('演练不存在或不在您的查看范围内').waitFor();
    } finally {
      await browser.close();
    }
  });
});
