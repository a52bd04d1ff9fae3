// evpair pairing dashboard: a static page on the public API. The token lives in this closure only.
// Everything from the API is rendered with textContent / attributes, never as HTML.
(function () {
  'use strict';

  const state = { token: null, clientId: null, userId: null, devices: new Map(), historyAfter: null, actionsAfter: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'title') node.title = String(value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function time(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    if (isNaN(d)) return String(iso);
    return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC');
  }

  function shortTime(iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    if (isNaN(d)) return String(iso);
    return d.toISOString().slice(0, 16).replace('T', ' ');
  }

  function ago(iso) {
    if (!iso) return '';
    const seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
    if (!isFinite(seconds)) return '';
    const abs = Math.abs(seconds);
    const unit = abs < 90 ? [abs, 's'] : abs < 5400 ? [Math.round(abs / 60), 'min'] : abs < 172800
      ? [Math.round(abs / 3600), 'h'] : [Math.round(abs / 86400), 'd'];
    return seconds >= 0 ? unit[0] + ' ' + unit[1] + ' ago' : 'in ' + unit[0] + ' ' + unit[1];
  }

  function num(value, unit, digits) {
    if (value === null || value === undefined) return '—';
    return Number(value).toFixed(digits === undefined ? 1 : digits) + (unit ? ' ' + unit : '');
  }

  function badge(text, kind) {
    return el('span', { class: 'badge ' + (kind || '') }, text);
  }

  function shortId(id) {
    return id ? String(id).slice(0, 8) : '—';
  }

  function deviceName(id) {
    const d = state.devices.get(id);
    return d ? d.label : 'device ' + shortId(id);
  }

  function deviceRef(id, type) {
    if (!id) return el('span', { class: 'muted' }, '—');
    const d = state.devices.get(id);
    const kind = type || (d ? d.type : '');
    return el('span', { class: 'device-ref', title: String(id) },
      kind ? el('span', { class: 'kind' }, kind) : null, deviceName(id));
  }

  // ---- API ------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
    }
  }

  async function login(clientId, secret) {
    const response = await fetch('/oauth2/token', {
      method: 'POST',
      headers: {
        'Authorization': 'Basic ' + btoa(unescape(encodeURIComponent(clientId + ':' + secret))),
        'Content-Type': 'application/x-www-form-urlencoded'
      },
      body: 'grant_type=client_credentials'
    });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    return (await response.json()).access_token;
  }

  async function api(path) {
    const response = await fetch(path, { headers: { 'Authorization': 'Bearer ' + state.token, 'Accept': 'application/json' } });
    if (response.status === 401) {
      logout('Your token expired or was refused: log in again.');
      throw new ApiError(401, null);
    }
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    return response.json();
  }

  const enc = encodeURIComponent;

  // ---- login / logout -------------------------------------------------------------------------------

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const clientId = $('client-id').value.trim();
    show($('login-error'), false);
    try {
      state.token = await login(clientId, $('client-secret').value);
      state.clientId = clientId;
      $('client-secret').value = '';
      $('session-client').textContent = clientId;
      show($('session'), true);
      show($('login-view'), false);
      show($('user-view'), true);
      $('user-id').focus();
      loadKnownUsers();
    } catch (e) {
      $('login-error').textContent = e.status === 401 ? 'Unknown client id or wrong secret.' : 'Login failed: ' + e.message;
      show($('login-error'), true);
    }
  });

  function logout(message) {
    state.token = null;
    state.userId = null;
    show($('session'), false);
    show($('user-view'), false);
    show($('user-panels'), false);
    show($('login-view'), true);
    if (message) {
      $('login-error').textContent = message;
      show($('login-error'), true);
    }
  }

  $('logout').addEventListener('click', () => logout(null));

  async function loadKnownUsers() {
    try {
      const [vehicles, chargers] = await Promise.all([api('/vehicles?pageSize=500'), api('/chargers?pageSize=500')]);
      const users = new Set([...vehicles.data, ...chargers.data].map((d) => d.userId));
      const list = clear($('known-users'));
      [...users].sort().forEach((u) => list.appendChild(el('option', { value: u })));
    } catch (e) {
      // only a convenience: typing the id works without it
    }
  }

  // ---- one user ---------------------------------------------------------------------------------------

  $('user-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const userId = $('user-id').value.trim();
    if (userId) openUser(userId);
  });
  $('refresh').addEventListener('click', () => state.userId && openUser(state.userId));
  $('history-more').addEventListener('click', () => loadHistory(false));
  $('actions-more').addEventListener('click', () => loadActions(false));

  async function openUser(userId) {
    show($('user-error'), false);
    const u = enc(userId);
    try {
      const [vehicles, chargers, pairs] = await Promise.all([
        api('/users/' + u + '/vehicles?pageSize=100'), api('/users/' + u + '/chargers?pageSize=100'),
        api('/users/' + u + '/charging-pairs')]);
      state.userId = userId;
      state.devices = new Map();
      vehicles.data.forEach((v) => state.devices.set(v.id, { type: 'vehicle', label: vehicleLabel(v) }));
      chargers.data.forEach((c) => state.devices.set(c.id, { type: 'charger', label: chargerLabel(c) }));
      const counts = new Map();
      state.devices.forEach((d) => counts.set(d.label, (counts.get(d.label) || 0) + 1));
      state.devices.forEach((d, id) => { if (counts.get(d.label) > 1) d.label += ' · ' + shortId(id); });
      $('user-title').textContent = 'User ' + userId;
      renderVehicles(vehicles.data);
      renderChargers(chargers.data);
      renderPairs(pairs.data);
      await Promise.all([loadHistory(true), loadActions(true)]);
      $('loaded-at').textContent = 'loaded ' + time(new Date().toISOString());
      $('refresh').disabled = false;
      show($('user-panels'), true);
      if (vehicles.data.length === 0 && chargers.data.length === 0) {
        $('user-error').textContent = 'This client has no devices for user "' + userId + '".';
        show($('user-error'), true);
      }
    } catch (e) {
      if (e.status === 401) return;
      if (e.status === 404) {
        // an unknown user, or another client's: the API answers 404 for both (SPEC §3)
        show($('user-panels'), false);
        $('user-error').textContent = 'This client has no user "' + userId + '".';
        show($('user-error'), true);
        return;
      }
      $('user-error').textContent = 'Could not load user "' + userId + '": ' + e.message;
      show($('user-error'), true);
    }
  }

  function vehicleLabel(v) {
    const i = v.information || {};
    return i.displayName || [i.brand, i.model].filter(Boolean).join(' ') || 'vehicle ' + shortId(v.id);
  }

  function chargerLabel(c) {
    const i = c.information || {};
    return [i.brand, i.model].filter(Boolean).join(' ') || 'charger ' + shortId(c.id);
  }

  function plugBadges(cs) {
    return [
      cs.isPluggedIn ? badge('plugged in', 'ok') : cs.isPluggedIn === false ? badge('unplugged', '') : badge('plug ?', 'warn'),
      cs.isCharging ? badge('charging', 'live') : cs.isCharging === false ? badge('not charging', '') : null
    ];
  }

  function reach(device) {
    return device.isReachable ? badge('reachable', 'ok') : badge('unreachable', 'bad');
  }

  function fact(label, value) {
    return [el('dt', null, label), el('dd', null, value)];
  }

  function renderVehicles(vehicles) {
    const box = clear($('vehicles'));
    if (vehicles.length === 0) { box.appendChild(el('p', { class: 'muted' }, 'No vehicles.')); return; }
    vehicles.forEach((v) => {
      const cs = v.chargeState || {};
      box.appendChild(el('article', { class: 'device', 'data-device-id': v.id },
        el('header', null, el('b', null, deviceName(v.id)), el('span', { class: 'vendor' }, v.vendor || ''), reach(v)),
        el('div', { class: 'badges' }, plugBadges(cs), cs.powerDeliveryState ? badge(cs.powerDeliveryState, 'plain') : null),
        el('dl', null,
          fact('battery', cs.batteryLevel === null || cs.batteryLevel === undefined ? '—'
            : el('span', { class: 'battery' }, el('span', { class: 'fill', style: 'width:' + Math.max(0, Math.min(100, Number(cs.batteryLevel))) + '%' }),
              el('span', { class: 'pct' }, num(cs.batteryLevel, '%', 0)))),
          fact('rate', num(cs.chargeRate, 'kW')),
          fact('capacity', num(cs.batteryCapacity, 'kWh', 0)),
          fact('plugged into', cs.pluggedInChargerId ? deviceRef(cs.pluggedInChargerId, 'charger') : '—'),
          fact('last seen', el('span', { title: time(v.lastSeen) }, ago(v.lastSeen) || '—')),
          fact('id', el('code', null, v.id)))));
    });
  }

  function renderChargers(chargers) {
    const box = clear($('chargers'));
    if (chargers.length === 0) { box.appendChild(el('p', { class: 'muted' }, 'No chargers.')); return; }
    chargers.forEach((c) => {
      const cs = c.chargeState || {};
      box.appendChild(el('article', { class: 'device', 'data-device-id': c.id },
        el('header', null, el('b', null, deviceName(c.id)), el('span', { class: 'vendor' }, c.vendor || ''), reach(c)),
        el('div', { class: 'badges' }, plugBadges(cs), cs.powerDeliveryState ? badge(cs.powerDeliveryState, 'plain') : null),
        el('dl', null,
          fact('rate', num(cs.chargeRate, 'kW')),
          fact('max current', num(cs.maxCurrent, 'A', 0)),
          fact('rate limit', num(cs.chargeRateLimit, 'kW')),
          fact('vehicle plugged in', cs.pluggedInVehicleId ? deviceRef(cs.pluggedInVehicleId, 'vehicle') : '—'),
          fact('last seen', el('span', { title: time(c.lastSeen) }, ago(c.lastSeen) || '—')),
          fact('id', el('code', null, c.id)))));
    });
  }

  function renderPairs(pairs) {
    const box = clear($('pairs'));
    if (pairs.length === 0) { box.appendChild(el('p', { class: 'muted' }, 'No pairs: the user needs a vehicle and a charger.')); return; }
    const sorted = [...pairs].sort((a, b) => (a.state === 'ACTIVATED' ? 0 : 1) - (b.state === 'ACTIVATED' ? 0 : 1));
    box.appendChild(el('table', { class: 'pairs' },
      el('thead', null, el('tr', null, el('th', null, 'vehicle'), el('th', null, 'charger'), el('th', null, 'state'),
        el('th', null, 'plugged in'), el('th', null, 'activated'), el('th', null, 'confidence'))),
      el('tbody', null, sorted.map((p) => el('tr', { class: p.state === 'ACTIVATED' ? 'active-pair' : '' },
        el('td', null, deviceRef(p.vehicleId, 'vehicle')), el('td', null, deviceRef(p.chargerId, 'charger')),
        el('td', null, badge(p.state, p.state === 'ACTIVATED' ? 'live' : 'plain')),
        el('td', { title: time(p.pluggedInAt) }, shortTime(p.pluggedInAt)), el('td', { title: time(p.pairedAt) }, shortTime(p.pairedAt)),
        el('td', null, p.confidence === null || p.confidence === undefined ? '—' : confidence(p.confidence)))))));
  }

  function confidence(value) {
    const pct = Math.round(Number(value) * 100);
    return el('span', { class: 'confidence', title: String(value) },
      el('span', { class: 'meter' }, el('span', { class: 'fill', style: 'width:' + Math.max(0, Math.min(100, pct)) + '%' })),
      pct + ' %');
  }

  const EVIDENCE_LABELS = {
    plugInGapSeconds: 'plug-in gap (s)', transitionsMatched: 'transitions matched', rateSamplesAgreeing: 'rate samples agreeing',
    rateRatio: 'rate ratio (vehicle / charger)', energyRatio: 'energy ratio', distanceMetres: 'distance (m)',
    exclusive: 'exclusive', historySessions: 'earlier sessions', score: 'score', margin: 'margin'
  };

  function evidenceValue(value) {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  function evidenceEntries(evidence) {
    const known = Object.keys(EVIDENCE_LABELS);
    const rank = (k) => (known.indexOf(k) < 0 ? known.length : known.indexOf(k));
    return Object.entries(evidence).sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
  }

  async function loadHistory(first) {
    const path = '/users/' + enc(state.userId) + '/charging-pairs/history?pageSize=20'
      + (first || !state.historyAfter ? '' : '&after=' + enc(state.historyAfter));
    const page = await api(path);
    const list = $('history');
    if (first) clear(list);
    if (first && page.data.length === 0) list.appendChild(el('li', { class: 'muted empty' }, 'No activations yet.'));
    page.data.forEach((a) => {
      const active = !a.unpairedAt;
      const evidence = a.evidence || {};
      list.appendChild(el('li', { class: active ? 'active' : 'ended' },
        el('div', { class: 'when' }, time(a.pairedAt)),
        el('div', { class: 'what' },
          active ? badge('ACTIVE', 'live') : badge('ended', 'plain'), ' ',
          deviceRef(a.vehicleId, 'vehicle'), ' ⇄ ', deviceRef(a.chargerId, 'charger'), ' ', confidence(a.confidence)),
        el('div', { class: 'muted small' }, 'plugged in ' + time(a.pluggedInAt)
          + (active ? '' : ' · ended ' + time(a.unpairedAt) + (a.unpairReason ? ' (' + a.unpairReason + ')' : ''))),
        el('details', null, el('summary', null, 'evidence'),
          el('dl', { class: 'evidence' }, evidenceEntries(evidence).map(([k, v]) => fact(EVIDENCE_LABELS[k] || k, evidenceValue(v)))))));
    });
    state.historyAfter = page.pagination ? page.pagination.after : null;
    show($('history-more'), !!state.historyAfter);
  }

  async function loadActions(first) {
    const path = '/users/' + enc(state.userId) + '/actions?pageSize=25'
      + (first || !state.actionsAfter ? '' : '&after=' + enc(state.actionsAfter));
    const page = await api(path);
    const box = $('actions');
    if (first) {
      clear(box);
      if (page.data.length === 0) { box.appendChild(el('p', { class: 'muted' }, 'No actions.')); }
      else {
        box.appendChild(el('table', { class: 'actions' },
          el('thead', null, el('tr', null, el('th', null, 'created'), el('th', null, 'command'), el('th', null, 'target'),
            el('th', null, 'sent to'), el('th', null, 'state'))),
          el('tbody', { id: 'actions-body' })));
      }
    }
    const body = $('actions-body');
    page.data.forEach((a) => {
      const kind = a.kind + (a.value === null || a.value === undefined ? '' : ' ' + a.value + (a.kind === 'SET_MAX_CURRENT' ? ' A' : ' kW'));
      const stateKind = { CONFIRMED: 'ok', FAILED: 'bad', CANCELLED: 'warn', PENDING: 'live' }[a.state] || 'plain';
      body.appendChild(el('tr', { class: 'action state-' + String(a.state).toLowerCase(), 'data-action-id': a.id },
        el('td', { class: 'nowrap', title: time(a.createdAt) }, shortTime(a.createdAt)),
        el('td', null, el('code', null, kind)),
        el('td', null, deviceRef(a.targetId, a.targetType)),
        el('td', null, a.executorId ? deviceRef(a.executorId) : el('span', { class: 'muted' }, 'not routed')),
        el('td', null, badge(a.state, stateKind))));
      if (a.failureReason) {
        const f = a.failureReason;
        body.appendChild(el('tr', { class: 'failure' }, el('td', { colspan: 5 },
          el('span', { class: 'failure-type' }, f.type), ' ',
          el('span', { class: 'failure-detail' }, f.detail || ''),
          f.deviceId ? [' — ', deviceRef(f.deviceId, f.deviceType)] : null)));
      }
    });
    state.actionsAfter = page.pagination ? page.pagination.after : null;
    show($('actions-more'), !!state.actionsAfter);
  }
}());
