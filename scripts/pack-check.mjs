// Fails when `npm pack` would ship anything a user does not need: only the built library, the
// JSON Schemas, the conformance fixtures and their README, and the package's own documents may be
// in the tarball. It must also be self-sufficient: every relative link in the Markdown files it
// ships (README.md, CHANGELOG.md, docs/*.md, test/fixtures/README.md) must name a file it ships.
// The command line (dist/cli.js, the `bin`) must be in it, executable.
//
// `node scripts/pack-check.mjs` checks `npm pack --dry-run`'s file list;
// `node scripts/pack-check.mjs --links <installed package folder>` checks the links against the
// files on disk of an installed copy (scripts/consumer-check.sh runs it in node_modules).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";

const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^docs\/[\w-]+\.md$/,
  /^dist\/index\.(js|cjs|d\.ts|d\.cts)$/,
  /^dist\/cli\.js$/,
  /^dist\/esm\/[\w/-]+\.js$/,
  /^dist\/schemas\/[\w-]+\.json$/,
  /^test\/fixtures\/[\w.-]+\.json$/,
  /^test\/fixtures\/README\.md$/,
];
const required = ["dist/index.js", "dist/esm/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "README.md", "docs/integration.md", "test/fixtures/README.md"];

/** Relative link targets of a Markdown text, code blocks and code spans left out. */
function relativeLinks(markdown) {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const targets = [];
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    targets.push(decodeURIComponent(target.replace(/[#?].*$/, "")));
  }
  return targets;
}

/** Links in the shipped Markdown files that name no shipped file, as `file: target`. */
function brokenLinks(files, read) {
  const shipped = new Set(files);
  const broken = [];
  for (const file of files.filter((path) => path.endsWith(".md"))) {
    for (const target of relativeLinks(read(file))) {
      const resolved = posix.normalize(posix.join(posix.dirname(file), target)).replace(/\/$/, "");
      if (!shipped.has(resolved)) broken.push(`${file}: ${target}`);
    }
  }
  return broken;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

const linksAt = process.argv.indexOf("--links");
if (linksAt !== -1) {
  const dir = process.argv[linksAt + 1];
  if (dir === undefined) throw new Error("--links needs the installed package's folder");
  const files = filesUnder(dir).filter((path) => !path.startsWith("node_modules/"));
  const broken = brokenLinks(files, (file) => readFileSync(join(dir, file), "utf8"));
  const count = files.filter((path) => path.endsWith(".md")).length;
  if (broken.length > 0) {
    console.error(`installed package: links that resolve to no installed file:\n${broken.join("\n")}`);
    process.exit(1);
  }
  console.log(`installed package: every relative link in its ${count} Markdown files resolves`);
} else {
  const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }));
  const paths = pack.files.map((file) => file.path);
  const unexpected = paths.filter((path) => !allowed.some((pattern) => pattern.test(path)));
  console.log(`npm pack: ${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked`);
  for (const path of required) if (!paths.includes(path)) unexpected.push(`(missing) ${path}`);
  const cli = pack.files.find((file) => file.path === "dist/cli.js");
  if (cli !== undefined && (cli.mode & 0o111) === 0) unexpected.push("(not executable) dist/cli.js");
  const broken = brokenLinks(paths, (file) => readFileSync(file, "utf8"));
  if (unexpected.length > 0) console.error(`npm pack would ship unexpected files:\n${unexpected.join("\n")}`);
  if (broken.length > 0) console.error(`links in the packed Markdown that name no packed file:\n${broken.join("\n")}`);
  if (unexpected.length > 0 || broken.length > 0) process.exit(1);
  console.log(`npm pack: every relative link in the ${paths.filter((path) => path.endsWith(".md")).length} packed Markdown files resolves in the tarball`);
}
