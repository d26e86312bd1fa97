import { $, applyStrings, chooseLang, currentLang } from "./dom";
import { LANGS, type Lang } from "./i18n";
import { forgetKey, readKey } from "./key";

/** The bar every page shares: language switch (French first) and "forget key". */
export function setUpHeader() {
  applyStrings();
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-lang]")) {
    const lang = button.dataset.lang as Lang;
    button.setAttribute("aria-pressed", String(lang === currentLang()));
    button.addEventListener("click", () => {
      if (!(LANGS as readonly string[]).includes(lang) || lang === currentLang()) return;
      chooseLang(lang);
      // Every page renders from the API on load: reloading re-renders it in the other language.
      location.reload();
    });
  }
  const forget = $<HTMLButtonElement>("#forget-key");
  forget.hidden = readKey() === null;
  forget.addEventListener("click", () => {
    forgetKey();
    location.assign("/demo/");
  });
}
