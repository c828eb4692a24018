#!/usr/bin/env bash
# Installs the packed tarball into a scratch project, as a new user would, and compiles an ESM
# and a CJS file against it under moduleResolution nodenext, then runs both: decide a member
# and read the finding in Chinese; then runs the installed command line (the `bin` npm links, as `npx` would run it;
# calling npx itself fails inside the Node-version matrix, which runs under `npx -p node@N`)
# on one member. Catches type and packaging faults attw and publint miss.
# The scratch project brings its own zod, another 4.x version than the one this package is
# developed with (CONSUMER_ZOD, default 4.6.5): zod is a peer dependency, so `npm ls zod` must show
# that one copy and no other. Every relative link in the installed README must resolve.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$scratch" | tail -n 1)
cd "$scratch"
cat > package.json <<'JSON'
{ "name": "consumer-check", "version": "1.0.0", "private": true, "type": "module" }
JSON
consumer_zod=${CONSUMER_ZOD:-4.6.5}
npm install --silent --no-audit --no-fund "zod@$consumer_zod" "./$tarball" >/dev/null
zods=$(npm ls zod --all --parseable | grep -c "node_modules/zod$" || true)
if [ "$zods" != "1" ] || [ "$(node -p 'require("zod/package.json").version')" != "$consumer_zod" ]; then
  npm ls zod --all
  echo "consumer check: expected one zod ($consumer_zod), found $zods" >&2
  exit 1
fi
echo "consumer check: one zod, the host's own $consumer_zod"
node "$root/scripts/pack-check.mjs" --links node_modules/collective-pension-subsidy
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true, "outDir": "out", "skipLibCheck": false, "types": [] }, "files": ["esm.mts", "cjs.cts", "readme.mts", "readme.cts"] }
JSON
cat > esm.mts <<'TS'
import { computeSubsidy, createPolicy, type SubsidyDecision } from "collective-pension-subsidy";
const policy = createPolicy({ highestTier: { 2025: "3000" } });
const plan = {
  id: "p", organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year", year: 2025 }, standards: { ladder: [{ minTier: 300, amount: 80 }] },
} as const;
const member = { id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: false, category: "general",
  contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }] } as const;
const decision: SubsidyDecision = computeSubsidy(member, plan, { year: 2025, policy });
if (decision.status !== "denied" || decision.findings[0]?.code !== "not_enrolled") throw new Error("unexpected ESM decision");
console.log(`esm: ${decision.status} ${decision.findings[0].message.zh}`);
TS
cat > cjs.cts <<'TS'
import lib = require("collective-pension-subsidy");
const policy = lib.createPolicy({ highestTier: { 2025: "3000" } });
const plan = { id: "p", organisation: { name: "金江村", kind: "village" as const, township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year" as const, year: 2025 }, standards: { ladder: [{ minTier: 300, amount: 80 }] } };
const member = { id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general" as const,
  contributions: [{ period: 2025, kind: "regular" as const, tier: 300, selfPaid: 300 }] };
const decision: lib.SubsidyDecision = lib.computeSubsidy(member, plan, { year: 2025, policy });
if (decision.status !== "granted" || decision.amount !== "80.00") throw new Error("unexpected CJS decision");
console.log(`cjs: ${decision.status} ${decision.amount}`);
TS
# README's "Use" snippet, unchanged, as an ES module and as a CommonJS one (TypeScript turns the
# import into require() in a .cts file).
awk '/^```ts$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$root/README.md" > readme.mts
grep -q '^import { computeSubsidy' readme.mts || { echo "consumer check: README's snippet not found" >&2; exit 1; }
cp readme.mts readme.cts
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
node out/readme.mjs
node out/readme.cjs
echo "consumer check: README's snippet compiles and runs as ESM and as CommonJS"
# A bundler resolves the per-module ESM build (the "module" condition) and, with "sideEffects": false,
# keeps only the modules isWorkingDay reaches: no member decision, no application rules, no decimal.js.
node --input-type=module -e '
  const { build } = await import(process.argv[1]);
  const result = await build({ stdin: { contents: "export { isWorkingDay } from \"collective-pension-subsidy\";", resolveDir: process.cwd() },
    bundle: true, write: false, metafile: true, format: "esm", platform: "browser", logLevel: "error" });
  const kept = Object.values(result.metafile.outputs)[0].inputs;
  const inputs = Object.keys(kept).filter((path) => kept[path].bytesInOutput > 0);
  const ours = inputs.filter((path) => path.includes("collective-pension-subsidy/"));
  if (!ours.some((path) => path.endsWith("dist/esm/calendar/isWorkingDay.js"))) throw new Error("the bundle did not use dist/esm");
  const dragged = inputs.filter((path) => /\/(decision|application|account)\/|decimal\.js/.test(path));
  if (dragged.length > 0) throw new Error(`isWorkingDay drags in ${dragged.join(", ")}`);
  console.log(`consumer check: a bundle of isWorkingDay holds ${ours.length} modules of this package, none of the decision, application or account`);
' "$root/node_modules/esbuild/lib/main.js"
node out/esm.mjs
node out/cjs.cjs
cat > plan.json <<'JSON'
{ "id": "p", "organisation": { "name": "金江村", "kind": "village", "township": "金江镇", "county": "仁和区" },
  "validity": { "kind": "one_year", "year": 2025 }, "standards": { "ladder": [{ "minTier": 300, "amount": 80 }] } }
JSON
line=$(echo '{"id":"510402198001010018","name":"张三","collectiveMember":true,"enrolled":true,"category":"general","contributions":[{"period":2025,"kind":"regular","tier":300,"selfPaid":300}]}' \
  | node_modules/.bin/collective-pension-subsidy decide --plan plan.json --year 2025 --highest-tier 2025=3000)
case "$line" in
  '{"status":"granted","memberId":"510402198001010018","year":2025,"amount":"80.00",'*) echo "cli: ${line:0:80}…" ;;
  *) echo "unexpected command-line output: $line" >&2; exit 1 ;;
esac
echo "consumer check: ESM and CJS compile under nodenext and run; the installed command line decides"
