// Writes the JSON Schemas of the contract to dist/schemas/<Name>.json, one file per schema, for
// hosts that do not read TypeScript (`npm run build` runs it after tsup).
// `npx tsx scripts/schemas/write.ts [outDir]`; outDir defaults to dist/schemas.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../../src/index.js";

const outDir = process.argv[2] ?? join("dist", "schemas");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const schemas = jsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to ${outDir}`);
