// The README's screenshot: a page in headless Chromium once its layout has settled, with
// 安倍晋三 searched and selected.
// usage: node tests/clients/screenshot_page.mjs PAGE.html OUT.png
// (docs/graph-page.png: the page of ../shared/corpus, with fonts-noto-cjk installed.)
import puppeteer from "puppeteer-core";
import { resolve } from "node:path";
const [file, out] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader"], defaultViewport: { width: 1400, height: 860 } });
const page = await browser.newPage();
await page.goto("file://" + resolve(file), { waitUntil: "load" });
await page.waitForFunction(() => window.dipgraphPage && window.dipgraphPage.timing().firstFrameMs && !window.dipgraphPage.timing().layoutRunning, { timeout: 60000, polling: 500 });
await page.click("#search"); await page.keyboard.type("安倍"); await page.waitForSelector("#suggest li"); await page.keyboard.press("Enter");
await new Promise((r) => setTimeout(r, 1500));
await page.mouse.move(5, 300);
await page.screenshot({ path: out });
await browser.close();
