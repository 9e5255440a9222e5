// 全局检索: one box in the header over plans, cases, experts and drills. The expert finds the 唱凯堤 case of the
// demo data (infra/demo/seed.sql) by 抚河 堤防决口 among the grouped results and opens it (堤防决口 alone, with the
// thesaurus, matches every breach of the demo: the group's five may be others); a county officer's search
// never shows another county's unpublished records.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { assertAppReachable, isApi, launch, login, screenshot } from './browser.mjs';

/** The search steps wait for the indexer. */
const TEST_TIMEOUT_MS = 60_000;
const CHANGKAI = '唱凯堤决口特大洪灾';

before(assertAppReachable);

/**
 * Types the words into the header's box, then reloads the results page until the answer holds a hit of this kind
 * with this text (the indexer may still be catching up).
 */
async function searchFor(page, q, kind, expected) {
  const box = page.getByPlaceholder('全局检索：预案、案例、专家、演练、事件、报告、预警');
  await box.fill(q);
  let answered = page.waitForResponse((r) => isApi(r, '/api/v1/search'));
  await box.press('Enter');
  for (let attempt = 0; ; attempt++) {
    const answer = await (await answered).json();
    const group = answer.groups.find((g) => g.kind === kind);
    if (group?.hits.some((hit) => hit.title.includes(expected)) || attempt >= 30) {
      return answer;
    }
    await page.waitForTimeout(1000);
    answered = page.waitForResponse((r) => isApi(r, '/api/v1/search'));
    await page.reload();
  }
}

describe('unified search (全局检索)', () => {
  test('an expert finds the 唱凯堤 case by 抚河 堤防决口 from the header and opens it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page } = await launch();
    try {
      await login(page, 'expert-demo');
      const answer = await searchFor(page, '抚河 堤防决口', 'case', CHANGKAI);
      assert.deepEqual(
        answer.groups.map((g) => g.kind),
        ['plan', 'case', 'expert', 'drill'],
        'every kind, in the page order',
      );
      await page.waitForURL(/\/search\?q=/);
      const cases = page.getByTestId('search-group-case');
      await cases.getByText('典型案例').waitFor();
      const hit = cases.getByTestId('search-hit').filter({ hasText: CHANGKAI });
      await hit.locator('mark').first().waitFor();
      await screenshot(page, 'unified-search');
      // 查看全部 opens the case library's own search (facets, saved searches) with the same words
      await cases.getByRole('link', { name: '查看全部' }).click();
      await page.waitForURL(/\/cases\?q=/);
      assert.equal(await page.getByTestId('case-search-bar').locator('input').inputValue(), '抚河 堤防决口');
      await page.getByTestId('case-hit').filter({ hasText: CHANGKAI }).first().waitFor();
      await page.goBack();
      await hit.getByRole('link', { name: new RegExp(CHANGKAI) }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByTestId('case-title').filter({ hasText: CHANGKAI }).waitFor();
    } finally {
      await browser.close();
    }
  });

  test('bad input gets a clear message, never a broken page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page } = await launch();
    try {
      await login(page, 'wc-county');
      const box = page.getByPlaceholder('全局检索：预案、案例、专家、演练、事件、报告、预警');
      await box.fill('"堤防 AND (决口 🔥');
      const answered = page.waitForResponse((r) => isApi(r, '/api/v1/search'));
      await box.press('Enter');
      assert.equal((await answered).status(), 200);
      await page.getByTestId('search-group-plan').waitFor();
      // the box keeps the words the page shows
      assert.equal(await box.inputValue(), '"堤防 AND (决口 🔥');
    } finally {
      await browser.close();
    }
  });

  test('潍坊市 finds the leak of 潍城区, its reports and its own warning by their words and opens the event', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page } = await launch();
    try {
      await login(page, 'wf-city');
      const answer = await searchFor(page, '储罐 泄漏', 'event', '于河街道化工企业储罐泄漏');
      assert.deepEqual(
        answer.groups.map((g) => g.kind),
        ['plan', 'case', 'expert', 'drill', 'event', 'event_report', 'warning'],
        'an office reads every kind',
      );
      const reports = answer.groups.find((g) => g.kind === 'event_report');
      assert.ok(
        reports.hits.some((hit) => hit.title === '潍城区初报：于河街道化工企业储罐泄漏'),
        `the county's 初报 among ${JSON.stringify(reports.hits.map((h) => h.title))}`,
      );
      await page.waitForURL(/\/search\?q=/);
      await page.getByTestId('search-group-event_report').getByText('信息报告').waitFor();
      const events = page.getByTestId('search-group-event');
      await events.getByText('事件信息').waitFor();
      await screenshot(page, 'unified-search-events');
      await events.getByTestId('search-hit').filter({ hasText: '于河街道化工企业储罐泄漏' }).getByRole('link').first().click();
      await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
      await page.getByTestId('event-card').filter({ hasText: '于河街道化工企业储罐泄漏' }).waitFor();

      const warnings = await searchFor(page, '大风', 'warning', '大风');
      assert.ok(warnings.groups.find((g) => g.kind === 'warning').hits.length > 0);
    } finally {
      await browser.close();
    }
  });
});
