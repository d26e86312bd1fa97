import { isKey, LANGS, type Lang, type StringKey, translate } from "./i18n";

type Child = Node | string | null | undefined | false;

/** An element from attributes and children; text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, "");
    else if (value !== false) el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export const $ = <T extends HTMLElement = HTMLElement>(selector: string) => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};

const LANG_SLOT = "score360.lang";

/** The page's language: the viewer's last choice, French otherwise. */
export function currentLang(): Lang {
  const saved = localStorage.getItem(LANG_SLOT);
  return (LANGS as readonly string[]).includes(saved ?? "") ? (saved as Lang) : "fr";
}

export function chooseLang(lang: Lang) {
  localStorage.setItem(LANG_SLOT, lang);
}

export const t = (key: StringKey, vars?: Record<string, string | number>) => translate(currentLang(), key, vars);

/** `key` when it names a string, else a fallback key: for codes that come from the API. */
export const tOr = (key: string, fallback: StringKey, vars?: Record<string, string | number>) => t(isKey(key) ? key : fallback, vars);

/**
 * Fills `data-t` (text) and `data-t-<attribute>` from the table. The build already wrote the
 * French into the HTML; this is what switches it to English.
 */
export function applyStrings(root: ParentNode = document) {
  document.documentElement.lang = currentLang();
  for (const el of root.querySelectorAll<HTMLElement>("*")) {
    for (const attr of el.getAttributeNames()) {
      if (!attr.startsWith("data-t")) continue;
      const key = el.getAttribute(attr)!;
      if (!isKey(key)) continue;
      if (attr === "data-t") el.textContent = t(key);
      else el.setAttribute(attr.slice("data-t-".length), t(key));
    }
  }
}

/** A polite status line for screen readers and everyone else. */
export function say(el: HTMLElement, text: string, kind: "info" | "error" = "info") {
  el.textContent = text;
  el.classList.toggle("error", kind === "error");
}
