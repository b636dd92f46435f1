// Bundles entry.js into graph-page.min.js (one minified IIFE), with the licences of the
// bundled packages, copied into licenses/, as its leading comment.
import { build } from "esbuild";
import { copyFileSync, readFileSync, readdirSync, existsSync } from "node:fs";

const packages = ["graphology", "sigma", "graphology-layout-forceatlas2", "graphology-utils", "events"];
const notices = [];
for (const name of packages) {
  const dir = `node_modules/${name}`;
  const version = JSON.parse(readFileSync(`${dir}/package.json`, "utf8")).version;
  const file = ["LICENSE.txt", "LICENSE", "LICENSE.md"].map((f) => `${dir}/${f}`).find(existsSync);
  copyFileSync(file, `licenses/${name}.LICENSE.txt`);
  notices.push(`${name} ${version}\n\n${readFileSync(file, "utf8").trim()}`);
}
const banner = `/*!\n${notices.join("\n\n----\n\n").replaceAll("*/", "* /")}\n*/`;
await build({
  entryPoints: ["entry.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2019",
  legalComments: "none",
  banner: { js: banner },
  outfile: "graph-page.min.js",
});
console.log("graph-page.min.js:", readdirSync("licenses").length, "licences,", readFileSync("graph-page.min.js").length, "bytes");
