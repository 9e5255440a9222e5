// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, against a running
// platform (the app on YINGJI_APP_URL, Keycloak behind it).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const APP_URL = (process.env.YINGJI_APP_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const PASSWORD = 'demo123';
/** Per step; every test stays well under 30 s when the platform is up. */
export const STEP_TIMEOUT_MS = 10_000;

const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../target/e2e-screenshots');

/** Fails fast, with a clear message, when the app is not reachable. */
export async function assertAppReachable() {
  const url = `${APP_URL}/api/v1/public/config`;
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw new Error(
      `Yingji app not reachable at ${url} (${error.cause?.code ?? error.message}); start the platform or set YINGJI_APP_URL`,
      { cause: error },
    );
  }
  if (!response.ok) {
    throw new Error(`Yingji app at ${url} answered ${response.status}`);
  }
}

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: STEP_TIMEOUT_MS,
  });
  // Reduced motion turns antd's animations off (App.tsx): a click on a dialog button while the dialog still
  // zooms in can land beside the button, and the action silently never happens.
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  // every page of the context (a second tab too) knows its requests in flight (settled)
  context.on('page', trackRequests);
  const page = await context.newPage();
  reportTrouble(page);
  return { browser, page };
}

/** The live notification stream stays open while the app is: it never counts as a request in flight. */
const LIVE_STREAM = '/api/v1/notifications/stream';
const inFlight = new WeakMap();

function trackRequests(page) {
  const open = new Set();
  inFlight.set(page, open);
  page.on('request', (r) => {
    if (!r.url().includes(LIVE_STREAM)) open.add(r);
  });
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/**
 * Waits until the page has had no request in flight for half a second — Playwright's `networkidle`, except that the
 * live notification stream (always open) does not count.
 */
export async function settled(page) {
  const open = inFlight.get(page);
  let quietSince = Date.now();
  for (const until = Date.now() + STEP_TIMEOUT_MS; Date.now() - quietSince < 500; ) {
    if (Date.now() > until) {
      throw new Error(`requests still in flight: ${[...open].map((r) => r.url()).join(', ')}`);
    }
    if (open.size > 0) {
      quietSince = Date.now();
    }
    await page.waitForTimeout(50);
  }
}

/**
 * Prints what a failing step cannot show: API requests that got no answer, slow answers and server errors,
 * and the page's own errors. The app's access log (`./yingji test`) tells the server's side of the same request.
 */
function reportTrouble(page) {
  const log = (line) => console.error(`# [browser ${new Date().toISOString()}] ${line}`);
  page.on('requestfailed', (r) => log(`no answer: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
  page.on('requestfinished', async (r) => {
    if (!r.url().startsWith(`${APP_URL}/api/`)) return;
    const timing = r.timing();
    const response = await r.response().catch(() => null);
    const took = timing.responseEnd > 0 ? Math.round(timing.responseEnd - timing.requestStart) : -1;
    if (took > 3_000 || (response && response.status() >= 500)) {
      log(`${r.method()} ${r.url()} → ${response?.status()} in ${took} ms`);
    }
  });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
}

/** Opens the app, lands on the real Keycloak login page, and logs in. */
export async function login(page, username) {
  await page.goto(`${APP_URL}/`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(APP_URL));
  await page.getByTestId('tenant').waitFor();
}

/** Browsers signed in as demo users, one per `signedIn`, all closed by `closeAll` (a test file's `after`). */
export function signedInSessions() {
  const browsers = [];
  return {
    async signedIn(username) {
      const session = await launch();
      browsers.push(session.browser);
      await login(session.page, username);
      return session.page;
    },
    closeAll: () => Promise.all(browsers.map((b) => b.close())),
  };
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** antd's Tree keeps a hidden node for measuring; only real ones count. */
export const VISIBLE_TREE_NODE = '.ant-tree-treenode:not([aria-hidden="true"])';

/** The tree node whose title starts with this name (titles read "潍坊市 370700 市级"). */
export function treeNode(page, name) {
  return page.locator(VISIBLE_TREE_NODE).filter({ has: page.locator('.ant-tree-title', { hasText: name }) });
}

/** Opens a tree node and waits for antd's expand animation to end (clicks during it get lost). */
export async function expand(page, name) {
  const node = treeNode(page, name);
  await node.locator('.ant-tree-switcher').click();
  await node.locator('.ant-tree-switcher_open').waitFor();
  await page.locator('.ant-tree-treenode-motion').waitFor({ state: 'detached' });
}

/** Whether a response answers this API path (without query) and method. */
export const isApi = (response, pathname, method = 'GET') =>
  new URL(response.url()).pathname === pathname && response.request().method() === method;

/** Opens a page from the side menu. */
export async function openMenu(page, name, path) {
  await page.getByRole('menuitem', { name }).click();
  await page.waitForURL(`${APP_URL}${path}`);
}

/** Picks an option of an antd Select inside the open modal's form item with this label (the first without one). */
export async function choose(page, label, option) {
  await page.locator('.ant-modal .ant-form-item', { hasText: label }).locator('.ant-select-selector').click();
  const item = option
    ? page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    : page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await item.click();
}

/** Closes an open multi-select by clicking the modal's title (Escape would close the modal). */
export async function closeDropdown(page) {
  await page.locator('.ant-modal-title').click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
}

/** Types a date into the antd DatePicker of the open modal's form item with this label. */
export async function typeDate(page, label, date) {
  const input = page.locator('.ant-modal .ant-form-item', { hasText: label }).locator('.ant-picker input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'detached' }).catch(() => undefined);
}

/** Picks today in the open modal's date picker. */
export async function pickToday(page) {
  await page.locator('.ant-modal .ant-picker').click();
  await page
    .locator('.ant-picker-dropdown:visible .ant-picker-now-btn, .ant-picker-dropdown:visible .ant-picker-today-btn')
    .first()
    .click();
}

/** A detail page has loaded: the status tag with this test id shows this status in a card's title. */
export async function detailLoaded(page, statusTestId, status) {
  await page.locator('.ant-card-head', { hasText: status }).getByTestId(statusTestId).first().waitFor();
  await settled(page);
}

/** A date `days` from today (negative: in the past) as YYYY-MM-DD, the way the date pickers take it. */
export function isoDate(days) {
  const day = new Date(Date.now() + days * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export async function modalOk(page) {
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
}

export async function confirmOk(page) {
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
}
