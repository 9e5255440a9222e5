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
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return { browser, page: await context.newPage() };
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
