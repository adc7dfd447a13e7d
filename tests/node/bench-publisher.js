#!/usr/bin/env node
// The stream benchmark's publisher for the ws baseline (bench-broadcast-server.js): sends
// COUNT copies of one event frame at RATE a second to ws://…/publish, each tagged with its own
// id, and writes "ID MICROSECONDS" (CLOCK_MONOTONIC, read as the frame is handed to the
// socket) a line to OUT_FILE — the same record bench_stream keeps of its stock commits.
//   node bench-publisher.js URL RATE COUNT FIRST_ID FRAME_FILE OUT_FILE
// FRAME_FILE holds an event frame as stockroomd sent it; its `"reference_id": "b<digits>"`
// tag is replaced by each id, so the copies are the size of the real thing.
'use strict';

const fs = require('fs');
const WebSocket = require('ws');

const [url, rateText, countText, firstText, frameFile, outFile] = process.argv.slice(2);
const rate = Number(rateText);
const count = Number(countText);
const first = Number(firstText);
const frame = fs.readFileSync(frameFile, 'utf8');
const tag = /"reference_id": "b\d+"/;
if (!tag.test(frame)) {
    process.stderr.write('bench-publisher: the frame has no "reference_id": "b…" tag\n');
    process.exit(2);
}
const [head, tail] = frame.split(tag);

function nowUs() {
    const [s, ns] = process.hrtime();
    return s * 1e6 + ns / 1e3;
}

const ws = new WebSocket(url, {perMessageDeflate: false});
ws.on('error', (e) => {
    process.stderr.write(`bench-publisher: ${e.message}\n`);
    process.exit(1);
});
ws.on('open', () => {
    const sent = new Float64Array(count);
    const start = nowUs() + 1000;
    let next = 0;
    // Every frame that is due goes out; then a timer until the next one is due (as the
    // benchmark's stock writer sleeps between commits).
    const pump = () => {
        let now = nowUs();
        while (next < count && start + (next * 1e6) / rate <= now) {
            ws.send(`${head}"reference_id": "b${first + next}"${tail}`);
            sent[next++] = now = nowUs();
        }
        if (next < count) {
            const dueIn = start + (next * 1e6) / rate - nowUs();
            setTimeout(pump, Math.max(0, Math.round(dueIn / 1000)));
            return;
        }
        const lines = [];
        for (let i = 0; i < count; ++i)
            lines.push(`${first + i} ${sent[i].toFixed(1)}`);
        fs.writeFileSync(outFile, lines.join('\n') + '\n');
        ws.close();
        ws.on('close', () => process.exit(0));
    };
    pump();
});
