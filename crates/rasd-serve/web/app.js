// rasd web page: map of events, filters, timeline, event page.
// Works offline: the map library (Leaflet) and the Natural Earth country
// boundaries (world-atlas) are served by the same server under /assets/ when
// installed; without them the page shows a notice and the list only.
// All spans are Unicode code point offsets: text is indexed with Array.from.
'use strict';

const I18N = {
  ar: {
    title: 'رصد', subtitle: 'أحداث من الأخبار العربية', from: 'من', to: 'إلى', country: 'الدولة',
    admin1: 'المحافظة', type: 'النوع', text: 'نص', any: 'الكل', apply: 'تطبيق', reset: 'مسح',
    timeline: 'الخط الزمني', events: 'الأحداث', date: 'التاريخ', location: 'المكان', actors: 'الأطراف',
    fatalities: 'القتلى', injuries: 'الجرحى', sources: 'المصادر', no_events: 'لا توجد أحداث تطابق المرشحات.',
    back: '→ العودة إلى الخريطة', claims: 'روايات المصادر', reports: 'التقارير',
    legend_evidence: 'الدليل', legend_claim: 'رواية', legend_place: 'مكان',
    footer: 'الحدود: Natural Earth (world-atlas). الإزاحات بنقاط يونيكود.',
    lang_other: 'English', open_event: 'عرض الحدث', stats: (a, e) => `${a} مقال · ${e} حدث`,
    no_map: 'مكتبة الخريطة غير مثبتة (شغّل scripts/setup.sh أو اضبط RASD_WEB_ASSETS)؛ تُعرض الأحداث في القائمة فقط.',
    sub_event_type: 'النوع الفرعي', disorder_type: 'نوع الاضطراب', time: 'الوقت', coords: 'الإحداثيات',
    geo_precision: 'دقة الموقع', actor1: 'الطرف الأول', actor2: 'الطرف الثاني', weapons: 'الأسلحة',
    notes: 'ملاحظات', confidence: 'الثقة', role: 'الدور', responsibility: 'المسؤولية',
    source: 'المصدر', via: 'عبر', anonymous: 'مصدر مجهول', says: 'يقول', quantities: 'الكميات',
    damage: 'الأضرار', claimed_by: 'تبنّاه', accused: 'اتُّهم', denied_by: 'نفاه', no_claims: 'لا روايات منسوبة.',
    not_found: 'الحدث غير موجود.', published: 'النشر', report_of: 'تقرير', yes: 'نعم', no: 'لا',
  },
  en: {
    title: 'Rasd', subtitle: 'Events from Arabic news', from: 'From', to: 'To', country: 'Country',
    admin1: 'Admin1', type: 'Type', text: 'Text', any: 'Any', apply: 'Apply', reset: 'Reset',
    timeline: 'Timeline', events: 'Events', date: 'Date', location: 'Location', actors: 'Actors',
    fatalities: 'Fatalities', injuries: 'Injuries', sources: 'Sources', no_events: 'No events match the filters.',
    back: '← Back to the map', claims: 'What each source says', reports: 'Reports',
    legend_evidence: 'evidence', legend_claim: 'claim', legend_place: 'place',
    footer: 'Boundaries: Natural Earth (world-atlas). Offsets are Unicode code points.',
    lang_other: 'العربية', open_event: 'Open event', stats: (a, e) => `${a} articles · ${e} events`,
    no_map: 'The map library is not installed (run scripts/setup.sh or set RASD_WEB_ASSETS); events are listed below only.',
    sub_event_type: 'Sub-event type', disorder_type: 'Disorder type', time: 'Time', coords: 'Coordinates',
    geo_precision: 'Geo precision', actor1: 'Actor 1', actor2: 'Actor 2', weapons: 'Weapons',
    notes: 'Notes', confidence: 'Confidence', role: 'Role', responsibility: 'Responsibility',
    source: 'Source', via: 'via', anonymous: 'anonymous source', says: 'says', quantities: 'Quantities',
    damage: 'Damage', claimed_by: 'claimed by', accused: 'accused', denied_by: 'denied by', no_claims: 'No attributed claims.',
    not_found: 'No such event.', published: 'Published', report_of: 'Report', yes: 'yes', no: 'no',
  },
};

const TYPES = [
  ['Battles', 'معارك', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  ['Explosions/Remote violence', 'انفجارات/عنف عن بعد', ['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
    'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade']],
  ['Violence against civilians', 'عنف ضد المدنيين', ['Sexual violence', 'Attack', 'Abduction/forced disappearance']],
  ['Protests', 'احتجاجات', ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters']],
  ['Riots', 'أعمال شغب', ['Violent demonstration', 'Mob violence']],
  ['Strategic developments', 'تطورات استراتيجية', ['Agreement', 'Arrests', 'Change to group/activity',
    'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other']],
];
const TYPE_COLORS = {
  'Battles': '#c0392b', 'Explosions/Remote violence': '#e67e22', 'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9', 'Riots': '#16a085', 'Strategic developments': '#7f8c8d',
};

const state = {
  lang: 'ar', map: null, markers: null, mapReady: null, events: [], filters: {},
};

function t(key) { return I18N[state.lang][key] ?? I18N.en[key] ?? key; }

function typeLabel(ty) {
  if (!ty) return '—';
  if (state.lang === 'ar') {
    const m = TYPES.find((x) => x[0] === ty);
    if (m) return m[1];
  }
  return ty;
}

/** Create an element: el('a', {href: '#'}, 'text', child...). */
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat()) {
    if (k === null || k === undefined || k === false) continue;
    e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return e;
}

function showError(msg) {
  const e = document.getElementById('error');
  e.textContent = msg;
  e.hidden = !msg;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) {
    const m = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${r.status}`;
    const err = new Error(m);
    err.status = r.status;
    throw err;
  }
  return body;
}

// ---------- language ----------

function applyLang() {
  const html = document.documentElement;
  html.lang = state.lang;
  html.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  document.getElementById('lang-toggle').textContent = t('lang_other');
  fillTypeSelect();
  try { localStorage.setItem('rasd.lang', state.lang); } catch (_) { /* private mode */ }
}

function fillTypeSelect() {
  const sel = document.getElementById('type-select');
  const cur = sel.value;
  sel.replaceChildren(el('option', { value: '' }, t('any')));
  for (const [ty, ar, subs] of TYPES) {
    const g = el('optgroup', { label: state.lang === 'ar' ? ar : ty });
    g.append(el('option', { value: ty }, state.lang === 'ar' ? ar : ty));
    for (const s of subs) g.append(el('option', { value: s }, '· ' + s));
    sel.append(g);
  }
  sel.value = cur;
}

// ---------- map ----------

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = el('script', { src });
    s.onload = resolve;
    s.onerror = () => reject(new Error('cannot load ' + src));
    document.head.append(s);
  });
}

function loadCSS(href) {
  return new Promise((resolve, reject) => {
    const l = el('link', { rel: 'stylesheet', href });
    l.onload = resolve;
    l.onerror = () => reject(new Error('cannot load ' + href));
    document.head.append(l);
  });
}

async function initMap() {
  const box = document.getElementById('map');
  try {
    await Promise.all([
      loadCSS('/assets/leaflet/dist/leaflet.css'),
      loadScript('/assets/leaflet/dist/leaflet.js'),
      loadScript('/assets/topojson-client/dist/topojson-client.min.js'),
    ]);
    const r = await fetch('/assets/world-atlas/countries-50m.json');
    if (!r.ok) throw new Error('boundaries missing');
    const world = await r.json();
    if (!window.L || !window.topojson) throw new Error('map library missing');
    const map = L.map(box, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Natural Earth');
    map.setView([29, 41], 4);
    const land = topojson.feature(world, world.objects.countries);
    L.geoJSON(land, {
      style: { color: '#8c8577', weight: 0.8, fillColor: '#efeae0', fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    state.map = map;
    state.markers = L.layerGroup().addTo(map);
    box.dataset.ready = 'true';
  } catch (e) {
    box.classList.add('nomap');
    box.dataset.ready = 'false';
    const n = document.getElementById('notice');
    n.textContent = t('no_map');
    n.dataset.i18n = 'no_map';
    n.hidden = false;
  }
}

function drawMarkers(features) {
  if (!state.map) return;
  state.markers.clearLayers();
  const pts = [];
  for (const f of features) {
    if (!f.geometry || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const color = TYPE_COLORS[p.event_type] || '#555';
    const m = L.circleMarker([lat, lon], {
      radius: 6 + Math.min(10, Math.sqrt(p.fatalities || 0) * 2),
      color: '#fff', weight: 1.5, fillColor: color, fillOpacity: 0.9,
      className: 'event-marker',
    });
    const popup = el('div', { class: 'popup', dir: state.lang === 'ar' ? 'rtl' : 'ltr' },
      el('div', {}, el('b', {}, typeLabel(p.event_type))),
      el('div', {}, p.sub_event_type || ''),
      el('div', {}, [p.event_date || '—', ' · ', placeName(p.location, p.location_ar)]),
      p.fatalities != null ? el('div', {}, `${t('fatalities')}: ${p.fatalities}`) : null,
      el('a', { href: eventHref(p.id), class: 'open-event', 'data-testid': 'popup-open' }, t('open_event')));
    m.bindPopup(popup);
    m.addTo(state.markers);
    pts.push([lat, lon]);
  }
  if (pts.length === 1) state.map.setView(pts[0], 7);
  else if (pts.length > 1) state.map.fitBounds(pts, { padding: [30, 30], maxZoom: 8 });
}

function placeName(en, ar) {
  if (state.lang === 'ar') return ar || en || '—';
  return en || ar || '—';
}

function eventHref(id) { return '#/event/' + encodeURIComponent(id); }

// ---------- timeline ----------

function drawTimeline(features) {
  const box = document.getElementById('timeline');
  const byDay = new Map();
  for (const f of features) {
    const d = f.properties.event_date;
    if (d) byDay.set(d, (byDay.get(d) || 0) + 1);
  }
  box.replaceChildren();
  if (byDay.size === 0) return;
  const days = [...byDay.keys()].sort();
  const d0 = Date.parse(days[0]);
  const d1 = Date.parse(days[days.length - 1]);
  const span = Math.max(1, Math.round((d1 - d0) / 86400000) + 1);
  const W = 1000, H = 110, pad = 24;
  const max = Math.max(...byDay.values());
  const bw = Math.max(2, Math.min(40, (W - 2 * pad) / span - 1));
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  const mk = (tag, attrs) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  for (const [day, n] of byDay) {
    const i = Math.round((Date.parse(day) - d0) / 86400000);
    const x = pad + (span === 1 ? (W - 2 * pad - bw) / 2 : i * ((W - 2 * pad - bw) / (span - 1)));
    const h = Math.max(3, (H - 2 * pad) * (n / max));
    const r = mk('rect', { class: 'bar', x, y: H - pad - h, width: bw, height: h, 'data-day': day, 'data-count': n });
    const title = mk('title', {});
    title.textContent = `${day}: ${n}`;
    r.append(title);
    r.addEventListener('click', () => {
      const f = document.getElementById('filters');
      f.elements.from.value = day;
      f.elements.to.value = day;
      loadEvents();
    });
    svg.append(r);
  }
  const label = (x, s, anchor) => {
    const e = mk('text', { x, y: H - 6, 'text-anchor': anchor });
    e.textContent = s;
    svg.append(e);
  };
  label(pad, days[0], 'start');
  if (days.length > 1) label(W - pad, days[days.length - 1], 'end');
  svg.append(mk('line', { x1: pad, x2: W - pad, y1: H - pad, y2: H - pad, stroke: '#999' }));
  box.append(svg);
}

// ---------- list ----------

function actorsOf(p) { return [p.actor1, p.actor2].filter(Boolean).join(' × ') || '—'; }

function drawList(fc) {
  const tbody = document.getElementById('event-rows');
  tbody.replaceChildren();
  for (const f of fc.features) {
    const p = f.properties;
    tbody.append(el('tr', { 'data-id': p.id, class: 'event-row' },
      el('td', {}, p.event_date || '—'),
      el('td', {}, el('a', { href: eventHref(p.id) }, typeLabel(p.event_type)),
        p.sub_event_type ? el('div', { class: 'muted' }, p.sub_event_type) : null),
      el('td', {}, placeName(p.location, p.location_ar), p.country ? ` (${p.country})` : ''),
      el('td', {}, actorsOf(p)),
      el('td', {}, p.fatalities ?? '—'),
      el('td', {}, p.reports)));
  }
  const shown = fc.features.length;
  document.getElementById('event-count').textContent =
    fc.total > shown ? `(${shown} / ${fc.total})` : `(${fc.total})`;
  document.getElementById('empty').hidden = fc.total > 0;
}

function filterQuery() {
  const f = document.getElementById('filters');
  const q = new URLSearchParams({ format: 'geojson', limit: '1000' });
  for (const k of ['from', 'to', 'country', 'admin1', 'type', 'text']) {
    const v = (f.elements[k].value || '').trim();
    if (v) q.set(k, v);
  }
  return q;
}

async function loadEvents() {
  showError('');
  try {
    await state.mapReady;
    const fc = await getJSON('/v1/events?' + filterQuery().toString());
    state.events = fc.features;
    drawList(fc);
    drawTimeline(fc.features);
    drawMarkers(fc.features);
    document.getElementById('view-map').dataset.loaded = String(Date.now());
  } catch (e) {
    showError(e.message);
  }
}

async function loadStats() {
  try {
    const h = await getJSON('/v1/health');
    document.getElementById('stats').textContent = t('stats')(h.articles, h.events);
  } catch (_) { /* optional */ }
}

// ---------- event page ----------

/** Render `text` with the given spans highlighted: spans are
 * {start, end, cls, title} in code points. */
function highlighted(text, spans) {
  const chars = Array.from(text);
  const n = chars.length;
  const cuts = new Set([0, n]);
  const ok = spans.filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)
    .map((s) => ({ ...s, start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) }));
  for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  const out = el('div', { class: 'article-text', dir: 'rtl', lang: 'ar', 'data-testid': 'article-text' });
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    if (a >= b) continue;
    const seg = chars.slice(a, b).join('');
    const cover = ok.filter((s) => s.start <= a && b <= s.end);
    if (cover.length === 0) { out.append(seg); continue; }
    const cls = [...new Set(cover.map((s) => s.cls))].join(' ');
    const title = cover.map((s) => s.title).filter(Boolean).join(' | ');
    out.append(el('mark', { class: cls, title: title || null, 'data-start': a, 'data-end': b }, seg));
  }
  return out;
}

function fmtQty(q) {
  const n = q.min != null && q.max != null && q.max !== q.min ? `${q.min}–${q.max}` : (q.min ?? q.max ?? '?');
  const qual = q.qualifier && q.qualifier !== 'exact' ? ` (${q.qualifier})` : '';
  return `${n} ${q.what}${qual}`;
}

function claimCard(c, report, chars) {
  const s = c.says || {};
  const rows = [];
  const add = (k, v) => { if (v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) rows.push(el('dt', {}, t(k)), el('dd', {}, v)); };
  add('fatalities', s.fatalities);
  add('injuries', s.injuries);
  add('quantities', (s.quantities || []).map(fmtQty).join('، '));
  add('damage', s.damage);
  add('weapons', (s.weapons || []).join(', '));
  add('time', s.time);
  add('via', c.via);
  const quote = c.span ? chars.slice(c.span.start, c.span.end).join('') : '';
  return el('div', { class: 'claim-card', 'data-testid': 'claim' },
    el('h4', { 'data-testid': 'claim-source' }, c.source || t('anonymous')),
    el('div', { class: 'muted' }, `${t('report_of')}: ${report.source || report.article_id}`,
      c.anonymous ? ` · ${t('anonymous')}` : ''),
    el('dl', {}, rows),
    quote ? el('blockquote', { dir: 'rtl', lang: 'ar' }, quote) : null);
}

function actorName(a) {
  if (!a) return null;
  return state.lang === 'ar' && a.name_ar ? `${a.name_ar} (${a.name})` : a.name;
}

async function showEvent(id) {
  document.getElementById('view-map').hidden = true;
  const view = document.getElementById('view-event');
  view.hidden = false;
  delete view.dataset.loaded;
  showError('');
  const title = document.getElementById('ev-title');
  const fields = document.getElementById('ev-fields');
  const claims = document.getElementById('claims');
  const reports = document.getElementById('reports');
  for (const e of [fields, claims, reports]) e.replaceChildren();
  title.textContent = '…';
  let d;
  try {
    d = await getJSON('/v1/events/' + encodeURIComponent(id));
  } catch (e) {
    title.textContent = e.status === 404 ? t('not_found') : '';
    showError(e.message);
    return;
  }
  const ev = d.event;
  const loc = ev.location || {};
  title.textContent = `${typeLabel(ev.event_type)} — ${placeName(loc.name, loc.name_ar)} — ${ev.event_date || '?'}`;
  const add = (k, v) => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) return;
    fields.append(el('dt', {}, t(k)), el('dd', { 'data-field': k }, v));
  };
  add('type', ev.event_type);
  add('sub_event_type', ev.sub_event_type);
  add('disorder_type', ev.disorder_type);
  add('date', ev.event_date);
  add('time', ev.time);
  add('location', [loc.name, loc.name_ar, loc.admin1, loc.country].filter(Boolean).join(' · '));
  if (loc.lat != null && loc.lon != null) add('coords', `${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}`);
  add('geo_precision', loc.geo_precision);
  add('actor1', actorName(ev.actor1));
  add('actor2', actorName(ev.actor2));
  add('fatalities', ev.fatalities);
  add('injuries', ev.injuries);
  add('weapons', (ev.weapons || []).join(', '));
  const resp = ev.responsibility || {};
  const rp = [];
  if ((resp.claimed_by || []).length) rp.push(`${t('claimed_by')}: ${resp.claimed_by.join(', ')}`);
  if ((resp.accused || []).length) rp.push(`${t('accused')}: ${resp.accused.map((a) => a.actor + (a.by ? ` (${a.by})` : '')).join(', ')}`);
  if ((resp.denied_by || []).length) rp.push(`${t('denied_by')}: ${resp.denied_by.join(', ')}`);
  add('responsibility', rp.join(' · '));
  add('notes', ev.notes);
  add('confidence', typeof ev.confidence === 'number' ? ev.confidence.toFixed(2) : null);
  add('sources', d.reports.length);

  let nClaims = 0;
  for (const r of d.reports) {
    const chars = Array.from(r.text || '');
    for (const c of (r.event.claims || [])) { claims.append(claimCard(c, r, chars)); nClaims++; }
    const spans = [];
    for (const s of (r.event.evidence || [])) spans.push({ ...s, cls: 'ev', title: t('legend_evidence') });
    for (const c of (r.event.claims || [])) if (c.span) spans.push({ ...c.span, cls: 'claim', title: c.source });
    if (r.event.location && r.event.location.span) spans.push({ ...r.event.location.span, cls: 'place', title: r.event.location.name });
    reports.append(el('article', { class: 'report', 'data-testid': 'report', 'data-article': r.article_id },
      el('h4', { dir: 'auto' }, r.title || r.article_id),
      el('div', { class: 'meta' }, [r.source, r.published, r.article_id].filter(Boolean).join(' · ')),
      highlighted(r.text || '', spans)));
  }
  if (!nClaims) claims.append(el('p', { class: 'muted' }, t('no_claims')));
  view.dataset.loaded = 'true';
}

// ---------- routing ----------

function route() {
  const h = location.hash || '#/';
  const m = h.match(/^#\/event\/(.+)$/);
  if (m) {
    showEvent(decodeURIComponent(m[1]));
  } else {
    document.getElementById('view-event').hidden = true;
    document.getElementById('view-map').hidden = false;
    if (state.map) setTimeout(() => state.map.invalidateSize(), 0);
    loadEvents();
  }
}

function init() {
  const qs = new URLSearchParams(location.search);
  let lang = qs.get('lang');
  if (!lang) { try { lang = localStorage.getItem('rasd.lang'); } catch (_) { /* ignore */ } }
  state.lang = lang === 'en' ? 'en' : 'ar';
  applyLang();
  document.getElementById('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'ar' ? 'en' : 'ar';
    applyLang();
    route();
  });
  document.getElementById('filters').addEventListener('submit', (e) => { e.preventDefault(); loadEvents(); });
  document.getElementById('reset-filters').addEventListener('click', () => {
    document.getElementById('filters').reset();
    loadEvents();
  });
  state.mapReady = initMap();
  window.addEventListener('hashchange', route);
  loadStats();
  route();
}

init();
