import { build } from "esbuild";
const name = process.argv[2];
const r = await build({ stdin: { contents: `export { ${name} } from "./dist/esm/index.js";`, resolveDir: process.cwd() }, bundle: true, minify: true, format: "esm", metafile: true, write: false, platform: "browser", treeShaking: true });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k.replace(/.*node_modules\//, ""), v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
let groups = {};
for (const [k, b] of rows) { const g = k.startsWith("dist") ? k : k.split("/").slice(0, k.startsWith("@") ? 2 : 1).join("/") + (k.includes("zod") ? "/" + k.split("/").slice(1,4).join("/") : ""); groups[g] = (groups[g] ?? 0) + b; }
console.log(name, "total", out.bytes);
console.log(Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, b]) => `${b}\t${k}`).join("\n"));
