// 检索同义词 (docs/search-terms.md): 山东省's 单位管理员 (sd-admin) adds the group 「开口子、堤防决口」 (开口子: what people
// along the Yellow River say for a dike breach); an officer of 潍城区, who found nothing by 开口子 before, then finds the
// 唱凯堤 case (a demo case of infra/demo/seed.sql, which says 堤防决口) by it, and reads the group without changing it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { APP_URL, assertAppReachable, confirmOk, isApi, launch, login, modalOk, openMenu, screenshot } from './browser.mjs';

/** Two people signed in at once: the admin and the county. */
const TEST_TIMEOUT_MS = 120_000;
const TYPED = '开口子';
const CHANGKAI = '唱凯堤决口特大洪灾';

before(assertAppReachable);

/** One search of the case library: the titles it answers. */
async function caseTitles(page, q) {
  const box = page.getByPlaceholder('输入检索词');
  await box.fill(q);
  const answered = page.waitForResponse((r) => isApi(r, '/api/v1/cases/search') && r.url().includes('q='));
  await box.press('Enter');
  const result = await (await answered).json();
  return result.items.map((hit) => hit.title);
}

/** The admin's row of the group holding 开口子, if any. */
const groupRow = (page) => page.getByTestId('search-terms').locator('tbody tr').filter({ hasText: TYPED });

async function deleteGroup(page) {
  const deleted = page.waitForResponse(
    (r) => new URL(r.url()).pathname.startsWith('/api/v1/search-terms/') && r.request().method() === 'DELETE',
  );
  await groupRow(page).getByRole('button', { name: '删除' }).click();
  await confirmOk(page);
  assert.equal((await deleted).status(), 204);
  await groupRow(page).waitFor({ state: 'detached' });
}

describe('province search terms', () => {
  test('the province admin adds a group and a county finds a case by its new term', { timeout: TEST_TIMEOUT_MS }, async () => {
    const admin = await launch();
    const county = await launch();
    try {
      await login(admin.page, 'sd-admin');
      const listed = admin.page.waitForResponse((r) => isApi(r, '/api/v1/search-terms'));
      await openMenu(admin.page, '检索同义词', '/search-terms');
      // a run that failed half-way left its group behind: a term belongs to one group only
      if ((await (await listed).json()).some((group) => group.terms.includes(TYPED))) {
        await deleteGroup(admin.page);
      }

      await login(county.page, 'wc-county');
      await openMenu(county.page, '典型案例库', '/cases');
      assert.ok(!(await caseTitles(county.page, TYPED)).some((t) => t.includes(CHANGKAI)), 'nothing by 开口子 yet');

      await admin.page.getByRole('button', { name: '新增同义词组' }).click();
      await admin.page.getByLabel('同义词', { exact: true }).fill(`${TYPED}、堤防决口`);
      await admin.page.getByLabel('说明/来源').fill('沿黄群众对堤防决口的说法');
      const created = admin.page.waitForResponse((r) => isApi(r, '/api/v1/search-terms', 'POST'));
      await modalOk(admin.page);
      assert.equal((await created).status(), 201);
      const row = groupRow(admin.page);
      await row.getByText('堤防决口', { exact: true }).waitFor();
      assert.match(await row.innerText(), /郑宏/, 'who added it, by name');
      await screenshot(admin.page, 'search-terms-admin');

      // a fresh page: the same words again are a new search
      await county.page.goto(`${APP_URL}/cases`);
      const titles = await caseTitles(county.page, TYPED);
      assert.ok(titles.some((t) => t.includes(CHANGKAI)), `the 唱凯堤 case by 开口子: ${titles.join(' | ')}`);

      // the county reads the province's groups, and changes none
      await openMenu(county.page, '检索同义词', '/search-terms');
      await groupRow(county.page).waitFor();
      assert.equal(await county.page.getByRole('button', { name: '新增同义词组' }).count(), 0);
      assert.equal(await groupRow(county.page).getByRole('button', { name: '编辑' }).count(), 0);
      await screenshot(county.page, 'search-terms-county');

      await deleteGroup(admin.page);
    } finally {
      await admin.browser.close();
      await county.browser.close();
    }
  });
});
