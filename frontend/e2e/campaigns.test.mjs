// 编修专项行动 and 预案修订: the city launches a campaign with a task for 潍城区; the county starts the plan for
// the task, issues and submits it; the city accepts it and the board counts the task as 已销号, while the
// sibling county sees the task but never the plan. Then a county plan is evaluated and revised: version 2
// links back to version 1, which shows 已被修订 once version 2 is issued.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  APP_URL,
  assertAppReachable,
  choose,
  closeDropdown,
  confirmOk,
  detailLoaded,
  isApi,
  isoDate,
  launch,
  login,
  modalOk,
  openMenu,
  pickToday,
  screenshot,
  typeDate,
} from './browser.mjs';
import { uploadMaterials } from './materials.mjs';

const TEST_TIMEOUT_MS = 45_000;

const suffix = randomBytes(4).toString('hex');
const CAMPAIGN = `预案编修专项行动-${suffix}`;
const TASK_TITLE = `潍城区总体应急预案（编修）-${suffix}`;
const DOC_NUMBER = `潍城政发〔2026〕${parseInt(suffix.slice(0, 4), 16)}号`;

/** A deadline a month from now. */
const DEADLINE = isoDate(30);

before(assertAppReachable);

/** 印发 with a 文号 and today. */
async function issue(page, docNumber) {
  await page.getByTestId('plan-actions').getByRole('button', { name: /印\s*发/ }).click();
  await page.getByLabel('文号').fill(docNumber);
  await pickToday(page);
  const issued = page.waitForResponse((r) => r.url().endsWith('/issue'));
  await modalOk(page);
  assert.equal((await issued).status(), 200);
  await detailLoaded(page, 'plan-status', '已印发');
}

describe('revision campaign board (挂图作战)', () => {
  let city;
  let county;
  let boardUrl;

  after(async () => {
    await city?.browser.close();
    await county?.browser.close();
  });

  test('the city creates a campaign, assigns a task to 潍城区 and launches it', { timeout: TEST_TIMEOUT_MS }, async () => {
    city = await launch();
    const p = city.page;
    await login(p, 'wf-city');
    await openMenu(p, '编修专项行动', '/campaigns');
    await p.getByRole('button', { name: /发起专项行动/ }).click();
    await p.getByLabel('专项行动名称').fill(CAMPAIGN);
    await p.getByLabel('通知文号').fill(`潍应急发〔2026〕${suffix}号`);
    await typeDate(p, '完成期限', DEADLINE);
    const created = p.waitForResponse((r) => isApi(r, '/api/v1/campaigns', 'POST'));
    await modalOk(p);
    const createdResponse = await created;
    assert.equal(createdResponse.status(), 201, await createdResponse.text());
    await p.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    boardUrl = p.url();
    await p.getByTestId('campaign-title').getByText(CAMPAIGN).waitFor();

    await p.getByRole('button', { name: /分解任务/ }).click();
    await p.getByLabel('预案名称').fill(TASK_TITLE);
    await choose(p, '预案类别', '总体应急预案');
    await p.locator('.ant-modal .ant-form-item', { hasText: '责任地区' }).locator('.ant-select-selector').click();
    await p.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="潍城区（370702）"]').click();
    await typeDate(p, '任务期限', DEADLINE);
    const added = p.waitForResponse((r) => r.url().endsWith('/tasks') && r.request().method() === 'POST');
    await modalOk(p);
    const addedResponse = await added;
    assert.equal(addedResponse.status(), 201, await addedResponse.text());
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    const row = p.getByTestId('campaign-tasks').locator('.ant-table-row', { hasText: suffix });
    await row.getByText('未到期').waitFor();

    await p.getByTestId('campaign-actions').getByRole('button', { name: /下\s*发/ }).click();
    const launched = p.waitForResponse((r) => r.url().endsWith('/launch'));
    await confirmOk(p);
    assert.equal((await launched).status(), 200);
    await p.locator('.ant-card-head', { hasText: CAMPAIGN }).getByText('已下发').waitFor();
    await screenshot(p, 'campaign-launched');
  });

  test('潍城区 starts the plan for its task, issues and submits it', { timeout: TEST_TIMEOUT_MS }, async () => {
    county = await launch();
    const p = county.page;
    await login(p, 'wc-county');
    await openMenu(p, '编修专项行动', '/campaigns');
    const row = p.getByTestId('assigned-tasks').locator('.ant-table-row', { hasText: suffix });
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(CAMPAIGN));
    await screenshot(p, 'campaign-assigned-tasks');
    await row.getByRole('button', { name: /开始编制/ }).click();
    assert.equal(await p.getByLabel('预案名称').inputValue(), TASK_TITLE);
    await choose(p, '事件类型', '危险化学品');
    await closeDropdown(p);
    await choose(p, '编制单位');
    const created = p.waitForResponse((r) => isApi(r, '/api/v1/plans', 'POST'));
    await modalOk(p);
    const response = await created;
    assert.equal(response.status(), 201, await response.text());
    assert.ok((await response.json()).campaignTaskId, 'the plan answers the task');
    await p.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await detailLoaded(p, 'plan-status', '编制中');
    await issue(p, DOC_NUMBER);
    await uploadMaterials(p, ['正文', '编制说明']);
    await p.getByTestId('plan-actions').getByRole('button', { name: /报送备案/ }).click();
    await p.getByRole('dialog', { name: '报送备案' }).waitFor();
    const submitted = p.waitForResponse((r) => r.url().endsWith('/submit'));
    await modalOk(p);
    assert.equal((await submitted).status(), 201);
    await p.getByTestId('filing-route').waitFor();
    await p.locator('.ant-modal-footer .ant-btn-primary').click();
    await detailLoaded(p, 'plan-status', '已报备');
  });

  test('the city accepts it and the board counts the task 已销号', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = city.page;
    await openMenu(p, '备案审查', '/filings/inbox');
    const row = p.locator('.ant-table-row', { hasText: suffix });
    await row.getByRole('button', { name: /备案登记/ }).click();
    const accepted = p.waitForResponse((r) => r.url().endsWith('/accept'));
    await confirmOk(p);
    assert.equal((await accepted).status(), 200);
    await row.waitFor({ state: 'detached' });

    const board = p.waitForResponse((r) => r.url().startsWith(boardUrl.replace(APP_URL, `${APP_URL}/api/v1`)));
    await p.goto(boardUrl);
    const campaign = await (await board).json();
    assert.deepEqual(campaign.progress, { total: 1, done: 1, due: 0, overdue: 0 });
    const task = p.getByTestId('campaign-tasks').locator('.ant-table-row', { hasText: suffix });
    await task.getByTestId('task-state').getByText('已销号').waitFor();
    await task.getByTestId('task-plan-link').getByText('已备案').waitFor();
    assert.match(await p.getByTestId('board-total').innerText(), /任务总数\s*1/);
    assert.match(await p.getByTestId('board-done').innerText(), /已销号\s*1/);
    assert.match(await p.getByTestId('board-overdue').innerText(), /逾期\s*0/);
    await screenshot(p, 'campaign-board-done');
    // the list shows the campaign's progress too
    await openMenu(p, '编修专项行动', '/campaigns');
    await p.getByTestId('campaigns').locator('.ant-table-row', { hasText: suffix }).getByText('已销号 1/1').waitFor();
  });

  test('the sibling county sees the board but never the plan', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { browser, page: p } = await launch();
    try {
      await login(p, 'ht-county');
      const board = p.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/v1/campaigns/'));
      await p.goto(boardUrl);
      const campaign = await (await board).json();
      assert.equal(campaign.tasks[0].planId, null);
      const task = p.getByTestId('campaign-tasks').locator('.ant-table-row', { hasText: suffix });
      await task.waitFor();
      assert.equal(await p.getByTestId('task-plan-link').count(), 0);
      assert.equal(await task.getByRole('link').count(), 0);
      await screenshot(p, 'campaign-board-sibling');
    } finally {
      await browser.close();
    }
  });
});

describe('plan evaluation and revision', () => {
  let county;
  let v1Url;
  const TITLE = `潍城区防汛抗旱应急预案-${suffix}`;

  after(async () => {
    await county?.browser.close();
  });

  test('a county evaluates an issued plan', { timeout: TEST_TIMEOUT_MS }, async () => {
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
    await choose(p, '编制单位');
    const created = p.waitForResponse((r) => isApi(r, '/api/v1/plans', 'POST'));
    await modalOk(p);
    assert.equal((await created).status(), 201);
    await p.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    v1Url = p.url();
    await detailLoaded(p, 'plan-status', '编制中');
    await issue(p, `${DOC_NUMBER}-1`);
    assert.match(await p.getByTestId('plan-meta').innerText(), /下次评估期限/);

    await p.getByTestId('plan-evaluate').click();
    await pickToday(p);
    await p.locator('.ant-modal').getByText('需要修订').click();
    await p.getByLabel('评估发现').fill(`防汛物资储备点调整-${suffix}`);
    const evaluated = p.waitForResponse((r) => r.url().endsWith('/evaluations') && r.request().method() === 'POST');
    await modalOk(p);
    const response = await evaluated;
    assert.equal(response.status(), 200, await response.text());
    await p.locator('.ant-modal').waitFor({ state: 'detached' });
    await p.getByTestId('plan-evaluations').getByText(`防汛物资储备点调整-${suffix}`).waitFor();
    // a conclusion other than 继续适用 is itself a revision trigger
    await p.getByTestId('plan-triggers').getByText('待修订').waitFor();
    await screenshot(p, 'plan-evaluated');
  });

  test('revises it: version 2 links to version 1, which is 已被修订 once version 2 is issued', { timeout: TEST_TIMEOUT_MS }, async () => {
    const p = county.page;
    await p.getByTestId('plan-revise').click();
    const revised = p.waitForResponse((r) => r.url().endsWith('/revise'));
    await modalOk(p);
    const response = await revised;
    assert.equal(response.status(), 201, await response.text());
    const v2 = await response.json();
    assert.equal(v2.versionNo, 2);
    await p.waitForURL(`${APP_URL}/plans/${v2.id}`);
    await detailLoaded(p, 'plan-status', '编制中');
    assert.match(await p.getByTestId('plan-meta').innerText(), /第 2 版/);
    const previous = p.getByTestId('plan-meta').getByRole('link', { name: '第 1 版' });
    await previous.waitFor();
    await p.getByTestId('plan-versions').getByRole('link', { name: '第 1 版' }).waitFor();
    await screenshot(p, 'plan-revision-draft');

    await issue(p, `${DOC_NUMBER}-2`);
    await p.getByTestId('plan-triggers').getByText('已修订').waitFor();
    await p.getByTestId('plan-versions').getByRole('link', { name: '第 1 版' }).click();
    await p.waitForURL(v1Url);
    await detailLoaded(p, 'plan-status', '已被修订');
    assert.equal(await p.getByTestId('plan-actions').getByRole('button').count(), 0);
    await screenshot(p, 'plan-superseded');
  });
});

describe('templates published down (模板与指南)', () => {
  const TEMPLATE = `潍坊市专项应急预案模板-${suffix}`;

  test('the city publishes a template and 潍城区 starts a plan from it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await launch();
    try {
      const p = city.page;
      await login(p, 'wf-city');
      await openMenu(p, '模板与指南', '/templates');
      await p.getByRole('button', { name: /^plus 新\s*建$/ }).click();
      await p.getByLabel('标题').fill(TEMPLATE);
      await choose(p, '预案类别', '专项应急预案');
      await p.getByLabel('正文').fill('一、总则\n二、组织指挥体系\n三、预警与响应');
      const created = p.waitForResponse((r) => isApi(r, '/api/v1/plan-templates', 'POST'));
      await modalOk(p);
      assert.equal((await created).status(), 201);
      const row = p.getByTestId('templates').locator('.ant-table-row', { hasText: suffix });
      await row.getByText('草稿').waitFor();
      await row.getByRole('button', { name: /发\s*布/ }).click();
      const published = p.waitForResponse((r) => r.url().endsWith('/publish'));
      await confirmOk(p);
      assert.equal((await published).status(), 200);
      await row.getByText('已发布').waitFor();
    } finally {
      await city.browser.close();
    }

    const county = await launch();
    try {
      const p = county.page;
      await login(p, 'wc-county');
      await openMenu(p, '模板与指南', '/templates');
      const row = p.getByTestId('templates').locator('.ant-table-row', { hasText: suffix });
      assert.match(await row.innerText(), /潍坊市/);
      assert.equal(await row.getByRole('button', { name: /编\s*辑/ }).count(), 0);
      await row.getByRole('button', { name: /从模板新建预案/ }).click();
      await p.getByLabel('预案名称').fill(`潍城区专项应急预案-${suffix}`);
      await choose(p, '编制单位');
      const created = p.waitForResponse((r) => isApi(r, '/api/v1/plans/from-template', 'POST'));
      await modalOk(p);
      const response = await created;
      assert.equal(response.status(), 201, await response.text());
      await p.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
      await detailLoaded(p, 'plan-status', '编制中');
      await p.getByTestId('plan-summary').getByText(/组织指挥体系/).waitFor();
      await screenshot(p, 'plan-from-template');
    } finally {
      await county.browser.close();
    }
  });
});
