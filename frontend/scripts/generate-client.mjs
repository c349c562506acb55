// Generates src/client/schema.d.ts from ../schemas/openapi.json (openapi-typescript).
// `--check` regenerates in memory and fails when the committed file differs (stale client).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(here, "../../schemas/openapi.json");
const outPath = resolve(here, "../src/client/schema.d.ts");
const header =
  "// Generated from schemas/openapi.json by `npm run generate:client`. Do not edit.\n" +
  "// `npm run check:client` (part of ./dev test) fails when this file is stale.\n\n";

const ast = await openapiTS(JSON.parse(readFileSync(schemaPath, "utf8")));
const generated = header + astToString(ast);

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(outPath, "utf8");
  } catch {
    // missing counts as stale
  }
  if (committed !== generated) {
    console.error(
      "frontend/src/client/schema.d.ts is stale: schemas/openapi.json changed.\n" +
        "Run `npm run generate:client` in frontend/ (or ./dev schemas) and commit the result.",
    );
    process.exit(1);
  }
  console.log("typed API client is up to date with schemas/openapi.json");
} else {
  writeFileSync(outPath, generated);
  console.log(`wrote ${outPath}`);
}
