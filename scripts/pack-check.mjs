// Fails when `npm pack` would ship anything a user does not need: only the built library, the
// JSON Schemas, the conformance fixtures and the package's own documents may be in the tarball;
// the command line (dist/cli.js, the `bin`) must be, executable.
import { execFileSync } from "node:child_process";

const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/index\.(js|cjs|d\.ts|d\.cts)$/, /^dist\/cli\.js$/, /^dist\/schemas\/[\w-]+\.json$/, /^test\/fixtures\/[\w.-]+\.json$/];
const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }));
const unexpected = pack.files.map((file) => file.path).filter((path) => !allowed.some((pattern) => pattern.test(path)));
console.log(`npm pack: ${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked`);
for (const required of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js"]) {
  if (!pack.files.some((file) => file.path === required)) unexpected.push(`(missing) ${required}`);
}
const cli = pack.files.find((file) => file.path === "dist/cli.js");
if (cli !== undefined && (cli.mode & 0o111) === 0) unexpected.push("(not executable) dist/cli.js");
if (unexpected.length > 0) {
  console.error(`npm pack would ship unexpected files:\n${unexpected.join("\n")}`);
  process.exit(1);
}
