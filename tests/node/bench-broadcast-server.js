#!/usr/bin/env node
// The stream benchmark's baseline: a minimal broadcast server on the npm ws package, the
// pattern of its README ("broadcast to all connected clients"). A connection to /publish
// publishes: every message it sends goes out as is to every other open connection. No
// database, no authentication, no sequencing, no per-connection queue limit, no filtering by
// channel or scope. Prints "listening on 127.0.0.1:PORT" once ready; stops on SIGTERM.
//   node bench-broadcast-server.js [PORT]     (default 0: any free port)
'use strict';

const WebSocket = require('ws');

const wss = new WebSocket.WebSocketServer(
    {host: '127.0.0.1', port: Number(process.argv[2] || 0), perMessageDeflate: false});

wss.on('connection', (ws, request) => {
    if (request.url !== '/publish')
        return;
    ws.on('message', (data, isBinary) => {
        wss.clients.forEach((client) => {
            if (client !== ws && client.readyState === WebSocket.OPEN)
                client.send(data, {binary: isBinary});
        });
    });
});
wss.on('listening', () => {
    process.stdout.write(`listening on 127.0.0.1:${wss.address().port}\n`);
});
process.on('SIGTERM', () => {
    wss.clients.forEach((client) => client.terminate());
    wss.close(() => process.exit(0));
});
