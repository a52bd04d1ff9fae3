#!/usr/bin/env node
// 1 000 OCPP 1.6J charge points against a running evpair: heap and CPU per idle connection, then messages/s
// and latency with every charge point sending at once.
//
// Usage (Node >= 17.3; the `ws` package of app/src/test/ocpp-client, installed by `npm ci` there):
//   node bench/ocpp-connections.js --base-url http://127.0.0.1:18080 --pid <service pid> \
//        [--connections 1000] [--messages 20] [--client dev-client:dev-secret]
// The service must run in local mode or have the API client given with --client. --pid lets the script run
// `jcmd <pid> GC.run` / `GC.heap_info` and read /proc/<pid>/stat. Prints one JSON object.
'use strict';
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const WebSocket = require(path.join(__dirname, '../app/src/test/ocpp-client/node_modules/ws'));

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
    a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const base = args['base-url'] || 'http://127.0.0.1:8080';
const pid = args.pid;
const count = Number(args.connections || 1000);
const messages = Number(args.messages || 20);
const [clientId, clientSecret] = (args.client || 'dev-client:dev-secret').split(':');
const run = Date.now().toString(36);

async function http(method, url, { body, token, basic, form } = {}) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    if (basic) headers.Authorization = 'Basic ' + Buffer.from(basic).toString('base64');
    if (body) headers['Content-Type'] = 'application/json';
    if (form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(base + url, { method, headers, body: body ? JSON.stringify(body) : form });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.json();
}

function heapUsedKiB() {
    execFileSync('jcmd', [pid, 'GC.run']);
    execFileSync('jcmd', [pid, 'GC.run']);
    const info = execFileSync('jcmd', [pid, 'GC.heap_info']).toString();
    const used = /used (\d+)K/.exec(info);
    return Number(used[1]);
}

function cpuMillis() {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return ticks * 1000 / 100; // USER_HZ is 100 on Linux
}

async function inBatches(items, size, fn) {
    const results = [];
    for (let i = 0; i < items.length; i += size) {
        results.push(...await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j))));
    }
    return results;
}

/** One charge point: answers the central system's calls as a well-behaved charge point would. */
function connect(identity, password) {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/ocpp/${identity}`, ['ocpp1.6'], {
            headers: { Authorization: 'Basic ' + Buffer.from(`${identity}:${password}`).toString('base64') },
        });
        const pending = new Map();
        socket.on('message', (data) => {
            const frame = JSON.parse(data.toString());
            if (frame[0] === 2) {
                const answer = frame[2] === 'GetConfiguration' ? { configurationKey: [], unknownKey: [] } : { status: 'Accepted' };
                socket.send(JSON.stringify([3, frame[1], answer]));
            } else {
                const done = pending.get(frame[1]);
                pending.delete(frame[1]);
                if (done) done(frame);
            }
        });
        let next = 0;
        const call = (action, payload) => new Promise((done) => {
            const id = `${identity}-${next++}`;
            pending.set(id, done);
            socket.send(JSON.stringify([2, id, action, payload]));
        });
        socket.on('open', () => resolve({ socket, call }));
        socket.on('error', reject);
    });
}

function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

(async () => {
    const token = (await http('POST', '/oauth2/token', {
        basic: `${clientId}:${clientSecret}`, form: 'grant_type=client_credentials' })).access_token;
    const identities = [...Array(count).keys()].map((i) => `bench-${run}-${i}`);
    const tokens = await inBatches(identities, 20, (id, i) => http('POST', `/users/bench-${run}-${i}/link`, {
        token, body: { vendor: 'OCPP', vendorType: 'charger', scopes: ['charger:read:data', 'charger:control:charging'],
                       language: 'en-US', redirectUri: 'https://example.com/linked' } }).then((r) => r.linkToken));

    // First claim (creates the chargers), then close: the idle measurement is of connections, not of claiming.
    const claimed = await inBatches(identities, 50, (id, i) => connect(id, tokens[i]));
    await Promise.all(claimed.map(({ socket }) => new Promise((done) => { socket.on('close', done); socket.close(); })));
    await new Promise((done) => setTimeout(done, 2000));

    const heapBefore = heapUsedKiB();
    const cpuBefore = cpuMillis();
    const openStart = Date.now();
    const points = await inBatches(identities, 50, (id, i) => connect(id, tokens[i]));
    const openSeconds = (Date.now() - openStart) / 1000;
    // One call each, as a booted charge point makes: the container sizes its buffers on the first frame.
    await inBatches(points, 50, ({ call }) => call('Heartbeat', {}));
    await new Promise((done) => setTimeout(done, 5000)); // the housekeeping calls on connect are answered
    const cpuOpened = cpuMillis();
    const heapOpen = heapUsedKiB();

    // Load: every charge point sends `messages` MeterValues one after the other, all at once.
    const latencies = [];
    const loadStart = Date.now();
    const cpuLoadStart = cpuMillis();
    await Promise.all(points.map(async ({ call }, i) => {
        for (let m = 0; m < messages; m++) {
            const sent = process.hrtime.bigint();
            const answer = await call('MeterValues', { connectorId: 1, meterValue: [{
                timestamp: new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString(),
                sampledValue: [{ value: String(1000 + m * 100), measurand: 'Energy.Active.Import.Register', unit: 'Wh' },
                               { value: '7400', measurand: 'Power.Active.Import', unit: 'W' }] }] });
            if (answer[0] !== 3) throw new Error('refused: ' + JSON.stringify(answer));
            latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
        }
    }));
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const cpuLoad = cpuMillis() - cpuLoadStart;
    latencies.sort((a, b) => a - b);

    await Promise.all(points.map(({ socket }) => new Promise((done) => { socket.on('close', done); socket.close(); })));
    console.log(JSON.stringify({
        connections: count,
        openSeconds,
        heapPerIdleConnectionKiB: Math.round((heapOpen - heapBefore) / count * 10) / 10,
        heapBeforeKiB: heapBefore, heapWithConnectionsKiB: heapOpen,
        cpuMsPerConnectionOpened: Math.round((cpuOpened - cpuBefore) / count * 100) / 100,
        messages: latencies.length,
        messagesPerSecond: Math.round(latencies.length / loadSeconds),
        latencyMs: { p50: percentile(latencies, 0.5), p90: percentile(latencies, 0.9), p99: percentile(latencies, 0.99),
                     max: latencies[latencies.length - 1] },
        cpuMsPerMessage: Math.round(cpuLoad / latencies.length * 1000) / 1000,
        load: fs.readFileSync('/proc/loadavg', 'utf8').trim(),
    }));
    process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
