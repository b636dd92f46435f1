// Times graph.html in headless Chromium (not a test: it prints timings).
//
// usage: node tests/clients/bench_page.mjs [--synthetic NODES,EDGES] [--runs N] PAGE.html...
//
// For each page: the first frame (ms from navigation start to the frame after sigma first
// drew the graph), long tasks (> 50 ms on the main thread) while it opens and the layout
// settles, then a pan and zoom of 3 s with the long tasks during it. --synthetic writes, beside the first
// PAGE, a copy whose data is a generated graph of NODES nodes and EDGES contact edges (one
// event each), and times that too. The median of N runs (default 3) is printed.
import puppeteer from "puppeteer-core";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
let synthetic = null, runs = 3;
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--synthetic") synthetic = args[++i].split(",").map(Number);
  else if (args[i] === "--runs") runs = +args[++i];
  else pages.push(args[i]);
}
if (!pages.length) {
  console.error("usage: bench_page.mjs [--synthetic NODES,EDGES] [--runs N] PAGE.html...");
  process.exit(2);
}
if (synthetic) pages.push(writeSynthetic(pages[0], synthetic[0], synthetic[1]));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader"],
  defaultViewport: { width: 1400, height: 900 },
});
try {
  for (const file of pages) {
    const results = [];
    for (let r = 0; r < runs; r++) results.push(await time(file));
    results.sort((a, b) => a.firstFrame - b.firstFrame);
    const m = results[Math.floor(results.length / 2)];
    console.log(`${file}: ${m.nodes} nodes, ${m.edges} edges (median of ${runs})`);
    console.log(`  first frame ${m.firstFrame.toFixed(0)} ms (runs: ${results.map((x) => x.firstFrame.toFixed(0)).join(", ")}); marks ${JSON.stringify(m.marks)}`);
    console.log(`  opening and layout (settled ${(m.settle / 1000).toFixed(1)} s after the first frame, ${m.iterations} iterations): ${m.openTasks.length} long tasks, longest ${Math.max(0, ...m.openTasks).toFixed(0)} ms`);
    console.log(`  pan and zoom (3 s): ${m.panTasks.length} long tasks, longest ${Math.max(0, ...m.panTasks).toFixed(0)} ms, ${m.frames} frames`);
  }
} finally {
  await browser.close();
}

async function time(file) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load", timeout: 120000 });
  await page.waitForFunction(() => window.dipgraphPage && window.dipgraphPage.timing().firstFrameMs !== null, { timeout: 180000, polling: 200 });
  const t = await page.evaluate(() => window.dipgraphPage.timing());
  // Until the layout has settled (at most 40 s).
  const waited = Date.now();
  await page.waitForFunction(() => !window.dipgraphPage.timing().layoutRunning, { timeout: 40000, polling: 200 }).catch(() => {});
  const settle = Date.now() - waited;
  const counts = await page.evaluate(() => window.dipgraphPage.counts());
  const opened = await page.evaluate(() => performance.now());
  const openTasks = await page.evaluate((end) => window.__longTasks.filter((x) => x[0] < end).map((x) => x[1]), opened);
  const iterations = (await page.evaluate(() => window.dipgraphPage.timing())).layoutIterations;
  // Pan: drags across the graph, then wheel zooms, for about 3 s.
  const box = await (await page.$("#sigma")).boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.evaluate(() => { window.__frames = 0; const f = () => { window.__frames++; window.__raf = requestAnimationFrame(f); }; f(); });
  const panStart = await page.evaluate(() => performance.now());
  const end = Date.now() + 3000;
  let step = 0;
  while (Date.now() < end) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(cx + Math.cos(step) * k * 15, cy + Math.sin(step) * k * 10);
    await page.mouse.up();
    await page.mouse.wheel({ deltaY: step % 2 ? 120 : -120 });
    step++;
  }
  const panEnd = await page.evaluate(() => performance.now());
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return window.__frames; });
  const panTasks = await page.evaluate((a, b) => window.__longTasks.filter((x) => x[0] >= a && x[0] < b).map((x) => x[1]), panStart, panEnd);
  await page.close();
  return { firstFrame: t.firstFrameMs, marks: roundMarks(t.marks), nodes: counts.nodes, edges: counts.edges, openTasks, panTasks, iterations, frames, settle };
}

function roundMarks(marks) {
  const out = {};
  for (const k in marks) out[k] = Math.round(marks[k]);
  return out;
}

/** A copy of `file` whose data is a generated graph: a seeded, power-law-ish contact graph. */
function writeSynthetic(file, n, m) {
  const html = readFileSync(file, "utf8");
  const open = '<script type="application/json" id="dipgraph-data">';
  const i = html.indexOf(open) + open.length, j = html.indexOf("</script>", i);
  let seed = 42;
  const rand = () => { // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const countries = Array.from({ length: 60 }, (_, k) => "C" + k);
  const nodes = { id: [], label: [], kind: [], country: [], role: [], articles: [], events: [], betweenness: [] };
  for (let k = 0; k < n; k++) {
    nodes.id.push("p" + k); nodes.label.push("人物" + k); nodes.kind.push("person");
    nodes.country.push(countries[Math.floor(Math.pow(rand(), 2) * countries.length)]);
    nodes.role.push(null); nodes.articles.push(1); nodes.events.push(0); nodes.betweenness.push(0);
  }
  const edges = { source: [], target: [], kind: [], weight: [], events: [] }, events = [];
  const types = ["meeting", "visit", "phone", "video", "summit"], seen = new Set();
  while (edges.source.length < m) {
    // Ends drawn with a bias to low indices: a few hubs, many leaves.
    const a = Math.floor(Math.pow(rand(), 1.8) * n), b = Math.floor(rand() * n);
    const key = a < b ? a + ":" + b : b + ":" + a;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const month = 1 + Math.floor(rand() * 12), year = 2015 + Math.floor(rand() * 8);
    events.push({ id: "e" + events.length, type: types[Math.floor(rand() * 5)], status: "held",
      date: `${year}-${String(month).padStart(2, "0")}`, people: ["p" + Math.min(a, b), "p" + Math.max(a, b)], countries: [],
      evidence: "合成的接触。", topics: [], sources: [[null, "synthetic", null, "synthetic.md"]] });
    edges.source.push(Math.min(a, b)); edges.target.push(Math.max(a, b)); edges.kind.push("contact");
    edges.weight.push(1); edges.events.push([events.length - 1]);
    nodes.events[a]++; nodes.events[b]++;
  }
  const data = { dipgraph_version: "synthetic", level: "person", sources: ["synthetic"], article_count: 0, filter: "",
    events, person: { nodes, edges }, country: { nodes: { id: [], label: [], kind: [], country: [], role: [], articles: [], events: [], betweenness: [] },
      edges: { source: [], target: [], kind: [], weight: [], events: [] } }, names: {} };
  const out = join(dirname(file), `synthetic-${n}-${m}.html`);
  writeFileSync(out, html.slice(0, i) + JSON.stringify(data).replaceAll("<", "\\u003c") + html.slice(j));
  console.log(`wrote ${out}`);
  return out;
}
