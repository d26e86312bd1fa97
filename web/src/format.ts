import type { Lang } from "./i18n";

/** Numbers follow the page's language (fr-FR groups with a narrow space, en with commas). */
const NUMBER_LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en" };

/** An amount in XOF: whole francs (the currency has no minor unit). */
export const money = (lang: Lang, xof: number) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: "currency", currency: "XOF", maximumFractionDigits: 0 }).format(xof);

/** The same, shortened for chart axes (1,2 M F CFA). */
export const compactMoney = (lang: Lang, xof: number) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: "currency", currency: "XOF", notation: "compact", maximumFractionDigits: 1 }).format(xof);

export const count = (lang: Lang, n: number) => new Intl.NumberFormat(NUMBER_LOCALE[lang]).format(n);

export const percent = (lang: Lang, ratio: number, digits = 1) =>
  new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);

/** Dates and times in the viewer's own locale (`undefined`: the browser's), whatever the page's language. */
export const dateTime = (iso: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

export const date = (iso: string, locale?: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
