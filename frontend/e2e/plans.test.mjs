// 应急预案 and 备案: a county compiles and issues a plan, finds 报送备案 refused until 正文 and 编制说明 are uploaded
// (备案材料), uploads them and submits it; the city reviewer, whose workbench is open, hears of it at once (the bell,
// without a reload), finds it among its 待办事项 and returns it; the county hears of that, its workbench owes the plan
// again with the reason (退回重报), and it fixes and resubmits it; the city accepts it, the county downloads the
// receipt; the province finds it by full-text search, the sibling county does not. The city's workbench shows what
// its counties let pass, escalated by the app (逾期升级).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import {
  assertAppReachable,
  choose,
  closeDropdown,
  detailLoaded,
  isApi,
  launch,
  login,
  modalOk,
  openMenu,
  pickToday,
  screenshot,
  settled,
} from './browser.mjs';
import { uploadMaterials } from './materials.mjs';

/** The round trip waits for the search indexer and the filing routing; still well under a minute each. */
const TEST_TIMEOUT_MS = 45_000;

const suffix = randomBytes(4).toString('hex');
const RETURN_REASON = `请补充危险化学品企业名单及应急物资清单-${suffix}`;
/** Search matches phrases: 危险化学品 and the unique part of the title, as they stand in the title. */
const QUERY = `危险化学品事故应急预案-${suffix}`;
const DOC_NUMBER = `政办发〔2026〕${parseInt(suffix.slice(0, 4), 16)}号`;

before(assertAppReachable);

/** Searches 预案管理 until the indexer has caught up (or the step budget is spent). */
async function search(page, q, expectHit) {
  const box = page.getByTestId('plan-search').locator('input');
  await box.fill(q);
  for (let attempt = 0; ; attempt++) {
    const answered = page.waitForResponse((r) => isApi(r, '/api/v1/plans/search') && r.url().includes('q='));
    await box.press('Enter');
    const response = await answered;
    assert.equal(response.status(), 200);
    const body = await response.json();
    const found = body.items.some((item) => item.title.includes(suffix));
    if (found || !expectHit || attempt >= 10) {
      await settled(page);
      return body;
    }
    await page.waitForTimeout(1_000);
  }
}

describe('plan compilation and filing round trip', () => {
  /** Who compiles: a county with an organization unit to own the plan; the other one is the sibling. */
  let compiler = 'wc-county';
  let sibling = 'ht-county';
  const TITLE = () => `${compiler === 'wc-county' ? '潍城区' : '寒亭区'}危险化学品事故应急预案-${suffix}`;
  let county;
  let city;
  let planUrl;

  after(async () => {
    await county?.browser.close();
    await city?.browser.close();
  });

  test('a county officer with an organization unit compiles a plan', { timeout: TEST_TIMEOUT_MS }, async () => {
    county = await launch();
    const { page } = county;
    await login(page, 'wc-county');
    const listed = page.waitForResponse((r) => isApi(r, '/api/v1/org-units'));
    await openMenu(page, '组织单位', '/org-units');
    const units = await (await listed).json();
    if (units.length === 0) {
      // 潍城区 has no unit to own a plan: 寒亭区 (county officer and tenant admin) does the round trip.
      compiler = 'ht-county';
      sibling = 'wc-county';
      await county.browser.close();
      county = await launch();
      await login(county.page, compiler);
      const own = county.page.waitForResponse((r) => isApi(r, '/api/v1/org-units'));
      await openMenu(county.page, '组织单位', '/org-units');
      if ((await (await own).json()).length === 0) {
        await county.page.getByRole('button', { name: /新增单位/ }).click();
        await county.page.getByLabel('单位名称').fill(`寒亭区应急管理局-${suffix}`);
        await choose(county.page, '单位类型', '政府部门');
        await modalOk(county.page);
        await county.page.locator('.ant-modal').waitFor({ state: 'detached' });
      }
    }
    const p = county.page;
    await openMenu(p, '预案管理', '/plans');
    await p.getByRole('button', { name: /新建预案/ }).click();
    await p.getByLabel('预案名称').fill(TITLE());
    // The demo counties' first unit is their 人民政府, whose 总体预案 the tier policy routes to the city.
    await choose(p, '预案类别', '总体应急预案');
    await p.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    await choose(p, '事件类型', '危险化学品');
    await closeDropdown(p);
    await choose(p, '编制单位');
    await p.getByLabel('内容摘要').fill(
      `为规范${suffix}辖区危险化学品生产、储存、运输环节突发事故的应急处置，明确组织指挥体系与响应分级。`,
    );
    await screenshot(p, 'plan-form');
    const created = p.waitForResponse((r) => isApi(r, '/api/v1/plans', 'POST'));
    await modalOk(p);
    assert.equal((await created).status(), 201);
    await p.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planUrl = p.url();
    await detailLoaded(p, 'plan-status', '编制中');
    assert.match(await p.getByTestId('plan-title').innerText(), new RegExp(suffix));
    assert.match(await p.getByTestId('plan-meta').innerText(), /总体应急预案/);
    assert.match(await p.getByTestId('plan-meta').innerText(), /危险化学品/);
    await p.getByTestId('plan-timeline').getByText('创建').waitFor();
    // 相关典型案例: cases of the plan's event type first (the demo library's 危险化学品 cases)
    await p.getByTestId('plan-cases').getByTestId('case-hit').filter({ hasText: '危险化学品' }).first().waitFor();
    await screenshot(p, 'plan-draft');
  });

  test('issues it with a 文号 and today as 印发日期', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = county.page;
    await p.getByTestId('plan-actions').getByRole('button', { name: /印\s*发/ }).click();
    await p.getByLabel('文号').fill(DOC_NUMBER);
    await pickToday(p);
    const issued = p.waitForResponse((r) => r.url().endsWith('/issue'));
    await modalOk(p);
    assert.equal((await issued).status(), 200);
    await detailLoaded(p, 'plan-status', '已印发');
    assert.match(await p.getByTestId('plan-meta').innerText(), new RegExp(DOC_NUMBER.replace(/[()〔〕]/g, '.')));
    await p.getByTestId('plan-timeline').getByText('印发').waitFor();
  });

  test('cannot submit it without 正文 and 编制说明: the dialog lists them as missing', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = county.page;
    await p.getByTestId('plan-actions').getByRole('button', { name: /报送备案/ }).click();
    const dialog = p.getByRole('dialog', { name: '报送备案' });
    const checklist = dialog.getByTestId('filing-materials');
    await checklist.getByTestId('material-compilation_note').waitFor();
    assert.equal(await checklist.getByTestId('material-text').getAttribute('data-present'), 'false');
    assert.equal(await checklist.getByTestId('material-compilation_note').getAttribute('data-present'), 'false');
    assert.match(await dialog.getByTestId('filing-materials-missing').innerText(), /缺少备案材料：正文、编制说明/);
    assert.equal(await dialog.locator('.ant-modal-footer .ant-btn-primary').isDisabled(), true);
    await screenshot(p, 'plan-submit-materials-missing');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await p.locator('.ant-modal').waitFor({ state: 'detached' });

    await uploadMaterials(p, ['正文', '编制说明']);

    // a file uploaded by mistake is removed again (删除, confirmed)
    await uploadMaterials(p, ['其他']);
    const card = p.getByTestId('plan-attachments');
    await card.getByRole('button', { name: '删除「其他.pdf」' }).click();
    const removed = p.waitForResponse(
      (r) => r.request().method() === 'DELETE' && new URL(r.url()).pathname.startsWith('/api/v1/attachments/'),
    );
    await p.locator('.ant-popover:visible').getByRole('button', { name: /删\s*除/ }).click();
    assert.equal((await removed).status(), 204);
    await card.locator('.ant-table-row', { hasText: '其他.pdf' }).waitFor({ state: 'detached' });
  });

  /** The unread count on the bell of the page, as it shows it. */
  const unread = async (page) => Number(await page.getByTestId('notification-bell').getAttribute('data-unread'));

  /** Waits (no reload) until the bell shows more unread notifications than `before`. */
  async function bellLightsUp(page, before) {
    for (const until = Date.now() + 10_000; (await unread(page)) <= before; ) {
      assert.ok(Date.now() < until, 'the bell lights up');
      await page.waitForTimeout(200);
    }
  }

  test('the city reviewer has its workbench open, and sees its counties\' overdue filings escalated', { timeout: 60_000 }, async () => {
    city = await launch();
    const p = city.page;
    await login(p, 'wf-city');
    await p.getByTestId('obligations-assigned').waitFor();
    await p.getByTestId('notification-bell').waitFor();
    // 关键数字: what the office must do, what is overdue, what its counties let pass, the unread messages
    for (const figure of ['待办事项', '已逾期', '下级逾期', '未读消息']) {
      await p.getByTestId(`figure-${figure}`).locator('.ant-statistic-content-value', { hasText: /^\d+$/ }).waitFor();
    }
    // 下级逾期事项: the app's escalation pass (every 20 s in the tests' app) has raised the demo's overdue filings
    // of 潍坊市's counties up the ladder; the city reads how far
    const below = p.getByTestId('obligations-below');
    for (let attempt = 0; (await below.locator('.ant-tag', { hasText: /^(催办|通报|约谈)$/ }).count()) === 0; attempt++) {
      assert.ok(attempt < 8, 'an escalated overdue item on the city\'s workbench');
      await p.waitForTimeout(5_000);
      await p.reload();
      await below.locator('.ant-list-item, .ant-empty').first().waitFor();
    }
    const escalated = below.locator('.ant-list-item', { has: p.locator('.ant-tag', { hasText: /^(催办|通报|约谈)$/ }) }).first();
    assert.match(await escalated.innerText(), /(预案备案|备案审查|退回重报|预案评估|整改落实|编修任务|预案演练|单位演练)[\s\S]*(区|县|市)[\s\S]*已逾期\d+个工作日/);
    await screenshot(p, 'workbench-escalated-below');
  });

  test('submits it for filing and sees the computed route', { timeout: TEST_TIMEOUT_MS }, async () => {
    const before = await unread(city.page);
    const p = county.page;
    await p.getByTestId('plan-actions').getByRole('button', { name: /报送备案/ }).click();
    const checklist = p.getByRole('dialog', { name: '报送备案' }).getByTestId('filing-materials');
    await checklist.locator('[data-testid="material-compilation_note"][data-present="true"]').waitFor();
    assert.equal(await checklist.getByTestId('material-text').getAttribute('data-present'), 'true');
    const submitted = p.waitForResponse((r) => r.url().endsWith('/submit'));
    await modalOk(p);
    const response = await submitted;
    assert.equal(response.status(), 201, await response.text());
    assert.equal((await response.json()).authority.tenantName, '潍坊市');
    assert.match(response.request().headers()['idempotency-key'] ?? '', /^[0-9a-f-]{36}$/);
    const route = p.getByTestId('filing-route');
    await route.waitFor();
    assert.match(await route.innerText(), /报送路线/);
    await screenshot(p, 'plan-submitted-route');
    await p.locator('.ant-modal-footer .ant-btn-primary').click();
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    await detailLoaded(p, 'plan-status', '已报备');
    await p.getByTestId('plan-filings').getByText('待审查').waitFor();
    // submitted: the materials stay as the authority received them
    assert.equal(await p.getByTestId('plan-attachments').getByRole('button', { name: /^删除「/ }).count(), 0);

    // the city reviewer's bell lights up without a reload, and a notice pops up
    const c = city.page;
    await bellLightsUp(c, before);
    await c.locator('.ant-notification-notice', { hasText: suffix }).waitFor();
    await c.getByTestId('notification-bell').click();
    const notice = c.getByTestId('notification').filter({ hasText: suffix });
    assert.match(await notice.innerText(), /未读[\s\S]*新的备案报送[\s\S]*区报送备案：/);
    await screenshot(c, 'notifications-city-bell');
    await c.keyboard.press('Escape');
  });

  test('the city reviewer returns it with a reason', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = city.page;
    const countyUnread = await unread(county.page);
    // 工作台: the submission is on the reviewer's 待办事项 with the working days left to answer it
    const owed = p.getByTestId('obligations-assigned').locator('.ant-list-item', { hasText: suffix });
    await owed.waitFor();
    assert.match(await owed.innerText(), /备案审查[\s\S]*区报送[\s\S]*剩\d+个工作日/);
    await screenshot(p, 'workbench-obligations');
    const inbox = p.waitForResponse((r) => isApi(r, '/api/v1/filings/inbox'));
    await owed.getByRole('link', { name: '去办理' }).click();
    assert.equal((await inbox).status(), 200);
    const row = p.locator('.ant-table-row', { hasText: suffix });
    await row.waitFor();
    assert.match(await row.innerText(), /区/);
    await screenshot(p, 'filing-inbox-pending');
    await row.getByRole('button', { name: /退\s*回/ }).click();
    // the dialog is open (and rendered) before its OK is pressed: under load the click may land a moment later
    const dialog = p.locator('.ant-modal', { hasText: '退回理由' });
    await dialog.getByLabel('退回理由').waitFor();
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.getByText('请填写退回理由').waitFor(); // the reason is required
    await dialog.getByLabel('退回理由').fill(RETURN_REASON);
    const returned = p.waitForResponse((r) => r.url().endsWith('/return'));
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    assert.equal((await returned).status(), 200);
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await p.getByRole('tab', { name: '已退回' }).click();
    await p.locator('.ant-table-row', { hasText: suffix }).getByText(RETURN_REASON).waitFor();
    await screenshot(p, 'filing-inbox-returned');
    // the county, on its plan's page, hears of it at once
    await bellLightsUp(county.page, countyUnread);
    await county.page.locator('.ant-notification-notice', { hasText: '备案被退回' }).first().waitFor();
  });

  test('the county\'s workbench owes the returned plan again with the reason; it edits and resubmits', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = county.page;
    await p.getByRole('menuitem', { name: '工作台' }).click();
    // the plan owes its evaluation too (years ahead): the item to find is its 退回重报
    const owed = p.getByTestId('obligations-assigned').locator('.ant-list-item', { hasText: suffix }).filter({ hasText: '退回重报' });
    await owed.waitFor();
    assert.match(await owed.innerText(), new RegExp(`退回重报[\\s\\S]*退回原因：${RETURN_REASON}[\\s\\S]*剩\\d+个工作日`));
    await screenshot(p, 'workbench-returned-plan');
    await owed.getByRole('link', { name: '去办理' }).click();
    await p.waitForURL(planUrl);
    await detailLoaded(p, 'plan-status', '已退回');
    await p.getByTestId('plan-filings').getByText(RETURN_REASON).waitFor();
    const timeline = p.getByTestId('plan-timeline');
    await timeline.getByText('退回').waitFor();
    // the timeline names actions in words and people by name: no `plan.attach`, no login names
    const history = await timeline.innerText();
    assert.match(history, /上传附件/);
    assert.match(history, /王强/);
    assert.doesNotMatch(history, /[a-z_]+\.[a-z_]+|wc-county|wf-city/);
    await screenshot(p, 'plan-returned');
    await p.getByTestId('plan-actions').getByRole('button', { name: /编\s*辑/ }).click();
    const summary = p.getByLabel('内容摘要');
    await summary.fill(`${await summary.inputValue()}附：辖区危险化学品企业名单及应急物资清单。`);
    const saved = p.waitForResponse((r) => r.request().method() === 'PUT');
    await modalOk(p);
    const savedResponse = await saved;
    assert.equal(savedResponse.status(), 200, await savedResponse.text());
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    await p.getByTestId('plan-summary').getByText(/应急物资清单/).waitFor();
    await p.getByTestId('plan-actions').getByRole('button', { name: /报送备案/ }).click();
    const submitted = p.waitForResponse((r) => r.url().endsWith('/submit'));
    await modalOk(p);
    assert.equal((await submitted).status(), 201);
    await p.getByTestId('filing-route').waitFor();
    await p.locator('.ant-modal-footer .ant-btn-primary').click();
    await detailLoaded(p, 'plan-status', '已报备');
    await p.getByTestId('plan-filings').locator('.ant-table-row').nth(1).waitFor();
    assert.equal(await p.getByTestId('plan-filings').locator('.ant-table-row').count(), 2);
  });

  test('the city accepts it and views the plan read-only', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = city.page;
    await p.getByRole('tab', { name: '待审查' }).click();
    const row = p.locator('.ant-table-row', { hasText: suffix });
    await row.waitFor();
    await row.getByRole('button', { name: /备案登记/ }).click();
    const accepted = p.waitForResponse((r) => r.url().endsWith('/accept'));
    await p.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    assert.equal((await accepted).status(), 200);
    await row.waitFor({ state: 'detached' });
    await p.getByRole('tab', { name: '已备案' }).click();
    const filed = p.locator('.ant-table-row', { hasText: suffix });
    await filed.getByText(/备案编号/).waitFor();
    await screenshot(p, 'filing-inbox-filed');
    await filed.getByRole('link').first().click();
    await detailLoaded(p, 'plan-status', '已备案');
    await p.getByText('该预案属于其他区划，仅供查阅').waitFor();
    assert.equal(await p.getByTestId('plan-actions').getByRole('button').count(), 0);
    await screenshot(p, 'plan-city-readonly');
  });

  test('the county downloads the 备案回执 as a PDF', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = county.page;
    await p.goto(planUrl);
    await detailLoaded(p, 'plan-status', '已备案');
    const receipt = p.waitForResponse((r) => r.url().endsWith('/receipt.pdf'));
    const download = p.waitForEvent('download');
    await p.getByTestId('plan-filings').getByRole('button', { name: /下载回执/ }).click();
    const response = await receipt;
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/pdf/);
    // What the browser saved from the Blob URL is the PDF itself.
    const saved = await download;
    assert.match(saved.suggestedFilename(), /^备案回执-.*\.pdf$/);
    const bytes = await readFile(await saved.path());
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
    await screenshot(p, 'plan-filed');
  });

  test('the province finds the plan by full-text search', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, 'sd-province');
      await openMenu(p, '预案管理', '/plans');
      const body = await search(p, QUERY, true);
      assert.ok(body.items.some((item) => item.title.includes(suffix)), 'the province sees the plan');
      const hit = p.getByTestId('plan-hit').filter({ hasText: suffix });
      await hit.waitFor();
      assert.match(await hit.innerText(), /已备案/);
      assert.ok((await hit.locator('mark').count()) > 0, 'the match is highlighted');
      await p.getByTestId('facet-category').getByText(/总体应急预案（\d+）/).waitFor();
      await screenshot(p, 'plans-search-sd-province');
    } finally {
      await browser.close();
    }
  });

  test('the sibling county does not find it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, sibling);
      await openMenu(p, '预案管理', '/plans');
      const body = await search(p, QUERY, false);
      assert.ok(!body.items.some((item) => item.title.includes(suffix)));
      assert.equal(await p.getByText(suffix).count(), 0);
      await p.goto(planUrl);
      await p.getByText('预案不存在或不在您的查看范围内').waitFor();
      await screenshot(p, `plans-search-${sibling}`);
    } finally {
      await browser.close();
    }
  });
});

// 第二十六条 for a county government's 专项预案: the form shows where it will be filed (备案机关 and the city's
// 应急管理局 as 受理单位) while it is still a draft, the submit dialog shows it again, and it is filed there.
describe('a county officer files a 专项预案 whose route the form showed before 印发', () => {
  const TITLE = `潍城区防汛应急预案-${suffix}`;
  let county;
  let city;

  after(async () => {
    await county?.browser.close();
    await city?.browser.close();
  });

  test('the plan form shows the route and the receiving unit of a draft', { timeout: TEST_TIMEOUT_MS }, async () => {
    county = await launch();
    const p = county.page;
    await login(p, 'wc-county');
    await openMenu(p, '预案管理', '/plans');
    await p.getByRole('button', { name: /新建预案/ }).click();
    await p.getByLabel('预案名称').fill(TITLE);
    await choose(p, '预案类别', '专项应急预案');
    await p.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    await choose(p, '事件类型', '洪涝灾害');
    await closeDropdown(p);
    const routed = p.waitForResponse((r) => isApi(r, '/api/v1/plans/filing-route'));
    await choose(p, '编制单位', '潍城区人民政府');
    assert.equal((await routed).status(), 200);
    const preview = p.getByTestId('filing-route-preview');
    await preview.waitFor();
    const text = await preview.innerText();
    assert.match(text, /备案机关/);
    assert.match(text, /受理单位\s*潍坊市应急管理局/);
    assert.doesNotMatch(text, /相应牵头部门|有关部门/);
    await screenshot(p, 'plan-form-filing-route');
    const created = p.waitForResponse((r) => isApi(r, '/api/v1/plans', 'POST'));
    await modalOk(p);
    assert.equal((await created).status(), 201);
    await p.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await detailLoaded(p, 'plan-status', '编制中');
  });

  test('issued and with its materials, it is submitted to the city 应急管理局', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = county.page;
    await p.getByTestId('plan-actions').getByRole('button', { name: /印\s*发/ }).click();
    await p.getByLabel('文号').fill(`潍城政办发〔2026〕${parseInt(suffix.slice(4), 16) % 1000}号`);
    await pickToday(p);
    const issued = p.waitForResponse((r) => r.url().endsWith('/issue'));
    await modalOk(p);
    assert.equal((await issued).status(), 200);
    await detailLoaded(p, 'plan-status', '已印发');
    await uploadMaterials(p, ['正文', '编制说明']);

    await p.getByTestId('plan-actions').getByRole('button', { name: /报送备案/ }).click();
    const dialog = p.getByRole('dialog', { name: '报送备案' });
    await dialog.getByTestId('filing-route-preview').getByText('潍坊市应急管理局').first().waitFor();
    await dialog.locator('[data-testid="material-compilation_note"][data-present="true"]').waitFor();
    const submitted = p.waitForResponse((r) => r.url().endsWith('/submit'));
    await modalOk(p);
    const response = await submitted;
    assert.equal(response.status(), 201, await response.text());
    const filing = await response.json();
    assert.equal(filing.authority.label, '潍坊市应急管理局');
    assert.doesNotMatch(filing.routeDescription, /相应牵头部门|有关部门/);
    await p.getByTestId('filing-route').waitFor();
    await p.locator('.ant-modal-footer .ant-btn-primary').click();
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    await detailLoaded(p, 'plan-status', '已报备');
  });

  test('the city reviewer finds it with its title and registers it', { timeout: TEST_TIMEOUT_MS }, async () => {
    city = await launch();
    const p = city.page;
    await login(p, 'wf-city');
    await openMenu(p, '备案审查', '/filings/inbox');
    const row = p.locator('.ant-table-row', { hasText: TITLE });
    await row.waitFor();
    assert.match(await row.innerText(), /潍坊市应急管理局/);
    await row.getByRole('button', { name: /备案登记/ }).click();
    const accepted = p.waitForResponse((r) => r.url().endsWith('/accept'));
    await p.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    assert.equal((await accepted).status(), 200);
    await p.getByRole('tab', { name: '已备案' }).click();
    await p.locator('.ant-table-row', { hasText: TITLE }).getByText(/备案编号/).waitFor();
    await screenshot(p, 'filing-inbox-special-filed');
  });
});
