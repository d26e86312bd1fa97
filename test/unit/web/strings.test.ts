import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALERT_STATUSES } from "../../../schema";
import { EVENT_TYPES } from "../../../scoring/events/types";
import { currentModel } from "../../../scoring/model";
import { SECTORS } from "../../../scoring/types";
import { renderPage } from "../../../web/build.mjs";
import { translate } from "../../../web/src/i18n";
import STRINGS from "../../../web/strings.json";
import { COUNTRIES } from "../../../worker/contracts/smes";

const web = path.join(import.meta.dirname, "..", "..", "..", "web");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));

describe("the string table", () => {
  it("has every string in French and English", () => {
    for (const [key, value] of Object.entries(STRINGS)) {
      expect(value.fr.trim(), key).not.toBe("");
      expect(value.en.trim(), key).not.toBe("");
      // Placeholders must match, or one language would print a raw {name}.
      expect([...value.fr.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), key).toEqual(
        [...value.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
      );
    }
  });

  it("names every sector, country, event type, reason and closed alert's status the API can send", () => {
    const keys = new Set(Object.keys(STRINGS));
    const needed = [
      ...SECTORS.map((s) => `sector.${s}`),
      ...COUNTRIES.map((c) => `country.${c}`),
      ...EVENT_TYPES.map((e) => `event.${e}`),
      ...currentModel.reason_codes.map((r) => `reason.${r.factor}`),
      ...ALERT_STATUSES.filter((s) => s !== "open").map((s) => `alerts.${s}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("holds every key the code and the pages use", () => {
    const used = new Set<string>();
    for (const file of files(web).filter((f) => /\.(ts|html)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/data-t(?:-[a-z-]+)?="([\w.]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\("([\w.]+)"/g)) used.add(m[1]!);
    }
    expect([...used].filter((k) => !(k in STRINGS))).toEqual([]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("fr", "portfolio.scoring", { done: 3, total: 50 })).toBe("Notation : 3/50");
    expect(translate("en", "portfolio.scoring", { done: 3 })).toBe("Scoring: 3/{total}");
  });

  it("the build writes the French into every page, escaped", () => {
    const html = renderPage(path.join(web, "pages", "index.html"));
    expect(html).toContain(">Votre première décision de crédit</h1>");
    expect(html).toContain("Demandez vos clés sandbox et l&#39;accès".replace("&#39;", "'"));
    expect(html).not.toMatch(/<(\w+)[^>]*data-t="[\w.]+"[^>]*><\/\1>/);
  });
});
