// 值班值守 and 查岗 (issue 14 acceptance): 寒亭区's roster shows who is on duty now; 潍坊市 spot-checks 寒亭区's duty
// post, the check reaches the browser of the officer on duty live as a dialog only the answer closes, the officer
// answers in time, and 潍坊市's list shows 在岗 without a reload; its 合规看板 rates 寒亭区's answers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { APP_URL, assertAppReachable, isApi, modalOk, openMenu, screenshot, settled, signedInSessions } from './browser.mjs';

const TEST_TIMEOUT_MS = 120_000;

before(assertAppReachable);

const { signedIn, closeAll } = signedInSessions();
after(closeAll);

/** Answers the checks of the office still waiting (an earlier run's): each one's prompt is in the way until then. */
async function answerPending(page) {
  await settled(page);
  for (let i = 0; i < 10 && (await page.getByTestId('spot-check-prompt').isVisible()); i++) {
    await page.getByTestId('answer-spot-check').click();
    await page.getByTestId('answer-spot-check').waitFor({ state: 'detached' }).catch(() => {});
    await settled(page);
  }
}

describe('查岗: 潍坊市 → 寒亭区', () => {
  test('the officer on duty at 寒亭区 receives the check live and answers it in time', { timeout: TEST_TIMEOUT_MS }, async () => {
    // who is on duty now, from 寒亭区's roster (the demo puts 刘洋 or 赵磊 on every day)
    let officer = await signedIn('ht-county');
    await answerPending(officer);
    await openMenu(officer, '值班排班', '/duty/roster');
    await officer.getByTestId('roster').waitFor();
    const onDuty = (await officer.getByTestId('on-duty-now').allTextContents()).join(' ');
    assert.match(onDuty, /刘洋|赵磊/, `寒亭区 has a login on duty: ${onDuty}`);
    assert.ok((await officer.getByTestId('roster-shift').count()) >= 7, 'a week of shifts');
    await screenshot(officer, 'duty-roster');
    if (!onDuty.includes('刘洋')) {
      officer = await signedIn('ht-duty');
      await answerPending(officer);
    }
    await openMenu(officer, '信息接报', '/duty/console');
    await settled(officer);

    const city = await signedIn('wf-city');
    await openMenu(city, '查岗', '/duty/spot-checks');
    await city.getByTestId('spot-checks-issued').waitFor();
    await city.getByTestId('start-spot-check').click();
    await city.getByTestId('spot-check-form').waitFor();
    await city.getByTestId('spot-check-target').click();
    await city.keyboard.type('寒亭');
    await city.locator('.ant-select-dropdown:visible .ant-select-item-option[title="寒亭区"]').click();
    const created = city.waitForResponse((r) => isApi(r, '/api/v1/duty/spot-checks', 'POST'));
    await modalOk(city);
    const checkId = (await (await created).json()).id;
    await city.getByText('已向寒亭区发起查岗').waitFor();

    // the officer's browser: a dialog over the console, counting down, that only the answer closes
    const prompt = officer.getByTestId('spot-check-prompt');
    await prompt.waitFor({ timeout: 10_000 });
    assert.match(await prompt.textContent(), /潍坊市系统点名/);
    assert.match(await officer.getByTestId('spot-check-countdown').textContent(), /剩余 \d+ 秒/);
    await officer.keyboard.press('Escape');
    assert.ok(await prompt.isVisible(), 'Escape does not dismiss a spot check');
    await screenshot(officer, 'duty-spot-check-prompt');
    await officer.getByTestId('answer-spot-check').click();
    await officer.getByText('已应答：在岗').waitFor();
    await prompt.waitFor({ state: 'detached' });

    // 潍坊市 sees the answer arrive: 在岗
    const row = city.getByTestId('spot-checks-issued').locator(`tr[data-row-key="${checkId}"]`);
    await row.getByTestId('spot-check-outcome').filter({ hasText: '在岗' }).waitFor({ timeout: 10_000 });
    assert.match(await row.textContent(), /寒亭区/);
    await screenshot(city, 'duty-spot-checks');

    // 合规看板: the spot checks count in 寒亭区's on-time answer rate (its demo check three days ago went unanswered)
    await city.goto(`${APP_URL}/compliance/370700`);
    const rate = city.getByTestId('timeliness-370703-spotCheck');
    await rate.waitFor();
    await settled(city);
    assert.match(await rate.innerText(), /^\d+\.\d%$/);
    assert.notEqual(await rate.innerText(), '100.0%');
  });
});
