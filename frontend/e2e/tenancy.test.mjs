import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  APP_URL,
  VISIBLE_TREE_NODE,
  assertAppReachable,
  expand,
  launch,
  login,
  openMenu,
  screenshot,
  treeNode,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 30_000;

before(assertAppReachable);

describe('a county officer', () => {
  let browser;
  let page;
  before(async () => ({ browser, page } = await launch()));
  after(() => browser?.close());

  test('logs in on the Keycloak page and sees 潍城区 as the tenant', { timeout: TEST_TIMEOUT_MS }, async () => {
    await login(page, 'wc-county');
    const tenant = page.getByTestId('tenant');
    assert.match(await tenant.innerText(), /潍城区/);
    assert.match(await tenant.innerText(), /县级/);
    assert.match(await page.getByTestId('user-name').innerText(), /王强/);
    await page.getByText('我的信息').waitFor();
    await page.locator('.ant-breadcrumb', { hasText: '潍坊市' }).first().waitFor();
    await screenshot(page, 'workbench-wc-county');
  });

  test('reads the rules that apply to it (适用制度), every key in Chinese', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openMenu(page, '适用制度', '/settings');
    await page.getByText('到期提醒（截止前）').waitFor();
    await page.getByText('约谈（逾期满）').waitFor();
    assert.doesNotMatch(await page.locator('.ant-layout-content').innerText(), /[a-z]+[A-Z][a-zA-Z]*Days|\.escalation\./,
      'no key of the policy file is shown');
    await screenshot(page, 'settings-wc-county');
    // the menu groups the pages by area of work; the breadcrumb says where the page stands
    const crumbs = await page.getByTestId('page-breadcrumb').innerText();
    assert.match(crumbs, /工作台[\s\S]*系统管理[\s\S]*适用制度/);
    assert.equal(await page.title(), '适用制度 - 应急管理平台·应急');
    const area = page.locator('.ant-menu-submenu-title').filter({ hasText: /^演练$/ });
    await area.click(); // folds 演练 away
    await page.getByRole('menuitem', { name: '整改措施' }).waitFor({ state: 'hidden' });
    await area.click();
    await page.getByRole('menuitem', { name: '整改措施' }).waitFor();
    // a narrow window folds the menu away behind its trigger; wide again, the groups left open are still open
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('menuitem', { name: '整改措施' }).waitFor({ state: 'hidden' });
    await page.locator('.ant-layout-sider-zero-width-trigger').click();
    await page.getByRole('menuitem', { name: '整改措施' }).waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('menuitem', { name: '整改措施' }).waitFor();
  });

  test('opens 个人中心 from its name and changes its password on the Keycloak page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await page.getByTestId('user-name').click();
    await page.waitForURL(`${APP_URL}/profile`);
    const account = page.getByTestId('profile-account');
    assert.match(await account.innerText(), /姓名：王强/);
    assert.doesNotMatch(await page.locator('main').innerText(), /wc-county/, 'no login name');
    await screenshot(page, 'profile-wc-county');
    await account.getByRole('button', { name: '修改密码' }).click();
    // Keycloak's own form (an application-initiated action); not submitted: the suite's users keep their password
    await page.locator('#password-new').waitFor();
    await page.locator('#password-confirm').waitFor();
    await screenshot(page, 'profile-change-password');
    await page.goto(`${APP_URL}/profile`);
    await page.getByTestId('profile-account').waitFor();
  });

  test('sees only its own division in the tenant tree', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openMenu(page, '行政区划', '/tenants');
    await treeNode(page, '潍城区').waitFor();
    assert.equal(await page.locator(VISIBLE_TREE_NODE).count(), 1);
    assert.equal(await page.locator('.ant-tree').getByText('寒亭区').count(), 0);
    await screenshot(page, 'tenants-wc-county');
  });
});

describe('a province official', () => {
  let browser;
  let page;
  before(async () => ({ browser, page } = await launch()));
  after(() => browser?.close());

  test('logs in and sees 山东省 as the tenant', { timeout: TEST_TIMEOUT_MS }, async () => {
    await login(page, 'sd-province');
    assert.match(await page.getByTestId('tenant').innerText(), /山东省/);
    assert.match(await page.getByTestId('tenant').innerText(), /省级/);
    await page.getByText('我的信息').waitFor();
    await screenshot(page, 'workbench-sd-province');
  });

  test('finds the cities and, expanded, their counties in the tree', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openMenu(page, '行政区划', '/tenants');
    for (const [city, counties] of [
      ['潍坊市', ['潍城区', '寒亭区']],
      ['济南市', ['市中区']],
    ]) {
      await expand(page, city);
      for (const county of counties) {
        await treeNode(page, county).waitFor();
      }
    }
    assert.equal(await page.getByText('贵州省').count(), 0);
    await screenshot(page, 'tenants-sd-province');
  });

  test('opens a division in the side panel', { timeout: TEST_TIMEOUT_MS }, async () => {
    await treeNode(page, '寒亭区').locator('.ant-tree-title').click();
    const panel = page.locator('.ant-card', { hasText: '区划详情' });
    await panel.getByText('370703', { exact: true }).waitFor();
    assert.match(await panel.innerText(), /潍坊市（370700）/);
    // no internal codes: the division path (p37.c3707.x370703) and words like 租户 are not for users
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /p\d+\.c\d+|租户/);
    await screenshot(page, 'tenant-detail-sd-province');
  });

  test('logs out back to the Keycloak login page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.locator('#kc-login').waitFor();
    await page.goto(`${APP_URL}/`);
    await page.locator('#kc-login').waitFor();
    await screenshot(page, 'login-after-logout');
  });
});
