// Opens graph.html pages in headless Chromium (the system browser, driven by puppeteer-core)
// and checks what a person would: no console error, no network request, every node and edge
// of the graph drawn, search, the side panel with evidence and source, the time range, the
// type filter, a level switch and a screenshot that is not blank.
//
// usage: node tests/clients/check_page.mjs [--screenshot FILE.png] PAGE.html...
// Each page must hold 安倍晋三's phone call with 特朗普 of 2020-08-31 (the fixtures do).
// CHROMIUM names the browser (default /usr/bin/chromium).
import puppeteer from "puppeteer-core";
import { PNG } from "pngjs";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
let screenshotFile = null;
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--screenshot") screenshotFile = args[++i];
  else pages.push(args[i]);
}
if (!pages.length) {
  console.error("usage: check_page.mjs [--screenshot FILE.png] PAGE.html...");
  process.exit(2);
}

let failed = 0, passed = 0;
function check(ok, what) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
}

/** The data a page embeds, read from the file itself (not from the page). */
function pageData(file) {
  const html = readFileSync(file, "utf8");
  const m = html.match(/<script type="application\/json" id="dipgraph-data">([\s\S]*?)<\/script>/);
  return JSON.parse(m[1]);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--window-size=1400,900"],
  defaultViewport: { width: 1400, height: 900 },
});
try {
  for (const file of pages) await checkPage(file);
} finally {
  await browser.close();
}
console.log(`check_page: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function checkPage(file) {
  console.log(`# ${file}`);
  const data = pageData(file);
  const url = pathToFileURL(resolve(file)).href;
  const page = await browser.newPage();
  const errors = [], requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    const u = r.url();
    // The page itself, and the layout's web worker (a blob: made by the page) are not
    // network requests; anything else is, and is refused.
    if (u === url || u.startsWith("blob:") || u.startsWith("data:")) r.continue();
    else { requests.push(u); r.abort(); }
  });
  const began = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.dipgraphPage && window.dipgraphPage.timing().firstFrameMs !== null, { timeout: 60000, polling: 200 });
  const timing = await page.evaluate(() => window.dipgraphPage.timing());
  console.log(`     first frame ${timing.firstFrameMs.toFixed(0)} ms after navigation (${Date.now() - began} ms wall)`);

  // Every node and edge of the level shown is drawn.
  const level = data.level;
  let c = await page.evaluate(() => window.dipgraphPage.counts());
  check(c.level === level && c.drawnNodes === data[level].nodes.id.length && c.drawnEdges === data[level].edges.source.length,
    `${level} level: ${c.drawnNodes}/${data[level].nodes.id.length} nodes and ${c.drawnEdges}/${data[level].edges.source.length} edges drawn`);

  // The layout runs, and its button stops it (the checks below then run on a still graph,
  // and faster).
  const running = () => page.evaluate(() => window.dipgraphPage.timing().layoutRunning);
  const wasRunning = await running();
  // (Had it settled meanwhile, the click started it again: a second one stops it.)
  if (await running()) await page.click("#layout");
  if (await running()) await page.click("#layout");
  check(!(await running()), `the Layout button stops the layout (${wasRunning ? "running" : "settled"} at first)`);

  // Search 安倍 → 安倍晋三, whose panel shows the call of 2020-08-31 with 特朗普.
  await page.click("#search");
  await page.keyboard.type("安倍");
  await page.waitForSelector("#suggest li");
  const first = await page.$eval("#suggest li", (li) => li.textContent);
  check(first.startsWith("安倍晋三"), `search 安倍 suggests 安倍晋三 first (${first})`);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#side h2")?.textContent === "安倍晋三");
  const call = data.events.find((e) => e.date === "2020-08-31" && e.type === "phone" &&
    e.people.includes("abe-shinzo") && e.people.includes("trump-donald"));
  check(!!call, "the data holds the phone call of 安倍晋三 and 特朗普 of 2020-08-31");
  if (call) {
    const panel = await page.$eval("#side", (s) => ({ text: s.innerText, links: [...s.querySelectorAll("a[href]")].map((a) => a.href) }));
    const entry = panel.text.split("\n").some((l) => l.includes("特朗普") && l.includes("2020-08-31") && l.includes("phone"));
    check(entry, "the panel lists 特朗普, 2020-08-31, phone");
    check(panel.text.includes(call.evidence), "the panel shows the evidence sentence");
    const source = call.sources.map((s) => s[0]).find(Boolean);
    check(panel.links.includes(new URL(source).href), `the panel links the source ${source}`);
  }
  check(await page.evaluate(() => window.dipgraphPage.visibleEdge("abe-shinzo", "trump-donald")), "the 安倍晋三–特朗普 edge is drawn");

  // Clicks on 特朗普's node and on the edge between them, made as a user makes them on a
  // page of thousands of nodes, where the whole graph draws nodes over each other: the spot
  // brought into sight, then zoomed in around until no other node is drawn near it.
  const position = (id) => page.evaluate((id) => window.dipgraphPage.nodePosition(id), id);
  // The camera glides (a zoom, a drag let go), and on a busy machine for longer than it
  // means to: each step waits until 特朗普's node has stood still for a while, and the page
  // picks nothing under the mouse for 300 ms after the camera last moved.
  const still = async () => {
    let last = null;
    for (let k = 0; k < 40; k++) {
      const p = await position("trump-donald");
      if (last && Math.abs(p.x - last.x) < 0.5 && Math.abs(p.y - last.y) < 0.5) break;
      last = p;
      await new Promise((r) => setTimeout(r, 250));
    }
    await new Promise((r) => setTimeout(r, 400));
  };
  const box = await page.$eval("#sigma", (e) => e.getBoundingClientRect().toJSON());
  const centre = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  // A spot to click, read in the page at once: 特朗普's node ("node"), or the point of the
  // 安倍晋三–特朗普 edge in sight farthest from any node, its two ends included ("edge"); with
  // whether it is in sight (inside the canvas, under no control of the page: the legend, the
  // zoom buttons) and its room, the pixels to the nearest other node drawn.
  const spot = (which) => page.evaluate((ids, box, which) => {
    const graph = window.dipgraphPage;
    const drawn = ids.map((id) => [id, graph.nodePosition(id)]).filter(([, p]) => p);
    const room = (p, except) => Math.min(...drawn.filter(([id]) => id !== except).map(([, q]) => Math.hypot(q.x - p.x, q.y - p.y)));
    const inSight = (p) => p.x > box.left + 20 && p.x < box.right - 20 && p.y > box.top + 20 && p.y < box.bottom - 20 &&
      !!document.elementFromPoint(p.x, p.y)?.closest("#sigma");
    const trump = graph.nodePosition("trump-donald");
    if (which === "node") return { ...trump, sight: inSight(trump), room: room(trump, "trump-donald") };
    const abe = graph.nodePosition("abe-shinzo");
    let best = null;
    for (let k = 2; k <= 18; k++) {
      const t = k / 20, p = { x: abe.x + t * (trump.x - abe.x), y: abe.y + t * (trump.y - abe.y) };
      if (!inSight(p)) continue;
      const r = room(p, null);
      if (!best || r > best.room) best = { ...p, sight: true, room: r };
    }
    return best ?? { x: (abe.x + trump.x) / 2, y: (abe.y + trump.y) / 2, sight: false, room: 0 };
  }, data[level].nodes.id, box, which);
  // The whole graph, the spot dragged to the middle of the canvas when out of sight (again
  // when a busy machine let the drag go astray), then zoomed in around while another node is
  // drawn within 24 pixels of it. Zooming keeps the point under the mouse where it is, and
  // draws nodes apart faster than it draws them larger.
  const reveal = async (which) => {
    await page.click("#zoom-reset");
    await still();
    for (let attempt = 0; attempt < 3; attempt++) {
      const p = await spot(which);
      if (p.sight) break;
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      await page.mouse.move(centre.x + (centre.x - p.x), centre.y + (centre.y - p.y), { steps: 12 });
      // (Released still, or the camera glides on.)
      await new Promise((r) => setTimeout(r, 300));
      await page.mouse.up();
      await still();
    }
    for (let k = 0; k < 10; k++) {
      const p = await spot(which);
      if (!p.sight || p.room >= 24) break;
      await page.mouse.move(p.x, p.y);
      await page.mouse.wheel({ deltaY: -240 });
      await still();
    }
  };
  await reveal("node");
  // (On a busy machine the zoom may still be moving, when clicks pick nothing: once more.)
  let opened = false;
  for (let attempt = 0; attempt < 3 && !opened; attempt++) {
    await new Promise((r) => setTimeout(r, 500 * attempt));
    const trump = await spot("node");
    await page.mouse.click(trump.x, trump.y);
    opened = await page.waitForFunction(() => document.querySelector("#side h2")?.textContent === "特朗普", { timeout: 2000, polling: 100 })
      .then(() => true, () => false);
  }
  check(opened, "a click on 特朗普's node opens his panel");
  const edgeClickable = await page.evaluate(() => window.dipgraphPage.counts().edges <= 20000);
  if (edgeClickable) {
    await reveal("edge");
    let clicked = false, other = null;
    for (let attempt = 0; attempt < 3 && !clicked; attempt++) {
      // Two clicks in 300 ms would be a double click (a zoom): they are 700 ms apart.
      await new Promise((r) => setTimeout(r, 700));
      const p = await spot("edge");
      await page.mouse.click(p.x, p.y);
      // (A busy machine may take a while to open the panel.)
      await page.waitForFunction(() => document.querySelector("#side h2")?.textContent.includes("—"), { timeout: 1500, polling: 100 })
        .catch(() => {});
      const h = await page.$eval("#side h2", (h) => h.textContent);
      if (h.includes("安倍晋三") && h.includes("特朗普")) clicked = true;
      else if (h.includes("—")) other = h;
    }
    // On a dense page other edges may cross this one: an edge's panel is what is checked.
    check(clicked || (data[level].nodes.id.length > 1000 && other !== null),
      clicked ? "a click on the 安倍晋三–特朗普 edge opens its events" : `a click on the edge opens an edge's events (${other}, drawn over it)`);
  }
  await page.$eval("#search", (i) => { i.value = ""; });
  await page.click("#search");
  await page.keyboard.type("安倍");
  await page.waitForSelector("#suggest li");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#side h2")?.textContent === "安倍晋三");

  // Moving the start of the time range past August 2020 hides that edge (the pair has no
  // later contact on either page; the panel greys the call out as outside the range).
  const month = (y, m) => y * 12 + m - 1;
  await setSlider(page, "#from", month(2020, 9));
  const shown = await page.evaluate(() => window.dipgraphPage.visibleEdge("abe-shinzo", "trump-donald"));
  check(!shown, "from 2020-09 on, the 安倍晋三–特朗普 edge is hidden");
  const greyed = await page.$$eval("#side .contact", (els) => els.filter((e) => e.innerText.includes("2020-08-31") &&
    e.innerText.includes("特朗普")).map((e) => e.classList.contains("filtered")));
  check(greyed.length > 0 && greyed.every(Boolean), "from 2020-09 on, the panel greys out the call of 2020-08-31");
  c = await page.evaluate(() => window.dipgraphPage.counts());
  check(c.drawnEdges < c.edges && c.drawnEdges === c.shownEdges, `from 2020-09: ${c.drawnEdges} of ${c.edges} edges drawn`);
  const min = await page.$eval("#from", (i) => +i.min);
  await setSlider(page, "#from", min);
  check(await page.evaluate(() => window.dipgraphPage.visibleEdge("abe-shinzo", "trump-donald")), "the whole range again: the edge is back");

  // The type filter: without phone, no edge made of phone calls only is drawn.
  const phoneOnly = (L, drawn) => drawn.filter((j) => L.edges.kind[j] === "contact" &&
    L.edges.events[j].every((k) => data.events[k].type === "phone")).length;
  let drawn = await page.evaluate(() => window.dipgraphPage.drawnEdges());
  const before = phoneOnly(data[level], drawn);
  await page.click('input[name=types][value=phone]');
  drawn = await page.evaluate(() => window.dipgraphPage.drawnEdges());
  const after = phoneOnly(data[level], drawn);
  check(before > 0 && after === 0, `type filter: edges of phone calls only drawn ${before} → ${after}`);
  await page.click('input[name=types][value=phone]');
  c = await page.evaluate(() => window.dipgraphPage.counts());
  check(c.drawnEdges === c.edges, "phone again: every edge drawn");

  // The other level.
  const other = level === "person" ? "country" : "person";
  await page.click(`input[name=level][value=${other}]`);
  c = await page.evaluate(() => window.dipgraphPage.counts());
  check(c.level === other && c.drawnNodes === data[other].nodes.id.length && c.drawnEdges === data[other].edges.source.length,
    `${other} level: ${c.drawnNodes}/${data[other].nodes.id.length} nodes and ${c.drawnEdges}/${data[other].edges.source.length} edges drawn`);
  await page.click(`input[name=level][value=${level}]`);

  // A screenshot that is not blank.
  await page.click("#zoom-reset");
  await new Promise((r) => setTimeout(r, 600));
  const png = await page.screenshot({ type: "png" });
  const colours = distinctColours(PNG.sync.read(Buffer.from(png)));
  check(colours > 100, `screenshot: ${colours} distinct colours`);
  if (screenshotFile) writeFileSync(screenshotFile, png);

  check(errors.length === 0, `no console error${errors.length ? ": " + errors.join(" | ") : ""}`);
  check(requests.length === 0, `no network request${requests.length ? ": " + requests.slice(0, 5).join(" ") : ""}`);
  await page.close();
  console.log(`     checked in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

async function setSlider(page, selector, value) {
  await page.$eval(selector, (input, v) => {
    input.value = v;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

function distinctColours(png) {
  const seen = new Set();
  for (let i = 0; i < png.data.length; i += 4) seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  return seen.size;
}
