// No line over 120 characters in the web app's own files (the generated client aside). Biome's
// formatter keeps code within 120 columns but leaves long strings and comments as they are.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";

const LIMIT = 120;
const root = new URL("..", import.meta.url).pathname;
const skip = new Set(["node_modules", "dist", "client"]);
// Translated messages: a sentence in French, Arabic or Hebrew runs longer than its English and is
// kept on one line, whole, for its translator (en.ts, where messages are written, stays checked).
const translations = new Set(["fr.ts", "ar.ts", "he.ts"]);
const kinds = new Set([".ts", ".tsx", ".mjs", ".js", ".css", ".html", ".json", ".svg"]);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || translations.has(entry.name) || entry.name === "package-lock.json") continue;
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
      if ([...line].length > LIMIT) {
        console.error(`${relative(root, path)}:${index + 1}: ${[...line].length} characters (at most ${LIMIT})`);
        found += 1;
      }
    });
}
if (found > 0) process.exit(1);
