// The check that every message exists in every language and that every English message is used
// somewhere in the app (typecheck already refuses a missing key; this also catches the entries
// of maps typed as records, and messages left behind when a screen changed).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ar, errorWords as arErrors } from "./ar";
import { en, errorWords as enErrors } from "./en";
import { fr, errorWords as frErrors } from "./fr";
import { he, errorWords as heErrors } from "./he";
import { pluralIn } from "./locale";

type Tree = { [key: string]: unknown };

function paths(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === "object" && !Array.isArray(value) ? paths(value as Tree, path) : [path];
  });
}

const SRC = join(__dirname, "..");
// The server words its refusals from the same dictionaries (backend/concord/core/words.py reads
// this file): `npm run generate:words` writes it, and the test below fails when it is stale.
const SERVER_WORDS = join(__dirname, "..", "..", "..", "backend", "concord", "core", "error_words.json");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "client" ? [] : sources(path);
    const isCode = /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);
    const dictionary = path.startsWith(join(SRC, "i18n")) && !path.endsWith("index.ts");
    return isCode && !dictionary ? [path] : [];
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("messages", () => {
  const english = paths(en as unknown as Tree).sort();
  const others = { fr, ar, he } as Record<string, unknown>;

  it.each(Object.keys(others))("%s has every message English has, and no other", (language) => {
    expect(paths(others[language] as Tree).sort()).toEqual(english);
  });

  it.each([
    ["fr", frErrors],
    ["ar", arErrors],
    ["he", heErrors],
  ])("%s words every error code English words", (_language, words) => {
    expect(Object.keys(words).sort()).toEqual(Object.keys(enErrors).sort());
    expect(Object.values(words).filter((w) => !w.trim())).toEqual([]);
  });

  it("the server's catalogue of error words is the dictionaries' (npm run generate:words)", () => {
    const catalogue = `${JSON.stringify({ fr: frErrors, ar: arErrors, he: heErrors }, null, 1)}\n`;
    if (process.env.UPDATE_WORDS) writeFileSync(SERVER_WORDS, catalogue);
    expect(readFileSync(SERVER_WORDS, "utf-8")).toBe(catalogue);
  });

  it("every English message is used by the app", () => {
    const code = sources(SRC)
      .map((path) => readFileSync(path, "utf-8"))
      .join("\n");
    // `t.a.b` used as such, or `t.a` used whole (indexed by a value, passed on): either counts.
    const used = (path: string) => {
      const parts = path.split(".");
      return parts.some((_, i) => {
        const prefix = parts.slice(0, i + 1).join(".");
        const whole = i === parts.length - 1 ? "(?![\\w$])" : "(?![\\w$.])";
        return new RegExp(`\\bt\\.${escapeRegExp(prefix)}${whole}`).test(code);
      });
    };
    // app.direction is read through i18n/index.ts's `direction`, set on <html dir>.
    expect(english.filter((path) => !used(path) && path !== "app.direction")).toEqual([]);
  });

  it("chooses Arabic's six plural forms by the language's rules", () => {
    const forms = { zero: "z", one: "o", two: "t", few: "f#", many: "m#", other: "x#" };
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralIn("ar", n, forms))).toEqual(["z", "o", "t", "f3", "m11", "x100"]);
    expect(pluralIn("fr", 0, { one: "# membre", other: "# membres" })).toBe("0 membre");
  });

  it("writes numbers and plural forms in Arabic and Hebrew", () => {
    expect(ar.home.members(2)).not.toEqual(ar.home.members(3));
    expect(he.home.members(1)).not.toEqual(he.home.members(2));
  });
});
