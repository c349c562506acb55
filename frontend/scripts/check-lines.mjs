// No line over 120 columns in the web app's own files (the generated client aside). Biome's
// formatter keeps code within 120 columns but leaves long strings and comments as they are.
// Columns as Biome counts them: a combining mark (an Arabic vowel sign, a Hebrew point) takes none,
// so a line Biome joins to 120 columns is not refused here for its marks.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";

const LIMIT = 120;
const root = new URL("..", import.meta.url).pathname;
const skip = new Set(["node_modules", "dist", "client"]);
const kinds = new Set([".ts", ".tsx", ".mjs", ".js", ".css", ".html", ".json", ".svg"]);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name === "package-lock.json") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (kinds.has(extname(entry.name))) yield path;
  }
}

let found = 0;
for (const path of files(root)) {
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const columns = [...line.replace(/\p{M}/gu, "")].length;
      if (columns > LIMIT) {
        console.error(`${relative(root, path)}:${index + 1}: ${columns} columns (at most ${LIMIT})`);
        found += 1;
      }
    });
}
if (found > 0) process.exit(1);
