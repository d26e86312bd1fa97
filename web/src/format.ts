import type { Lang } from "./i18n";

/** Numbers follow the page's language (fr-FR groups with a narrow space, en with commas). */
const NUMBER_LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en" };

/** An amount in XOF: whole francs (the currency has no minor unit). */
export const money = (lang: Lang, xof: number) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: "currency", currency: "XOF", maximumFractionDigits: 0 }).format(xof);

/** A number shortened for chart axes (12,5 M; 12.5M), the unit being in the chart's legend. */
export const compact = (lang: Lang, n: number) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { notation: "compact", maximumFractionDigits: 1 }).format(n);

/** A month as an axis shows it: its short name, with the year on January and on the first one. */
export const monthTick = (lang: Lang, isoDay: string, withYear: boolean) =>
  new Intl.DateTimeFormat(NUMBER_LOCALE[lang], { month: "short", ...(withYear ? { year: "2-digit" } : {}), timeZone: "UTC" }).format(
    new Date(isoDay),
  );

export const count = (lang: Lang, n: number) => new Intl.NumberFormat(NUMBER_LOCALE[lang]).format(n);

export const percent = (lang: Lang, ratio: number, digits = 1) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    ratio,
  );

/** Dates and times in the viewer's own locale (`undefined`: the browser's), whatever the page's language. */
export const dateTime = (iso: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

/** A week's first day as an axis shows it (7 déc., Dec 7). */
export const dayTick = (lang: Lang, isoDay: string) =>
  new Intl.DateTimeFormat(NUMBER_LOCALE[lang], { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(isoDay));

export const date = (iso: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
