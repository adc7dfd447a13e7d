#!/usr/bin/env node
// The stream benchmark's client driver (tests/bench/bench_stream drives it; see README
// "Benchmarks"). One process, many WebSocket connections to one server — stockroomd serve or
// the ws broadcast baseline (bench-broadcast-server.js) — each recording when every event
// reaches it, so both servers are measured by the same client.
//
// Commands come on stdin, one JSON object a line; each is answered on stdout with one JSON
// object a line:
//   {"cmd":"connect","url":…,"count":N,"tickets":[…]|null,"channel":"global","concurrency":K}
//       opens N connections, at most K opening at once. With tickets (stockroomd): each sends
//       {"type":"auth","ticket":…}, waits for "ready", subscribes to the channel and waits for
//       "subscribed". Without (the baseline): a connection is ready once open.
//       → {"event":"connected","ready":n,"failed":n,"ms":…,"errors":[…]}
//   {"cmd":"begin"}   forgets what was received so far
//   {"cmd":"wait","ids":N,"timeoutMs":T}
//       waits until every ready connection has received N tagged events since "begin" (or T
//       ms passed) → {"event":"waited","complete":bool}; with "untagged":N instead, until N
//       untagged events came in all
//   {"cmd":"report","published":FILE}
//       FILE has a line "ID MICROSECONDS" per published event (CLOCK_MONOTONIC, as
//       process.hrtime reads it here); joins it with what was received since "begin"
//       → {"event":"report", …} (see report() below)
//   {"cmd":"sample"}  → {"event":"sample","frame":…}: the first tagged event frame received
//   {"cmd":"quit"}    closes every connection and exits
//
// An event is tagged when its text holds `"reference_id": "b<digits>"` (stock adjustments the
// benchmark makes carry it in data.reference_id; the baseline's copies of such a frame too).
// The tag is found with a byte search rather than JSON.parse, so that the driver's own cost
// per message stays small and the same for both servers; frames without it are counted apart.
'use strict';

const fs = require('fs');
const readline = require('readline');
const WebSocket = require('ws');

const Marker = Buffer.from('"reference_id": "b');
const Quote = 0x22;

function nowUs() {
    const [s, ns] = process.hrtime();
    return s * 1e6 + ns / 1e3;
}

/** Growable typed arrays of (tag, receive time, connection) triples. */
class Deliveries {
    constructor() {
        this.reset();
    }
    reset() {
        this.size = 0;
        this.ids = new Float64Array(1 << 16);
        this.times = new Float64Array(1 << 16);
        this.conns = new Int32Array(1 << 16);
        this.untagged = 0;
    }
    push(id, time, conn) {
        if (this.size === this.ids.length) {
            const grow = (a, T) => {
                const b = new T(a.length * 2);
                b.set(a);
                return b;
            };
            this.ids = grow(this.ids, Float64Array);
            this.times = grow(this.times, Float64Array);
            this.conns = grow(this.conns, Int32Array);
        }
        this.ids[this.size] = id;
        this.times[this.size] = time;
        this.conns[this.size] = conn;
        this.size++;
    }
}

const deliveries = new Deliveries();
const connections = []; // {ws, ready, received, closeCode}
let sampleFrame = null;

function tagOf(data) {
    const at = data.indexOf(Marker);
    if (at < 0)
        return -1;
    let id = 0;
    for (let i = at + Marker.length; i < data.length && data[i] !== Quote; ++i)
        id = id * 10 + (data[i] - 48);
    return id;
}

function onMessage(index, data) {
    const time = nowUs();
    const id = tagOf(data);
    if (id < 0) {
        deliveries.untagged++;
        return;
    }
    deliveries.push(id, time, index);
    connections[index].received++;
    if (sampleFrame === null)
        sampleFrame = data.toString('utf8');
}

/** Opens one connection; resolves with null once it is ready, or with why it is not. */
function openOne(url, ticket, channel) {
    return new Promise((resolve) => {
        const index = connections.length;
        const conn = {ws: null, ready: false, everReady: false, received: 0, closeCode: null};
        connections.push(conn);
        const ws = new WebSocket(url, {perMessageDeflate: false});
        conn.ws = ws;
        let settled = false;
        const settle = (ok, why) => {
            if (settled)
                return;
            settled = true;
            conn.ready = ok;
            conn.everReady = ok;
            resolve(ok ? null : why || 'failed');
        };
        ws.on('error', (e) => settle(false, String(e.message || e)));
        ws.on('close', (code) => {
            conn.closeCode = code;
            conn.ready = false;
            settle(false, `closed ${code}`);
        });
        ws.on('open', () => {
            if (!ticket) {
                ws.on('message', (data) => onMessage(index, data));
                settle(true);
                return;
            }
            ws.send(JSON.stringify({type: 'auth', ticket}));
        });
        if (!ticket)
            return;
        // Control frames are parsed until the subscription is confirmed; events after that
        // take the fast path.
        const handshake = (data) => {
            let m;
            try {
                m = JSON.parse(data.toString('utf8'));
            } catch (e) {
                settle(false, 'bad frame');
                return;
            }
            if (m.type === 'ready') {
                ws.send(JSON.stringify({type: 'subscribe', channel}));
            } else if (m.type === 'subscribed') {
                ws.off('message', handshake);
                ws.on('message', (d) => onMessage(index, d));
                settle(true);
            } else if (m.type === 'error') {
                settle(false, `${m.code}: ${m.message}`);
            }
        };
        ws.on('message', handshake);
    });
}

async function connect(cmd) {
    const start = Date.now();
    const count = cmd.count;
    const tickets = cmd.tickets || null;
    let next = 0;
    let ready = 0;
    let failed = 0;
    const errors = new Map();
    const worker = async () => {
        while (next < count) {
            const i = next++;
            const why = await openOne(cmd.url, tickets ? tickets[i] : null, cmd.channel || 'global');
            if (why === null) {
                ready++;
            } else {
                failed++;
                errors.set(why, (errors.get(why) || 0) + 1);
            }
        }
    };
    const workers = [];
    for (let w = 0; w < Math.max(1, cmd.concurrency || 50); ++w)
        workers.push(worker());
    await Promise.all(workers);
    return {event: 'connected', ready, failed, ms: Date.now() - start,
            errors: [...errors].map(([why, n]) => `${n}x ${why}`)};
}

function wait(cmd) {
    return new Promise((resolve) => {
        const deadline = Date.now() + (cmd.timeoutMs || 10000);
        const check = () => {
            const live = connections.filter((c) => c.ready);
            const complete = cmd.untagged !== undefined
                ? deliveries.untagged >= cmd.untagged
                : live.length > 0 && live.every((c) => c.received >= cmd.ids);
            if (complete || Date.now() >= deadline)
                resolve({event: 'waited', complete, untagged: deliveries.untagged});
            else
                setTimeout(check, 5);
        };
        check();
    });
}

function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.ceil(p * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function report(cmd) {
    const published = new Map();
    let firstPublished = Infinity;
    for (const line of fs.readFileSync(cmd.published, 'utf8').split('\n')) {
        if (!line)
            continue;
        const [id, us] = line.split(' ');
        const t = Number(us);
        published.set(Number(id), t);
        firstPublished = Math.min(firstPublished, t);
    }
    const latencies = new Float64Array(deliveries.size);
    let n = 0;
    let unmatched = 0;
    let lastReceived = 0;
    for (let i = 0; i < deliveries.size; ++i) {
        const t = published.get(deliveries.ids[i]);
        if (t === undefined) {
            unmatched++;
            continue;
        }
        latencies[n++] = deliveries.times[i] - t;
        lastReceived = Math.max(lastReceived, deliveries.times[i]);
    }
    const sorted = latencies.subarray(0, n).sort();
    // Every connection that completed its handshake counts, dropped ones included.
    const perConnection = new Int32Array(connections.length);
    for (let i = 0; i < deliveries.size; ++i)
        if (published.has(deliveries.ids[i]))
            perConnection[deliveries.conns[i]]++;
    const closes = {};
    let counted = 0;
    let fewest = Infinity;
    let most = 0;
    connections.forEach((c, i) => {
        if (!c.everReady)
            return;
        counted++;
        fewest = Math.min(fewest, perConnection[i]);
        most = Math.max(most, perConnection[i]);
        if (c.closeCode !== null)
            closes[c.closeCode] = (closes[c.closeCode] || 0) + 1;
    });
    const spanUs = n > 0 ? lastReceived - firstPublished : 0;
    return {
        event: 'report',
        published: published.size,
        connections: counted,
        expected: published.size * counted,
        delivered: n,
        unmatched,
        untagged: deliveries.untagged,
        closes,
        fewestPerConnection: Number.isFinite(fewest) ? fewest : 0,
        mostPerConnection: most,
        spanUs,
        deliveriesPerSecond: spanUs > 0 ? n / (spanUs / 1e6) : 0,
        p50Us: percentile(sorted, 0.5),
        p99Us: percentile(sorted, 0.99),
        maxUs: n > 0 ? sorted[n - 1] : 0,
    };
}

async function handle(cmd) {
    switch (cmd.cmd) {
    case 'connect':
        return connect(cmd);
    case 'begin':
        deliveries.reset();
        for (const c of connections)
            c.received = 0;
        return {event: 'begun'};
    case 'wait':
        return wait(cmd);
    case 'report':
        return report(cmd);
    case 'sample':
        return {event: 'sample', frame: sampleFrame};
    case 'quit':
        for (const c of connections)
            if (c.ws)
                c.ws.terminate();
        setImmediate(() => process.exit(0));
        return {event: 'bye'};
    default:
        return {event: 'error', message: `unknown command ${cmd.cmd}`};
    }
}

// Commands run one at a time, in order.
let queue = Promise.resolve();
readline.createInterface({input: process.stdin}).on('line', (line) => {
    if (!line.trim())
        return;
    queue = queue.then(async () => {
        let answer;
        try {
            answer = await handle(JSON.parse(line));
        } catch (e) {
            answer = {event: 'error', message: String(e && e.stack || e)};
        }
        process.stdout.write(JSON.stringify(answer) + '\n');
    });
}).on('close', () => queue.then(() => process.exit(0)));
