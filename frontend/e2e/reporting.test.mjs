// 统一接报 and 信息报送 (issue 14 acceptance, first half): a township's 信息员 reports to 潍城区's duty office and the
// report appears on its console live; the county opens an event from it and sends its 初报 within 潍坊市's 20-minute
// clock, which reaches 潍坊市's console live and is read there (the county sees who read it); the city's leader
// writes a 批示 to the county, which answers it; 寒亭区 opens an event
// that happened 70 minutes ago, its 初报 is 迟报, and 潍坊市's 合规看板 counts one more 迟报 for 寒亭区. After the
// event: 潍城区 sends its 终报, writes the 总结评估 with a 整改措施, closes the event and makes it a draft case. A
// numbered 信息快报 of 潍坊市 with its leader's 批示, answered by 潍城区; a 瞒报 of 寒亭区 recorded after 核查; 潍坊市's
// response to its 较大 fire and a 工作组 it sets up; an item 潍城区 forwards to 潍坊市 (分级流转); the console by keyboard.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  APP_URL,
  assertAppReachable,
  choose,
  confirmOk,
  isoDate,
  modalOk,
  openMenu,
  screenshot,
  settled,
  signedInSessions,
  typeDate,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 120_000;
const suffix = Math.random().toString(36).slice(2, 7);

before(assertAppReachable);

const { signedIn, closeAll } = signedInSessions();
after(closeAll);

/** Fills the text field of the open modal's form item with this label. */
async function fill(page, label, value) {
  await page.locator('.ant-modal .ant-form-item', { hasText: label }).locator('input, textarea').first().fill(String(value));
}

/** Fills a field of the page's report form. */
async function fillReport(page, label, value) {
  await page.getByTestId('report-form').locator('.ant-form-item', { hasText: label }).locator('input, textarea').first().fill(value);
}

/** A local date-time as the pickers take it: YYYY-MM-DD HH:mm. */
function localMinute(minutesAgo) {
  const d = new Date(Date.now() - minutesAgo * 60_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 立为事件 on the console's item with this text: the event dialog, then the event's page. */
async function openEvent(page, itemText, title) {
  const item = page.getByTestId('intake-item').filter({ hasText: itemText });
  await item.getByRole('button', { name: '立为事件' }).click();
  await page.getByTestId('event-form').waitFor();
  await fill(page, '事件名称', title);
  await choose(page, '事件类型', '危险化学品');
  await modalOk(page);
  await page.waitForURL(/\/events\/[0-9a-f-]{36}(\?report=1)?$/);
  await page.getByTestId('event-card').filter({ hasText: title }).waitFor();
}

/** Sends the office's report from the event page: its 初报, or once that is sent, a 续报 or the 终报. */
async function sendReport(page, content, stage = '初报') {
  if (stage !== '初报') {
    await page.getByTestId('report-form').locator('.ant-form-item', { hasText: '报告类别' }).locator('.ant-select-selector').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${stage}"]`).click();
  }
  await fillReport(page, '报告内容', content);
  await fillReport(page, '主要负责人', '刘建国');
  await fillReport(page, '分管负责人', '张敏');
  await fillReport(page, '值班编报人', '王强');
  await page.getByTestId('send-report').click();
  await page.getByText(`${stage}已报送`).waitFor();
}

/** 接报登记 on the office's console (事发 now), the item then waiting on the console. */
async function registerIntake(page, content, place) {
  await openMenu(page, '信息接报', '/duty/console');
  await page.getByTestId('register-intake').click();
  await fill(page, '报告人（单位）', '街道办事处');
  await fill(page, '报告内容', content);
  await fill(page, '事发地点', place);
  await fill(page, '经度', '119.10');
  await fill(page, '纬度', '36.71');
  await modalOk(page);
  await page.getByTestId('intake-item').filter({ hasText: content }).waitFor();
}

describe('信息报送: 于河街道 → 潍城区 → 潍坊市', () => {
  test('a township report reaches the county console live, its 初报 in time reaches the city live and is read', { timeout: TEST_TIMEOUT_MS }, async () => {
    const county = await signedIn('wc-county');
    await openMenu(county, '信息接报', '/duty/console');
    await county.getByTestId('console-intake').waitFor();
    const city = await signedIn('wf-city');
    await openMenu(city, '信息接报', '/duty/console');
    await city.getByTestId('console-reports').waitFor();
    await settled(county);
    await settled(city);

    // the township's 信息员: 信息上报 is all its menu offers of the office's work
    const informant = await signedIn('wc-informant');
    await openMenu(informant, '信息上报', '/intake/new');
    await informant.getByTestId('new-intake').click();
    const content = `于河街道化工产业园储罐泄漏，有刺鼻气味 ${suffix}`;
    await fill(informant, '报告人（单位）', '于河街道办事处');
    await fill(informant, '报告内容', content);
    await fill(informant, '事发地点', '潍城区于河街道化工产业园');
    await fill(informant, '经度', '119.063');
    await fill(informant, '纬度', '36.681');
    await modalOk(informant);
    await informant.getByText('已上报，值班室已收到').waitFor();
    await informant.getByTestId('my-intake').filter({ hasText: content }).getByText('待研判').waitFor();
    await screenshot(informant, 'reporting-informant');

    // 潍城区's console shows it without a reload: the notification stream refreshed it
    const item = county.getByTestId('intake-item').filter({ hasText: content });
    await item.waitFor();
    assert.match(await item.innerText(), /乡镇（街道）报告[\s\S]*系统报送[\s\S]*于河街道办事处[\s\S]*接报人：陈刚/);
    await screenshot(county, 'reporting-county-console');

    const title = `于河街道储罐泄漏事件 ${suffix}`;
    await openEvent(county, content, title);
    // 潍坊市's policy: 电话初报 within 20 minutes, 书面报告 within 40, counting down
    const clocks = await county.getByTestId('event-clocks').innerText();
    assert.match(clocks, /电话初报 剩余 (1\d|20) 分钟/);
    assert.match(clocks, /书面报告 剩余 (3\d|40) 分钟/);
    await sendReport(county, '泄漏已得到控制，正在疏散周边群众，暂无人员伤亡。');
    const sent = county.getByTestId('timeline-report').filter({ hasText: '潍城区初报' });
    await sent.getByText('按时').waitFor();
    await sent.getByText('上级尚未阅读').waitFor();

    // 潍坊市's console: the county's 初报 arrives live; the city reads it
    const report = city.getByTestId('console-report').filter({ hasText: title });
    await report.getByText('潍城区初报').waitFor();
    await screenshot(city, 'reporting-city-console');
    await report.getByRole('button', { name: '标为已读' }).click();
    await report.getByText('已读').waitFor();

    // …and the county sees who read it
    await county.reload();
    await county
      .getByTestId('timeline-report')
      .filter({ hasText: '潍城区初报' })
      .getByText('已读：潍坊市李娜')
      .waitFor();
    await screenshot(county, 'reporting-event');

    // 领导批示: the city's leader instructs 潍城区 on its event; 潍城区 feeds back within the day
    await report.getByRole('link', { name: '潍城区初报' }).click();
    await city.getByTestId('event-card').filter({ hasText: title }).waitFor();
    await city.getByTestId('add-instruction').click();
    await fill(city, '批示领导', '王海涛');
    await fill(city, '领导职务', '副市长');
    await fill(city, '批示内容', '请潍城区密切关注事态发展，做好群众疏散安置，及时续报。');
    await modalOk(city);
    await city.getByText('批示已录入，已送达批示对象').waitFor();
    await city.getByTestId('instruction').getByText('尚未反馈').waitFor();

    await county.reload();
    const instruction = county.getByTestId('instruction').filter({ hasText: '潍坊市王海涛（副市长）批示' });
    await instruction.waitFor();
    await instruction.getByTestId('answer-instruction').click();
    await fill(county, '落实情况', '已疏散周边群众 126 人，设置警戒区，环境监测正常。');
    await modalOk(county);
    await county.getByText('落实情况已反馈').waitFor();
    await instruction.getByTestId('addressee').getByText('按时办结').waitFor();

    await city.reload();
    await city.getByTestId('feedback').filter({ hasText: '王强：已疏散周边群众 126 人' }).waitFor();
    await screenshot(city, 'reporting-instruction');
  });

  test('a county reporting past its clock shows 迟报 on the city’s dashboard', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await signedIn('wf-city');
    await city.goto(`${APP_URL}/compliance/370700`);
    const lateCell = city.getByTestId('timeliness-370703-late');
    await lateCell.waitFor();
    await settled(city);
    const lateBefore = Number(await lateCell.innerText());

    const county = await signedIn('ht-county');
    await openMenu(county, '信息接报', '/duty/console');
    await county.getByTestId('register-intake').click();
    const content = `开元街道民主街路口路面塌陷 ${suffix}`;
    await fill(county, '报告人（单位）', '开元街道办事处');
    await fill(county, '报告内容', content);
    const occurred = county.locator('.ant-modal .ant-form-item', { hasText: '事发时间' }).locator('.ant-picker input');
    await occurred.click();
    await occurred.fill(localMinute(70));
    await occurred.press('Enter');
    await county.locator('.ant-picker-dropdown:visible').waitFor({ state: 'detached' }).catch(() => undefined);
    await fill(county, '事发地点', '寒亭区开元街道民主街与通亭街路口');
    await fill(county, '经度', '119.218');
    await fill(county, '纬度', '36.775');
    await modalOk(county);
    await county.getByTestId('intake-item').filter({ hasText: content }).waitFor();

    const title = `开元街道道路塌陷 ${suffix}`;
    await openEvent(county, content, title);
    assert.match(await county.getByTestId('event-clocks').innerText(), /电话初报 已超时 (4\d|5\d) 分钟/);
    await sendReport(county, '路面塌陷约6平方米，一辆轿车陷落，驾驶员轻伤送医。');
    await county.getByTestId('timeline-report').filter({ hasText: '寒亭区初报' }).getByText('迟报').waitFor();

    await city.reload();
    await lateCell.waitFor();
    await settled(city);
    assert.equal(Number(await lateCell.innerText()), lateBefore + 1);
    await screenshot(city, 'reporting-dashboard-late');
  });

  test('after its 终报 and 总结评估 the county closes the event, which becomes a draft case', { timeout: TEST_TIMEOUT_MS }, async () => {
    const county = await signedIn('wc-county');
    const content = `北关街道商铺燃气泄漏 ${suffix}`;
    await registerIntake(county, content, '潍城区北关街道胜利街');
    const title = `北关街道燃气泄漏 ${suffix}`;
    await openEvent(county, content, title);
    await sendReport(county, '已关阀断气，疏散商户 12 家，无人员伤亡。');
    await sendReport(county, '泄漏点已修复，现场恢复正常，应急处置结束。', '终报');

    // closing waits for the evaluation; it is written on the event's page
    const closing = county.getByTestId('closing-card');
    await closing.getByTestId('closing-missing').getByText('结案前须：尚未完成总结评估').waitFor();
    await closing.locator('.ant-form-item', { hasText: '处置过程评估' }).locator('textarea').fill('接报后 15 分钟到场关阀，1 小时内完成疏散与修复。');
    await closing.locator('.ant-form-item', { hasText: '存在问题' }).locator('textarea').fill('部分商铺未安装燃气报警器。');
    await closing.getByRole('button', { name: '保存总结评估' }).click();
    await county.getByText('已保存总结评估').waitFor();

    // its corrective action: a unit of the office, by a day, owed from now on
    await closing.getByRole('button', { name: '新增整改措施' }).click();
    await fill(county, '整改内容', '督促沿街商铺加装燃气泄漏报警器');
    await choose(county, '责任单位');
    await typeDate(county, '整改期限', isoDate(30));
    await modalOk(county);
    await county.getByText('已添加整改措施').waitFor();
    await closing.getByTestId('action-table').getByText('督促沿街商铺加装燃气泄漏报警器').waitFor();

    await closing.getByTestId('close-event').click();
    await confirmOk(county);
    await county.getByText('事件已结案').waitFor();
    await county.getByTestId('event-card').getByText('已结案').waitFor();
    await closing.getByTestId('closed-by').getByText(/王强 于/).waitFor();
    await screenshot(county, 'reporting-closed-event');

    // one step to the case library: a draft with the event's timeline and its corrective action
    await closing.getByTestId('event-to-case').click();
    await confirmOk(county);
    await county.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await county.getByTestId('case-title').getByText(title).waitFor();
    await county.getByTestId('case-status').getByText('草稿').waitFor();
    const timeline = county.getByTestId('case-timeline');
    await timeline.getByText(/潍城区终报（书面）/).waitFor();
    await timeline.getByText('结案（王强）').waitFor();
    await county.getByText('督促沿街商铺加装燃气泄漏报警器').first().waitFor();
    await screenshot(county, 'reporting-event-case');
  });

  test('潍坊市 compiles a numbered 信息快报 from 潍城区’s event and sends it to 潍城区, which reads it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await signedIn('wf-city');
    // the demo's event by its fixed id (infra/demo/events.sql: md5 of its key); the events list shows the newest 200,
    // and the suite's integration tests leave newer ones
    const hex = createHash('md5').update('yingji-demo:event:wc-leak').digest('hex');
    const demoEvent = hex.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    await city.goto(`${APP_URL}/events/${demoEvent}`);
    await city.getByTestId('event-card').getByText('于河街道化工企业储罐泄漏', { exact: true }).waitFor();
    await city.getByTestId('compose-bulletin').click();
    const form = city.getByTestId('bulletin-form');
    await form.waitFor();
    // compiled from the reports the city reads: the county's 初报 among them
    assert.match(await form.locator('textarea').first().inputValue(), /潍城区初报（/);
    const title = `于河街道储罐泄漏处置情况 ${suffix}`;
    await fill(city, '标题', title);
    await fill(city, '呈送领导', '王海涛副市长');
    await fill(city, '签发', '孙晓东');
    await modalOk(city);
    await city.waitForURL(/\/info-bulletins\/[0-9a-f-]{36}$/);
    const issue = await city.getByTestId('bulletin-issue').innerText();
    assert.match(issue, /《信息快报》\d{4}年第\d+期/);
    await city.getByTestId('info-bulletin').getByText('潍城区').first().waitFor();
    await screenshot(city, 'reporting-bulletin');

    // the city's leader writes a 批示 on the bulletin to 潍城区
    await city.getByTestId('add-instruction').click();
    await fill(city, '批示领导', '王海涛');
    await fill(city, '领导职务', '副市长');
    await fill(city, '批示内容', `阅。请潍城区妥善安置疏散群众 ${suffix}`);
    await modalOk(city);
    await city.getByText('批示已录入，已送达批示对象').waitFor();

    // 潍城区, named, finds it among its bulletins
    const county = await signedIn('wc-county');
    await openMenu(county, '信息快报', '/info-bulletins');
    await county.getByTestId('info-bulletins').getByRole('link', { name: title }).click();
    await county.getByTestId('bulletin-issue').getByText(issue.split(' ')[0]).waitFor();
    // …reads the 批示 on it and answers
    const instruction = county.getByTestId('instruction').filter({ hasText: `妥善安置疏散群众 ${suffix}` });
    await instruction.getByTestId('answer-instruction').click();
    await fill(county, '落实情况', '疏散群众已全部返回，企业储罐阀门已更换。');
    await modalOk(county);
    await instruction.getByTestId('feedback').getByText(/疏散群众已全部返回/).waitFor();
    await screenshot(county, 'reporting-bulletin-instruction');
  });

  test('潍坊市 records a 瞒报 of 寒亭区 after 核查; 寒亭区 reads it and the dashboard counts it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await signedIn('wf-city');
    await city.goto(`${APP_URL}/compliance/370700`);
    const concealedCell = city.getByTestId('timeliness-370703-concealed');
    await concealedCell.waitFor();
    await settled(city);
    const before = Number(await concealedCell.innerText());

    // the demo's fire 潍坊市 heard of from 12350 at 寒亭区: the check's 疑似漏报 is on its page
    const hex = createHash('md5').update('yingji-demo:event:wf-hotline-fire').digest('hex');
    const fire = hex.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    await city.goto(`${APP_URL}/events/${fire}`);
    await city.getByTestId('event-card').getByText('寒亭区固堤街道厂房火灾', { exact: true }).waitFor();
    const findings = city.getByTestId('findings');
    await findings.getByTestId('finding').filter({ hasText: '漏报' }).filter({ hasText: '寒亭区' }).first().waitFor();

    await findings.getByTestId('record-finding').click();
    await city.getByTestId('finding-form').waitFor();
    await city.locator('.ant-modal').getByText('瞒报', { exact: true }).click();
    const basis = `经核查，寒亭区已知悉该起火灾而未报告 ${suffix}`;
    await fill(city, '认定依据', basis);
    await modalOk(city);
    await city.getByText('报送问题已记录，已告知该地区').waitFor();
    await findings.getByTestId('finding').filter({ hasText: basis }).getByText('已认定').waitFor();
    await screenshot(city, 'reporting-findings');

    // 寒亭区 reads it under 报送核查 (about itself)
    const county = await signedIn('ht-county');
    await openMenu(county, '报送核查', '/report-findings');
    await county.getByText('针对本级', { exact: true }).click();
    await county.waitForURL(/scope=about/);
    await county.getByTestId('report-findings').getByTestId('finding').filter({ hasText: basis }).waitFor();

    await city.goto(`${APP_URL}/compliance/370700`);
    await concealedCell.waitFor();
    await settled(city);
    assert.equal(Number(await concealedCell.innerText()), before + 1);
  });

  test('潍坊市 leads its 较大 fire: its Ⅱ级 response with the plan activated, and a new 工作组', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await signedIn('wf-city');
    const hex = createHash('md5').update('yingji-demo:event:wf-fire').digest('hex');
    await city.goto(`${APP_URL}/events/${hex.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}`);
    const card = city.getByTestId('response-card');
    await card.getByText('按事件级别由市级牵头处置').waitFor();
    await card.getByTestId('response-in-force').getByText('本级响应：Ⅱ级').waitFor();
    await card.getByRole('link', { name: '启动《潍坊市危险化学品事故应急预案》' }).waitFor();

    await card.getByTestId('add-command').click();
    await city.getByTestId('command-form').waitFor();
    await choose(city, '机构类型', '工作组');
    await fill(city, '机构名称', `医疗救治组 ${suffix}`);
    await fill(city, '负责人', '陈静');
    await fill(city, '职务', '市卫生健康委副主任');
    await modalOk(city);
    await city.getByText('指挥机构已设立').waitFor();
    await card.getByTestId('command').filter({ hasText: '陈静（市卫生健康委副主任）' }).first().waitFor();
    await screenshot(city, 'reporting-response');
  });

  test('潍城区 forwards an item to 潍坊市 (分级流转), which finds it on its console live', { timeout: TEST_TIMEOUT_MS }, async () => {
    const city = await signedIn('wf-city');
    await openMenu(city, '信息接报', '/duty/console');
    await city.getByTestId('console-intake').waitFor();

    const county = await signedIn('wc-county');
    const content = `两区交界处厂房起火 ${suffix}`;
    await registerIntake(county, content, '潍城区与寒亭区交界处');
    const item = county.getByTestId('intake-item').filter({ hasText: content });
    await item.getByTestId('forward-to').click();
    await county.locator('.ant-select-dropdown:visible .ant-select-item-option[title="上级：潍坊市"]').click();
    await item.getByTestId('forward').click();
    await county.getByText('已转办潍坊市').waitFor();
    await item.waitFor({ state: 'detached' });

    // no reload: the notification stream brings it
    const arrived = city.getByTestId('intake-item').filter({ hasText: content });
    await arrived.getByText('潍城区转办').waitFor();
    await arrived.getByText('下级报告').waitFor();
  });

  test('from the console by keyboard: Enter opens the item as an event, the 初报 waits with the cursor in it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const county = await signedIn('wc-county');
    const content = `北关街道一处仓库冒烟 ${suffix}`;
    await registerIntake(county, content, '潍城区北关街道');
    // the newest item is selected; Enter opens it
    const item = county.getByTestId('intake-item').filter({ hasText: content });
    await item.click();
    assert.equal(await item.getAttribute('aria-selected'), 'true');
    await county.keyboard.press('Enter');
    await county.getByTestId('event-form').waitFor();
    await fill(county, '事件名称', `北关街道仓库冒烟 ${suffix}`);
    await choose(county, '事件类型', '火灾');
    await modalOk(county);
    await county.waitForURL(/\/events\/[0-9a-f-]{36}\?report=1$/);
    const text = county.getByTestId('report-form').locator('textarea').first();
    await text.waitFor();
    // the cursor is in it (autofocus), so the officer just types
    await county.waitForFunction((el) => el === el.ownerDocument.activeElement, await text.elementHandle());
    await county.keyboard.type('仓库电线短路冒烟，已断电，无人员伤亡。');
    assert.equal(await text.inputValue(), '仓库电线短路冒烟，已断电，无人员伤亡。');
  });
});
