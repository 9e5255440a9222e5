// 专家库 and 专家调用: a county officer looks for experts to review a plan of its own unit. The province's
// expert with a matching specialty is offered; an expert affiliated with the plan's owning unit never is.
// The county requests the province expert, and the province (the expert's registering office) accepts.
// The data the test needs is made through the API with the demo users' tokens (password grant of the
// test client, as the integration tests do).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { APP_URL, PASSWORD, assertAppReachable, isApi, launch, login, openMenu, screenshot } from './browser.mjs';

const TEST_TIMEOUT_MS = 60_000;
const suffix = randomBytes(4).toString('hex');
const PROVINCE_EXPERT = `省级专家${suffix}`;
const CONFLICTED_EXPERT = `本单位专家${suffix}`;
const PLAN_TITLE = `危险化学品事故专项应急预案-${suffix}`;

before(assertAppReachable);

async function token(username) {
  const config = await (await fetch(`${APP_URL}/api/v1/public/config`)).json();
  const response = await fetch(`${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'yingji-cli', username, password: PASSWORD }),
  });
  assert.equal(response.status, 200, `token for ${username}`);
  return (await response.json()).access_token;
}

async function api(username, method, path, body) {
  const response = await fetch(`${APP_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await token(username)}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${path} as ${username}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const phone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('experts for a plan review', () => {
  /** The county that compiles the plan: 潍城区 when it has an organization unit, else 寒亭区 (also tenant admin). */
  let county = 'wc-county';
  let unit;
  let plan;
  let session;

  before(async () => {
    let units = await api(county, 'GET', '/api/v1/org-units');
    if (units.length === 0) {
      county = 'ht-county';
      units = await api(county, 'GET', '/api/v1/org-units');
      if (units.length === 0) {
        units = [await api(county, 'POST', '/api/v1/org-units', { kind: 'department', name: `寒亭区应急管理局-${suffix}` })];
      }
    }
    unit = units[0];
    plan = await api(county, 'POST', '/api/v1/plans', {
      title: PLAN_TITLE,
      category: 'special',
      ownerUnitId: unit.id,
      eventTypes: ['危险化学品'],
    });
    await api('sd-province', 'POST', '/api/v1/experts', {
      name: PROVINCE_EXPERT,
      organization: '山东省化工研究院',
      title: '正高级工程师',
      specialties: ['危险化学品', '生产安全事故'],
      level: 'province',
      phone: phone(),
    });
    await api(county, 'POST', '/api/v1/experts', {
      name: CONFLICTED_EXPERT,
      organization: '某化工企业',
      specialties: ['危险化学品'],
      level: 'county',
      phone: phone(),
      affiliationUnitId: unit.id,
    });
  });

  after(async () => {
    await session?.browser.close();
  });

  test('the county is offered the province expert, never one of the plan’s own unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    session = await launch();
    const { page } = session;
    await login(page, county);
    await openMenu(page, '专家调用', '/expert-invocations');
    const finder = page.getByTestId('candidate-finder');
    await finder.locator('.ant-select-selector').click();
    await page.keyboard.type(suffix);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${PLAN_TITLE}"]`).click();
    const offered = page.waitForResponse((r) => isApi(r, `/api/v1/plans/${plan.id}/expert-candidates`));
    await finder.getByRole('button', { name: /推荐专家/ }).click();
    assert.equal((await offered).status(), 200);
    const candidates = page.getByTestId('candidates');
    // the experts made above reach the index within a moment: ask again until the province expert is there
    for (let attempt = 0; attempt < 30; attempt++) {
      if ((await candidates.getByText(PROVINCE_EXPERT, { exact: true }).count()) > 0) {
        break;
      }
      const again = page.waitForResponse((r) => isApi(r, `/api/v1/plans/${plan.id}/expert-candidates`));
      await finder.getByRole('button', { name: /刷\s*新/ }).click();
      await again;
      await page.waitForTimeout(500);
    }
    const row = candidates.locator('tr', { hasText: PROVINCE_EXPERT });
    await row.waitFor();
    assert.match(await row.innerText(), /山东省/);
    assert.equal(await candidates.getByText(CONFLICTED_EXPERT).count(), 0, 'an expert of the owning unit is never offered');
    await screenshot(page, 'expert-candidates');

    await row.getByRole('button', { name: /申请调用/ }).click();
    await page.getByLabel('调用事项').fill(`评审《${PLAN_TITLE}》`);
    const requested = page.waitForResponse((r) => isApi(r, '/api/v1/expert-invocations', 'POST'));
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    assert.equal((await requested).status(), 201);
    await page.getByTestId('invocations-requested').locator('tr', { hasText: PROVINCE_EXPERT }).getByText('待应答').waitFor();
  });

  test('the province, the expert’s registering office, accepts the request', { timeout: TEST_TIMEOUT_MS }, async () => {
    await session?.browser.close();
    session = await launch();
    const { page } = session;
    await login(page, 'sd-province');
    await openMenu(page, '专家调用', '/expert-invocations');
    await page.getByRole('tab', { name: '待本单位应答' }).click();
    const row = page.getByTestId('invocations-addressed').locator('tr', { hasText: PROVINCE_EXPERT });
    await row.getByRole('button', { name: /接\s*受/ }).click();
    const accepted = page.waitForResponse((r) => r.url().endsWith('/accept') && r.request().method() === 'POST');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    assert.equal((await accepted).status(), 200);
    await row.getByText('已接受').waitFor();
    await screenshot(page, 'expert-invocation-accepted');
  });

  test('the pool shows the phone to an official and hides it from an expert', { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const [user, phoneShown] of [
      [county, true],
      ['expert-demo', false],
    ]) {
      await session?.browser.close();
      session = await launch();
      const { page } = session;
      await login(page, user);
      await openMenu(page, '专家库', '/experts');
      const searched = page.waitForResponse((r) => isApi(r, '/api/v1/experts/search') && r.url().includes(suffix));
      await page.getByTestId('expert-search').fill(PROVINCE_EXPERT);
      await page.getByTestId('expert-search').press('Enter');
      await searched;
      await page.getByTestId('experts').getByText(PROVINCE_EXPERT, { exact: true }).click();
      const phone = page.getByTestId('expert-phone');
      await phone.waitFor();
      if (phoneShown) {
        assert.match(await phone.innerText(), /^1[3-9]\d{9}$/);
      } else {
        assert.equal(await phone.innerText(), '仅专家管理与调用人员可见');
      }
      await screenshot(page, `expert-detail-${user}`);
    }
  });
});

// 我的邀请: the demo expert 孙立 (expert-demo, linked to his record by 山东省; infra/demo/expert-account.sql) is invited
// by 潍坊市, sees the invitation in his own menu, accepts it and records his work; his menu offers no office pages.
describe('the expert answers his own invitation', () => {
  const SUBJECT = `防汛应急预案咨询-${suffix}`;
  let session;

  before(async () => {
    const pool = await api('sd-province', 'GET', '/api/v1/experts?tenantCode=370000&size=100');
    const linked = pool.items.find((e) => e.accountLinked);
    assert.ok(linked, 'the demo expert is linked to an account (infra/demo/expert-account.sql)');
    await api('wf-city', 'POST', '/api/v1/expert-invocations', {
      expertId: linked.id,
      purpose: 'consultation',
      subject: SUBJECT,
    });
  });

  after(async () => {
    await session?.browser.close();
  });

  test('expert-demo sees the invitation, accepts it and records his work', { timeout: TEST_TIMEOUT_MS }, async () => {
    session = await launch();
    const { page } = session;
    await login(page, 'expert-demo');
    for (const office of ['预案管理', '应急演练', '编修专项行动', '模板与指南']) {
      assert.equal(await page.getByRole('menuitem', { name: office }).count(), 0, `${office} is not in an expert's menu`);
    }
    await openMenu(page, '我的邀请', '/expert-invocations');
    const row = page.getByTestId('invocations-addressed').locator('tr', { hasText: SUBJECT });
    await row.getByText('待应答').waitFor();
    assert.match(await row.innerText(), /潍坊市/);

    await row.getByRole('button', { name: /接\s*受/ }).click();
    const accepted = page.waitForResponse((r) => r.url().endsWith('/accept') && r.request().method() === 'POST');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    assert.equal((await accepted).status(), 200);
    await row.getByText('已接受').waitFor();

    await row.getByRole('button', { name: /工作记录/ }).click();
    await page.locator('.ant-modal textarea').fill('审阅预案文本，提出修改意见三条。');
    const recorded = page.waitForResponse((r) => r.url().endsWith('/work-record') && r.request().method() === 'POST');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    assert.equal((await recorded).status(), 200);
    await row.getByText('已完成').waitFor();
    await screenshot(page, 'expert-own-invitation-completed');
  });
});
