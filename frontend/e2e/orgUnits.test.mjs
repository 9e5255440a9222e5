import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  APP_URL,
  assertAppReachable,
  launch,
  login,
  openMenu,
  screenshot,
  settled,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 30_000;

/** Unique per run, so runs against the same database do not see each other's units. */
const suffix = randomBytes(4).toString('hex');
const NAME = `寒亭区应急管理局-${suffix}`;
const RENAMED = `寒亭区应急管理局（更名）-${suffix}`;
/** Saved from a second tab while the first one still edits RENAMED. */
const FINAL = `寒亭区应急管理局（定名）-${suffix}`;

before(assertAppReachable);

/** Opens 组织单位 from the side menu and waits until the list has arrived and the table stopped loading. */
async function openOrgUnits(page) {
  const listed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/org-units');
  await openMenu(page, '组织单位', '/org-units');
  await listLoaded(page, listed);
}

/** Waits for the list response, the table's spinners, and the page to settle (login redirects included). */
async function listLoaded(page, listed) {
  assert.equal((await listed).status(), 200);
  await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
  await page.locator('.ant-table .ant-spin-blur').waitFor({ state: 'detached' });
  await settled(page);
}

const row = (page, name) => page.locator('.ant-table-row', { hasText: name });

/** Picks an option of an antd Select inside the modal's form item with this label. */
async function choose(page, label, option) {
  await page.locator('.ant-modal .ant-form-item', { hasText: label }).locator('.ant-select-selector').click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
}

async function saveModal(page) {
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator('.ant-modal').waitFor({ state: 'detached' });
}

describe('a county tenant admin', () => {
  let browser;
  let page;
  before(async () => ({ browser, page } = await launch()));
  after(() => browser?.close());

  test('adds an organization unit to 寒亭区', { timeout: TEST_TIMEOUT_MS }, async () => {
    await login(page, 'ht-county');
    assert.match(await page.getByTestId('tenant').innerText(), /寒亭区/);
    await openOrgUnits(page);
    // the shared test database holds many units of 寒亭区: show only this run's (the list pages by 20)
    await page.getByPlaceholder('按名称搜索').fill(suffix);
    await page.getByRole('button', { name: /新增单位/ }).click();
    await page.getByLabel('单位名称').fill(NAME);
    await choose(page, '单位类型', '政府部门');
    // The 主管部门 belongs to enterprises and institutions only.
    assert.equal(await page.locator('.ant-modal').getByText('主管部门').count(), 0);
    await choose(page, '单位类型', '企业');
    await page.locator('.ant-modal').getByText('主管部门', { exact: true }).waitFor();
    await choose(page, '单位类型', '政府部门');
    assert.match(await page.locator('.ant-modal').innerText(), /本级及上级区划/);
    await screenshot(page, 'org-unit-form-ht-county');
    await saveModal(page);
    const created = row(page, NAME);
    await created.waitFor();
    assert.match(await created.innerText(), /政府部门/);
    assert.match(await created.innerText(), /上级可见/);
    // a record's version number is the server's business, never shown (issue 11, item 17)
    assert.doesNotMatch(await created.innerText(), /第 \d+ 版/);
    await screenshot(page, 'org-units-ht-county');
  });

  test('renames it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await row(page, NAME).getByRole('button', { name: /编辑/ }).click();
    const name = page.getByLabel('单位名称');
    assert.equal(await name.inputValue(), NAME);
    await name.fill(RENAMED);
    await saveModal(page);
    const renamed = row(page, RENAMED);
    await renamed.waitFor();
    assert.equal(await row(page, NAME).count(), 0);
    await page.getByPlaceholder('按名称搜索').fill(suffix);
    await renamed.waitFor();
    // the units' table (the admin's page also lists its people below it)
    assert.equal(await page.locator('.ant-card:not([data-testid="people"]) .ant-table-row').count(), 1);
    await screenshot(page, 'org-units-ht-county-renamed');
  });

  test('is told when another tab changed the unit meanwhile', { timeout: TEST_TIMEOUT_MS }, async () => {
    await row(page, RENAMED).getByRole('button', { name: /编辑/ }).click();
    await page.getByLabel('单位名称').fill(`${RENAMED}（过期）`);

    const other = await page.context().newPage(); // same Keycloak session
    const listed = other.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/org-units');
    await other.goto(`${APP_URL}/org-units`);
    await listLoaded(other, listed);
    await other.getByPlaceholder('按名称搜索').fill(suffix);
    await row(other, RENAMED).getByRole('button', { name: /编辑/ }).click();
    await other.getByLabel('单位名称').fill(FINAL);
    await saveModal(other);
    await row(other, FINAL).waitFor();
    await other.close();

    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-message').getByText(/已被他人修改/).waitFor();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await row(page, FINAL).waitFor();
    await screenshot(page, 'org-units-ht-county-conflict');
  });

  test('keeps the name and 职务 receipts print (人员名录)', { timeout: TEST_TIMEOUT_MS }, async () => {
    const people = page.getByTestId('people');
    const me = people.locator('.ant-table-row', { hasText: '刘洋' });
    await me.getByRole('button', { name: /编辑/ }).click();
    await page.getByLabel('职务').fill(`应急指挥中心主任-${suffix}`);
    await saveModal(page);
    await people.locator('.ant-table-row', { hasText: `应急指挥中心主任-${suffix}` }).waitFor();
    assert.doesNotMatch(await people.innerText(), /ht-county/, 'people are shown by name, never by login name');
  });

  test('sends its notifications to the duty room by SMS too (消息外发设置), and stops again', { timeout: TEST_TIMEOUT_MS }, async () => {
    const card = page.getByTestId('notification-routes');
    const name = `值班室短信-${suffix}`;
    await card.getByRole('button', { name: '添加外发渠道' }).click();
    await page.getByLabel('名称').fill(name);
    await page.getByLabel('地址').fill('0536-1234567');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/notification-routes') && r.request().method() === 'POST');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    assert.equal((await refused).status(), 400);
    await page.getByText('短信的地址无效：须为11 位手机号码').waitFor();
    const mobile = `139${String(parseInt(suffix, 16) % 100_000_000).padStart(8, '0')}`;
    await page.getByLabel('地址').fill(mobile);
    await saveModal(page);
    const route = card.locator('.ant-table-row', { hasText: name });
    await route.waitFor();
    assert.match(await route.innerText(), new RegExp(`短信[\\s\\S]*${mobile}[\\s\\S]*不限`));
    await screenshot(page, 'notification-routes');
    await route.getByRole('button', { name: `删除「${name}」` }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    await route.waitFor({ state: 'detached' });
  });
});

describe('a county officer of the sibling 潍城区', () => {
  let browser;
  let page;
  before(async () => ({ browser, page } = await launch()));
  after(() => browser?.close());

  test('sees its own units read-only and none of 寒亭区', { timeout: TEST_TIMEOUT_MS }, async () => {
    await login(page, 'wc-county');
    await openOrgUnits(page);
    await page.getByText('您没有单位管理员角色，只能查看').waitFor();
    assert.equal(await page.getByRole('button', { name: /新增单位/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /编辑/ }).count(), 0);
    assert.equal(await page.getByTestId('tenant-picker').count(), 0);
    assert.equal(await page.getByText(suffix).count(), 0);
    await screenshot(page, 'org-units-wc-county');
  });
});

describe('a city official of 潍坊市', () => {
  let browser;
  let page;
  before(async () => ({ browser, page } = await launch()));
  after(() => browser?.close());

  test('picks 寒亭区 and sees the unit it shares up', { timeout: TEST_TIMEOUT_MS }, async () => {
    await login(page, 'wf-city');
    await openOrgUnits(page);
    const listed = page.waitForResponse((r) => r.url().includes('/api/v1/org-units?tenantCode=370703'));
    await page.getByTestId('tenant-picker').locator('.ant-select-selector').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '寒亭区' }).click();
    assert.equal((await listed).status(), 200);
    await page.getByText('正在查看寒亭区共享给本级的组织单位（只读）').waitFor();
    await page.getByPlaceholder('按名称搜索').fill(suffix);
    const shared = row(page, FINAL);
    await shared.waitFor();
    assert.match(await shared.innerText(), /上级可见/);
    assert.equal(await page.getByRole('button', { name: /新增单位/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /编辑/ }).count(), 0);
    await screenshot(page, 'org-units-wf-city-hanting');
  });
});
