// 预警发布 (issue 14 acceptance): 潍坊市 drafts an 橙色 warning for 潍城区 and 寒亭区, its leader signs it off and it is
// published; 寒亭区 acknowledges it (叫应); 潍坊市's page shows 寒亭区 acknowledged and 潍城区 listed as not acknowledged.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAppReachable, modalOk, openMenu, screenshot, settled, signedInSessions } from './browser.mjs';

const TEST_TIMEOUT_MS = 120_000;
const suffix = Math.random().toString(36).slice(2, 7);

before(assertAppReachable);

const { signedIn, closeAll } = signedInSessions();
after(closeAll);

/** Picks options of a select of the open modal by typing and clicking each. */
async function pick(page, testId, names) {
  for (const name of names) {
    await page.getByTestId(testId).click();
    await page.keyboard.type(name);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
  }
  await page.locator('.ant-modal-title').click();
}

describe('预警发布: 潍坊市 → 潍城区, 寒亭区', () => {
  test('an 橙色 warning is signed off and published; one county acknowledges, the other is listed', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await signedIn('wf-city');
    await openMenu(city, '预警发布', '/warnings');
    await city.getByTestId('new-warning').click();
    await city.getByTestId('warning-form').waitFor();
    await pick(city, 'warning-hazard', ['暴雨']);
    await city.locator('.ant-modal .ant-radio-button-wrapper', { hasText: '橙色' }).click();
    const headline = `潍坊市暴雨橙色预警 ${suffix}`;
    const field = (label) => city.locator('.ant-modal .ant-form-item', { hasText: label }).locator('input, textarea').first();
    await field('预警标题').fill(headline);
    await field('预警内容').fill('预计未来 6 小时内潍城区、寒亭区降雨量将达 50 毫米以上。');
    await pick(city, 'warning-area', ['潍城区', '寒亭区']);
    await field('区域描述').fill('潍城区、寒亭区');
    await modalOk(city);
    await city.waitForURL(/\/warnings\/[0-9a-f-]{36}$/);
    await city.getByTestId('warning-detail-status').filter({ hasText: '草稿' }).waitFor();

    await city.getByTestId('approver-name').fill('王海涛');
    await city.getByTestId('approve-warning').click();
    await city.getByTestId('warning-detail-status').filter({ hasText: '已签发' }).waitFor();
    await city.getByTestId('publish-warning').click();
    await city.getByTestId('warning-detail-status').filter({ hasText: '已发布' }).waitFor();
    const url = city.url();

    const county = await signedIn('ht-county');
    await county.goto(url);
    await county.getByTestId('acknowledge-warning').click();
    await county.getByText('已叫应').first().waitFor();

    await city.reload();
    const rows = city.getByTestId('acknowledgements').locator('tbody tr');
    await rows.filter({ hasText: '寒亭区' }).getByTestId('ack-state').filter({ hasText: '已叫应' }).waitFor();
    assert.match(await rows.filter({ hasText: '潍城区' }).getByTestId('ack-state').innerText(), /未叫应/);
    await settled(city);
    await screenshot(city, 'warnings-acknowledgements');
  });
});
