import puppeteer from "puppeteer-core";
import { resolve } from "node:path";
const [file, wait] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader"], defaultViewport: { width: 1400, height: 900 } });
const page = await browser.newPage();
await page.goto("file://" + resolve(file), { waitUntil: "load" });
await new Promise((r) => setTimeout(r, +(wait || 6000)));
const cdp = await page.createCDPSession();
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
await cdp.send("Profiler.start");
const box = await (await page.$("#sigma")).boundingBox();
const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
const t0 = Date.now();
for (let step = 0; Date.now() - t0 < 3000; step++) {
  await page.mouse.move(cx, cy); await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(cx + Math.cos(step) * k * 15, cy + Math.sin(step) * k * 10);
  await page.mouse.up(); await page.mouse.wheel({ deltaY: step % 2 ? 120 : -120 });
}
const { profile } = await cdp.send("Profiler.stop");
const self = {}, byId = {};
profile.nodes.forEach((n) => (byId[n.id] = n));
const dt = {};
for (let i = 0; i < profile.samples.length; i++) dt[profile.samples[i]] = (dt[profile.samples[i]] || 0) + (profile.timeDeltas[i] || 0);
for (const n of profile.nodes) { const k = n.callFrame.functionName + ":" + n.callFrame.lineNumber + ":" + n.callFrame.columnNumber; self[k] = (self[k] || 0) + (dt[n.id] || 0); }
Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(6), "ms", k));
await browser.close();
