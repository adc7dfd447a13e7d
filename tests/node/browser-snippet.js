// The browser-console snippet of the design notes (003, section 6.2), as a page runs it against
// stockroomd once it has a stream ticket: the only addition is the auth frame the server requires
// before anything else, so the snippet's subscribe goes out when "ready" arrives. Uses the ws
// package, whose WebSocket has the browser's onopen/onmessage/send API.
//   node browser-snippet.js ws://127.0.0.1:8792/ws TICKET
const WebSocket = require('ws');

const [url, ticket] = process.argv.slice(2);
const ws = new WebSocket(url);

ws.onopen = () => {
  console.log('Connected!');
  ws.send(JSON.stringify({ type: 'auth', ticket }));
};

ws.onmessage = (e) => {
  const message = JSON.parse(e.data);
  if (message.type === 'ready') {
    ws.send(JSON.stringify({ type: 'subscribe', channel: 'global' }));
  }
  console.log('Event:', JSON.stringify(message));
};

ws.onclose = (e) => {
  console.log('Closed:', e.code, e.reason);
  process.exit(0);
};
