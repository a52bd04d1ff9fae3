// Drives the pairing dashboard in Debian's headless Chromium (never a downloaded browser), for
// DashboardBrowserTest: logs in, opens a user, checks the active pair and a failed action's reason, and
// saves a screenshot. Input from the environment; prints "DASHBOARD OK" on success, exits 1 otherwise.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error('missing environment variable ' + name);
  return value;
};

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const BASE_URL = env('BASE_URL');
const CLIENT_ID = env('CLIENT_ID');
const CLIENT_SECRET = env('CLIENT_SECRET');
const USER_ID = env('USER_ID');
const VEHICLE_ID = env('VEHICLE_ID');
const CHARGER_ID = env('CHARGER_ID');
const FAILED_ACTION_ID = env('FAILED_ACTION_ID');
const FAILURE_DETAIL = env('FAILURE_DETAIL');
const SCREENSHOT = env('SCREENSHOT');
const TIMEOUT = 20000;

function check(condition, message) {
  if (!condition) throw new Error('dashboard check failed: ' + message);
  console.log('ok: ' + message);
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'evpair-dashboard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1360, height: 900 },
    timeout: 60000
  });
  const errors = [];
  let loggedIn = false;
  try {
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => errors.push(String(e)));
    let wrongSecretTried = false;
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('response', (r) => {
      const expected = r.status() === 401 && r.url().endsWith('/oauth2/token') && wrongSecretTried && !loggedIn;
      if (r.status() >= 400 && !expected) errors.push('HTTP ' + r.status() + ' from ' + r.url());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(BASE_URL)) errors.push('request outside the service: ' + r.url());
    });

    await page.goto(BASE_URL + '/dashboard', { waitUntil: 'load' });
    check(page.url() === BASE_URL + '/dashboard/', 'the bare path redirects to /dashboard/');

    await page.fill('#client-id', CLIENT_ID);
    wrongSecretTried = true;
    await page.fill('#client-secret', 'wrong-' + CLIENT_SECRET);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#login-error:not([hidden])');
    check(await page.isVisible('#login-view'), 'a wrong secret keeps the login form, with an error');

    await page.fill('#client-secret', CLIENT_SECRET);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#user-view:not([hidden])');
    loggedIn = true;
    check((await page.textContent('#session-client')) === CLIENT_ID, 'logged in as the client');
    const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie);
    check(!stored.includes('eyJ'), 'the token is in memory only (no storage, no cookie)');

    await page.fill('#user-id', USER_ID);
    await page.click('#user-form button[type=submit]');
    await page.waitForSelector('#user-panels:not([hidden])');

    const vehicleCard = page.locator(`#vehicles article[data-device-id="${VEHICLE_ID}"]`);
    check(await vehicleCard.count() === 1, 'the vehicle is listed');
    check((await vehicleCard.textContent()).includes('charging'), 'the vehicle shows its live charge state');
    const chargerCard = page.locator(`#chargers article[data-device-id="${CHARGER_ID}"]`);
    check(await chargerCard.count() === 1, 'the charger is listed');

    const activePair = page.locator('#pairs tr.active-pair');
    check(await activePair.count() === 1, 'exactly one pair is shown as activated');
    const pairText = await activePair.textContent();
    check(pairText.includes('ACTIVATED') && pairText.includes('%'), 'the active pair shows its state and confidence');
    const pairTitles = await activePair.locator('.device-ref').evaluateAll((refs) => refs.map((r) => r.title));
    check(pairTitles.includes(VEHICLE_ID) && pairTitles.includes(CHARGER_ID), 'the active pair is this vehicle with this charger');

    const timeline = page.locator('#history li.active');
    check(await timeline.count() >= 1, 'the pairing history shows the active activation');
    await timeline.first().locator('summary').click();
    const evidence = await timeline.first().locator('.evidence').textContent();
    check(evidence.includes('transitions matched') && evidence.includes('score'),
      'the activation shows its evidence: ' + evidence);

    const failedRow = page.locator(`#actions tr[data-action-id="${FAILED_ACTION_ID}"]`);
    check(await failedRow.count() === 1, 'the failed action is in the log');
    check((await failedRow.textContent()).includes('FAILED'), 'the failed action shows FAILED');
    const reason = await failedRow.locator('xpath=following-sibling::tr[1]').textContent();
    check(reason.includes(FAILURE_DETAIL), 'the failed action shows its reason: ' + FAILURE_DETAIL);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log('screenshot: ' + SCREENSHOT);
    check(errors.length === 0, 'no script errors nor requests outside the service' + (errors.length ? ': ' + errors.join(' | ') : ''));
    console.log('DASHBOARD OK');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
