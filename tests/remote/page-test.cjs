// Drives the remote page in headless Chromium as a person would with a phone: opens the
// QR code's address, pairs, starts a routine, sees the timer count, pauses. Writes
// phone-size screenshots when a folder is given. Exits non-zero on the first failure.
'use strict';
const puppeteer = require(process.env.PUPPETEER_CORE);
const [url, code, shots] = process.argv.slice(2);

function fail(message) {
  console.error('page test: ' + message);
  process.exit(1);
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=en-US'],
  });
  const timer = setTimeout(() => fail('timed out'), 60000);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    page.on('pageerror', (e) => fail('script error: ' + e.message));
    page.on('dialog', (d) => d.accept());
    const text = (sel) => page.$eval(sel, (el) => el.textContent.trim());

    // The QR code's address: the code is in the fragment and pre-filled.
    await page.goto(`${url}#pair=${code}`, { waitUntil: 'load' });
    await page.waitForSelector('#pairing:not([hidden])');
    if ((await page.$eval('#code', (el) => el.value)) !== code) fail('the code from the QR address is not filled in');
    if ((await page.evaluate(() => location.hash)) !== '') fail('the code stays in the address bar');
    await page.type('#phone-name', 'Test phone');
    if (shots) await page.screenshot({ path: `${shots}/remote-pair.png` });
    await page.click('#pair-form button[type=submit]');
    await page.waitForSelector('#remote:not([hidden])');
    const token = await page.evaluate(() => localStorage.getItem('mirrorcoach.token'));
    if (!token || token.length < 64) fail('no token kept after pairing');
    if ((await page.cookies()).length) fail('a cookie was set');

    // Who is exercising: the household's second person, lit once the mirror shows them.
    await page.waitForSelector('#people:not([hidden]) .profile');
    const person = await page.$$eval('.profile', (els) => els.length > 1 ? els[1].dataset.name : '');
    if (!person) fail('the household is not shown');
    await page.click(`.profile[data-name="${person}"]`);
    await page.waitForSelector(`.profile.selected[data-name="${person}"]`);

    // The routines, then start the first one.
    await page.waitForSelector('.routine');
    const first = await page.$eval('.routine', (el) => el.dataset.id);
    await page.click(`.routine[data-id="${first}"]`);
    await page.waitForSelector(`.routine.selected[data-id="${first}"]`);
    await page.click('#pause');  // "Start" off the player
    await page.waitForFunction(() => document.body.dataset.screen === 'player', { timeout: 10000 });

    // The timer counts down by itself (pushed by the mirror).
    const t0 = await text('#timer');
    await page.waitForFunction((t) => document.getElementById('timer').textContent.trim() !== t, { timeout: 5000 }, t0);
    if (shots) await page.screenshot({ path: `${shots}/remote-player.png` });

    // Pause: the button turns to Resume and the timer stands still.
    await page.click('#pause');
    await page.waitForFunction(() => /paused/.test(document.getElementById('screen-line').textContent), { timeout: 5000 });
    const held = await text('#timer');
    await new Promise((r) => setTimeout(r, 1500));
    if ((await text('#timer')) !== held) fail('the timer moved while paused');
    if ((await text('#pause')) !== 'Resume') fail('the pause button does not offer Resume');

    // Russian, then forget: back to the pairing form and the token gone.
    await page.click('#lang');
    if ((await text('#pause')) !== 'Продолжить') fail('no Russian text');
    if (shots) await page.screenshot({ path: `${shots}/remote-player-ru.png` });
    await page.click('#lang');
    await page.click('#forget');
    await page.waitForSelector('#pairing:not([hidden])');
    if (await page.evaluate(() => localStorage.getItem('mirrorcoach.token'))) fail('the token was not forgotten');
    console.log('page test: paired, started, timer moving, paused, forgotten');
  } catch (e) {
    fail(e.message);
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
})();
