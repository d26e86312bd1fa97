import { ApiFailure } from "./api";
import { $, h, say, t } from "./dom";
import { setUpHeader } from "./header";
import { readKey } from "./key";
import { portfolioPage } from "./pages/portfolio";
import { smePage } from "./pages/sme";
import { webhooksPage } from "./pages/webhooks";

/** One bundle for every page; `<body data-page>` says which one this is. */
const PAGES: Record<string, { run: () => Promise<void> | void; needsKey: boolean }> = {
  landing: { run: () => undefined, needsKey: false },
  portfolio: { run: portfolioPage, needsKey: false },
  sme: { run: smePage, needsKey: true },
  webhooks: { run: webhooksPage, needsKey: true },
  notfound: { run: () => undefined, needsKey: false },
};

async function start() {
  setUpHeader();
  const page = PAGES[document.body.dataset.page ?? ""];
  if (!page) return;
  const main = $("#main");
  if (page.needsKey && !readKey()) {
    main.replaceChildren(h("p", { class: "notice" }, h("a", { href: "/demo/" }, t("needkey"))));
    return;
  }
  try {
    await page.run();
  } catch (err) {
    const status = h("p", { role: "alert", class: "error" });
    say(status, t("error", { message: err instanceof ApiFailure ? err.message : String(err) }), "error");
    main.prepend(status);
  }
}

void start();
