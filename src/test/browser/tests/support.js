// Shared set-up of the browser tests: Debian's Chromium, headless, driven by playwright-core.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const baseUrl = (process.env.IOTDA_BASE_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');

export const screenshotDir = resolve(process.env.SCREENSHOT_DIR
    || new URL('../../../../target/browser-screenshots', import.meta.url).pathname);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // As root in a container-like sandbox, with no network but loopback: no sandbox, no GPU, and no
    // background connections (they would be refused, many at a time).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * One browser for the calling test file: launched before its first test and closed after its last.
 * Returns a function that opens a page of the given viewport size in it.
 */
export function browserForThisFile() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return (width, height) => browser.newPage({ viewport: { width, height } });
}

export async function screenshot(page, name, fullPage = false) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, name + '.png');
  await page.screenshot({ path, fullPage });
  return path;
}

/** Calls the emulator's API directly, as a test fixture would. */
export async function api(method, path, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
