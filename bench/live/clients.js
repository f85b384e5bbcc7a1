// Opens N text/event-stream connections to one topic as visitors, then publishes replies through the JSON API
// and times, for each reply, how long after its POST was answered (the commit is done by then) every reader had
// its event. Node 20's http module only; loopback only. Prints one JSON line of figures.
"use strict";
const http = require("http");

const [base, topicId, count, replies, token] = [process.argv[2], process.argv[3], +process.argv[4], +process.argv[5], process.argv[6]];
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const arrivals = new Map(); // post id -> [ms arrival]
let open = 0, refused = 0, ended = 0;

function connect() {
  return new Promise((resolve) => {
    const request = http.get({ host: url.hostname, port: url.port, path: "/live/topics/" + topicId, agent,
      headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) { refused++; response.resume(); resolve(); return; }
      open++;
      resolve();
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split("\n").find((line) => line.startsWith("data:"));
          if (data && data.includes("\"published\"")) {
            const post = JSON.parse(data.slice(5)).post;
            const now = performance.now();
            if (!arrivals.has(post)) { arrivals.set(post, []); }
            arrivals.get(post).push(now);
          }
        }
      });
      response.on("end", () => { ended++; });
    });
    request.on("error", () => { refused++; resolve(); });
  });
}

function reply(n) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ raw: "Message en direct numéro " + n + " pour le banc d’essai." });
    const sent = performance.now();
    const request = http.request({ host: url.hostname, port: url.port, path: "/api/topics/" + topicId + "/posts",
      method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer " + token,
        "Content-Length": Buffer.byteLength(body) } }, (response) => {
      let text = "";
      response.on("data", (c) => { text += c; });
      response.on("end", () => {
        const answered = performance.now();
        const id = (text.match(/"id":(\d+)/) || [])[1];
        if (response.statusCode >= 300 || !id) { reject(new Error(response.statusCode + " " + text)); return; }
        resolve({ id: +id, sent, answered });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];

(async () => {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, connect));
  }
  console.error(`open ${open}, refused ${refused}`);
  if (process.send) { process.send("open"); }
  await new Promise((resolve) => { if (process.env.WAIT_FILE) {
    const fs = require("fs");
    const poll = setInterval(() => { if (fs.existsSync(process.env.WAIT_FILE)) { clearInterval(poll); resolve(); } }, 200);
  } else { resolve(); } });
  const posts = [];
  for (let n = 1; n <= replies; n++) {
    posts.push(await reply(n));
    await sleep(1000);
  }
  await sleep(3000);
  const latencies = [], lastArrivals = [];
  let missing = 0;
  for (const post of posts) {
    const times = arrivals.get(post.id) || [];
    missing += open - times.length;
    times.forEach((t) => latencies.push(t - post.answered));
    if (times.length) { lastArrivals.push(Math.max(...times) - post.answered); }
  }
  latencies.sort((a, b) => a - b);
  lastArrivals.sort((a, b) => a - b);
  const fmt = (x) => x === undefined ? null : Math.round(x * 10) / 10;
  console.log(JSON.stringify({ open, refused, replies: posts.length, deliveries: latencies.length, missing,
    p50_ms: fmt(percentile(latencies, 50)), p99_ms: fmt(percentile(latencies, 99)), max_ms: fmt(latencies[latencies.length - 1]),
    all_readers_p50_ms: fmt(percentile(lastArrivals, 50)), all_readers_max_ms: fmt(lastArrivals[lastArrivals.length - 1]),
    post_answer_ms_p50: fmt(percentile(posts.map((p) => p.answered - p.sent).sort((a, b) => a - b), 50)) }));
  if (process.env.HOLD_FILE) {
    const fs = require("fs");
    fs.writeFileSync(process.env.HOLD_FILE, "measured");
    await new Promise((resolve) => { const poll = setInterval(() => {
      if (fs.existsSync(process.env.HOLD_FILE + ".done")) { clearInterval(poll); resolve(); } }, 200); });
  }
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
