// The slow-link measurement against a portal that is already running, through the DevTools protocol of
// Debian's Chromium (no download): 400 kbit/s each way, 400 ms latency, 375 px, an empty cache per page.
// usage: node src/bench/slow-link.mjs http://localhost:8080 path [path...]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, ...paths] = process.argv.slice(2);
const port = 9300 + Math.floor(Math.random() * 500);
const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--window-size=375,800',
  `--remote-debugging-port=${port}`, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'slow-link-'))}`, 'about:blank'],
  { stdio: 'ignore' });
const sleep = ms => new Promise(r => setTimeout(r, ms));
let target;
for (let i = 0; i < 100 && !target; i++) {
  await sleep(200);
  try { target = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()).find(t => t.type === 'page'); } catch {}
}
const ws = new WebSocket(target.webSocketDebuggerUrl);
await new Promise(r => ws.addEventListener('open', r));
let id = 0; const waiting = new Map();
ws.addEventListener('message', e => { const m = JSON.parse(e.data); if (waiting.has(m.id)) { waiting.get(m.id)(m); waiting.delete(m.id); } });
const send = (method, params = {}) => new Promise(r => { const n = ++id; waiting.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });
const evaluate = async expr => (await send('Runtime.evaluate', { expression: expr, returnByValue: true, awaitPromise: true })).result.result.value;
await send('Network.enable');
await send('Page.enable');
await send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50000, uploadThroughput: 50000 });
console.log('| page | main content | first paint | load | bytes | requests |');
console.log('|---|---|---|---|---|---|');
for (const path of paths) {
  await send('Network.clearBrowserCache');
  await send('Network.clearBrowserCookies');
  await send('Page.navigate', { url: 'about:blank' });
  await sleep(300);
  await send('Page.navigate', { url: base + path });
  for (let i = 0; i < 600; i++) {
    await sleep(100);
    const ready = await evaluate("!!document.querySelector('main h1, h1, vaadin-login-form') && document.readyState === 'complete'").catch(() => false);
    if (ready) break;
  }
  await sleep(1500);
  const m = await evaluate(`new Promise(done => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    new PerformanceObserver(l => { const all = l.getEntries(); done({ lcp: all.length ? all[all.length - 1].startTime : 0,
      fcp: fcp ? fcp.startTime : 0, load: nav.loadEventEnd,
      bytes: res.reduce((s, r) => s + (r.transferSize || r.encodedBodySize || 0), nav.transferSize || nav.encodedBodySize || 0),
      requests: res.length + 1 }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  })`);
  const s = x => (x / 1000).toFixed(1) + ' s';
  console.log(`| ${path} | ${s(m.lcp)} | ${s(m.fcp)} | ${s(m.load)} | ${m.bytes.toLocaleString('en')} | ${m.requests} |`);
}
ws.close();
chrome.kill();
