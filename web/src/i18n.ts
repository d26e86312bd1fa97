import STRINGS from "../strings.json";

/** French first (UEMOA's working language), English beside it: every string in one table. */
export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type StringKey = keyof typeof STRINGS;

export const isKey = (key: string): key is StringKey => Object.hasOwn(STRINGS, key);

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
