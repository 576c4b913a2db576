// Drives headless Chromium (Debian's /usr/bin/chromium, via playwright-core)
// through the rasd web page: ingest -> map -> event page, then the page
// without map assets. Started by tests/browser.rs, which runs two servers
// on 127.0.0.1 and passes their URLs. Exits non-zero on any failed check.
// Env: RASD_URL, RASD_URL_NOMAP, RASD_TOKEN, RASD_ARTICLES (JSON file),
// SCREENSHOT_DIR, CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const URL_MAP = process.env.RASD_URL;
const URL_NOMAP = process.env.RASD_URL_NOMAP;
const TOKEN = process.env.RASD_TOKEN;
const SHOTS = process.env.SCREENSHOT_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-shots-'));
const articles = JSON.parse(fs.readFileSync(process.env.RASD_ARTICLES, 'utf8'));
for (const u of [URL_MAP, URL_NOMAP]) {
  assert.match(u, /^http:\/\/127\.0\.0\.1:\d+$/, 'servers must be on loopback');
}
fs.mkdirSync(SHOTS, { recursive: true });

const step = (m) => console.log(`[browser] ${m}`);
const shot = async (page, name) => {
  const f = path.join(SHOTS, name);
  await page.screenshot({ path: f, fullPage: true });
  step(`screenshot ${f}`);
};

async function api(base, method, p, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(base + p, {
    method, headers, body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(20000),
  });
  return { status: r.status, json: await r.json() };
}

const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-chromium-'));
// A fresh profile (--user-data-dir) every run.
const ctx = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  timeout: 60000,
  viewport: { width: 1280, height: 900 },
  locale: 'ar',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  // ---------- ingest (through the API, with the token) ----------
  for (const base of [URL_MAP, URL_NOMAP]) {
    const denied = await api(base, 'POST', '/v1/articles', articles[0], null);
    assert.equal(denied.status, 401, 'ingest without token must be refused');
    const r = await api(base, 'POST', '/v1/articles', articles, TOKEN);
    assert.equal(r.status, 201, JSON.stringify(r.json));
    assert.equal(r.json.ingested.length, articles.length);
  }
  step(`ingested ${articles.length} articles into both servers`);
  const all = (await api(URL_MAP, 'GET', '/v1/events?format=geojson&limit=1000')).json;
  const located = all.features.filter((f) => f.geometry);
  assert.ok(located.length >= 1, 'test data must have located events');

  // generous: CI runs a debug server on two shared cores
  ctx.setDefaultTimeout(45000);
  const page = await ctx.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Only loopback: any other request is a bug (the page must work offline).
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1') return route.continue();
    pageErrors.push(`external request: ${u.href}`);
    return route.abort();
  });

  // ---------- map ----------
  await page.goto(URL_MAP + '/', { waitUntil: 'load' });
  await page.waitForSelector('#view-map[data-loaded]');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('#map', 'data-ready'), 'true', 'map library should load');
  assert.equal(await page.isVisible('[data-testid=map-notice]'), false);
  // country boundaries drawn (Natural Earth polygons)
  const landPaths = await page.locator('.leaflet-overlay-pane path:not(.event-marker)').count();
  assert.ok(landPaths > 50, `expected country polygons, got ${landPaths}`);
  await page.waitForFunction((n) => document.querySelectorAll('path.event-marker').length === n, located.length);
  const rows = await page.locator('tr.event-row').count();
  assert.equal(rows, all.total, 'one table row per event');
  const bars = await page.locator('#timeline rect.bar').count();
  const days = new Set(all.features.map((f) => f.properties.event_date).filter(Boolean));
  assert.equal(bars, days.size, 'one timeline bar per day');
  assert.match(await page.textContent('[data-testid=stats]'), new RegExp(`${articles.length}`));
  await shot(page, '01-map-ar.png');

  // filters: country
  await page.fill('input[name=country]', 'SY');
  await page.click('[data-testid=apply]');
  await page.waitForFunction(() => document.querySelectorAll('tr.event-row').length === 1);
  assert.match(await page.textContent('tr.event-row'), /SY/);
  assert.equal(await page.locator('path.event-marker').count(), 1);
  await shot(page, '02-map-filtered.png');
  await page.click('#reset-filters');
  await page.waitForFunction((n) => document.querySelectorAll('tr.event-row').length === n, all.total);

  // ---------- event page via a marker ----------
  const target = located.find((f) => f.properties.country === 'IQ') || located[0];
  const idx = located.indexOf(target);
  // markers are drawn in feature order
  await page.locator('path.event-marker').nth(idx).click({ force: true });
  await page.waitForSelector('.leaflet-popup [data-testid=popup-open]');
  await shot(page, '03-popup.png');
  await page.click('.leaflet-popup [data-testid=popup-open]');
  await page.waitForSelector('#view-event[data-loaded=true]');
  assert.equal(await page.isVisible('[data-testid=view-map]'), false);
  const detail = (await api(URL_MAP, 'GET', `/v1/events/${encodeURIComponent(target.properties.id)}`)).json;
  const rep = detail.reports[0];
  const chars = Array.from(rep.text);
  const art = page.locator('[data-testid=report]').first().locator('[data-testid=article-text]');
  assert.equal(await art.getAttribute('dir'), 'rtl');
  assert.equal(await art.textContent(), rep.text, 'article text shown verbatim');
  // every evidence span is highlighted exactly (code point offsets)
  const evText = await art.locator('mark.ev').allTextContents();
  const wantEv = rep.event.evidence.map((s) => chars.slice(s.start, s.end).join(''));
  assert.ok(wantEv.length > 0);
  assert.equal(evText.join(''), wantEv.join(''), 'evidence highlight = evidence spans');
  // the place span is highlighted and is the Arabic place name
  const placeMarks = await art.locator('mark.place').allTextContents();
  const ls = rep.event.location.span;
  assert.deepEqual(placeMarks, [chars.slice(ls.start, ls.end).join('')]);
  assert.equal(placeMarks[0], rep.event.location.name_ar);
  // claims side by side, one card per source
  const claims = page.locator('[data-testid=claim]');
  assert.equal(await claims.count(), rep.event.claims.length);
  const sources = await page.locator('[data-testid=claim-source]').allTextContents();
  assert.deepEqual(sources, rep.event.claims.map((c) => c.source));
  if (rep.event.claims.length > 1) {
    const b0 = await claims.nth(0).boundingBox();
    const b1 = await claims.nth(1).boundingBox();
    assert.ok(Math.abs(b0.y - b1.y) < 2, 'claims are side by side');
    assert.ok(b0.x > b1.x, 'in RTL the first claim is on the right');
  }
  for (const c of rep.event.claims) {
    if (c.says.fatalities != null) {
      assert.match(await page.textContent('[data-testid=claims]'), new RegExp(String(c.says.fatalities)));
    }
  }
  assert.match(await page.textContent('[data-testid=event-title]'), new RegExp(rep.event.location.name_ar));
  await shot(page, '04-event-ar.png');

  // ---------- English interface ----------
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('#view-event[data-loaded=true]');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('[data-testid=event-title]'), new RegExp(rep.event.location.name));
  assert.equal(await art.getAttribute('dir'), 'rtl', 'the article stays right-to-left');
  assert.match(await page.textContent('h3'), /What each source says/);
  await shot(page, '05-event-en.png');
  await page.click('[data-testid=back]');
  await page.waitForSelector('#view-map[data-loaded]');
  assert.match(await page.textContent('table.events thead'), /Fatalities/);
  await shot(page, '06-map-en.png');

  // unknown event: clear message
  await page.goto(URL_MAP + '/#/event/no-such-event');
  await page.waitForSelector('[data-testid=error]:not([hidden])');
  assert.match(await page.textContent('[data-testid=error]'), /not_found/);

  // ---------- without the map assets ----------
  const p2 = await ctx.newPage();
  p2.on('pageerror', (e) => pageErrors.push(String(e)));
  await p2.goto(URL_NOMAP + '/?lang=en', { waitUntil: 'load' });
  await p2.waitForSelector('#view-map[data-loaded]');
  assert.equal(await p2.getAttribute('#map', 'data-ready'), 'false');
  assert.ok(await p2.isVisible('[data-testid=map-notice]'), 'notice shown without the map library');
  assert.match(await p2.textContent('[data-testid=map-notice]'), /not installed/);
  assert.equal(await p2.locator('tr.event-row').count(), all.total, 'list still works');
  await shot(p2, '07-nomap.png');
  await p2.click('tr.event-row a');
  await p2.waitForSelector('#view-event[data-loaded=true]');
  assert.ok((await p2.locator('mark.ev').count()) > 0);

  assert.deepEqual(pageErrors, [], 'no page errors or external requests');
  step('all checks passed');
} catch (e) {
  failed = true;
  console.error(`[browser] FAILED: ${e.stack || e}`);
} finally {
  await ctx.close();
  fs.rmSync(userDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
