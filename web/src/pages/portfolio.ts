import { api, type Page } from "../api";
import { barChart, dataTable } from "../charts";
import { $, currentLang, h, say, t } from "../dom";
import { count, dateTime } from "../format";
import { GRADE_COLOURS, GRADES, gradeBadge } from "../grades";
import { readKey } from "../key";
import type { Alert, Sme, Summary } from "../types";
import { setUpKeyForms } from "./keys";

const PAGE_SIZE = 25;
const SECTORS = [
  "commerce",
  "agriculture",
  "manufacturing",
  "construction",
  "transport",
  "hospitality",
  "services",
  "health",
  "education",
  "technology",
] as const;

/** /demo/: the key forms until there is a key, then the institution's portfolio. */
export function portfolioPage() {
  setUpKeyForms(showPortfolio);
  if (readKey()) {
    $("#key-panel").hidden = true;
    void showPortfolio();
  }
}

async function showPortfolio() {
  $("#portfolio").hidden = false;
  $<HTMLButtonElement>("#forget-key").hidden = false;
  const sector = $<HTMLSelectElement>("#sector");
  sector.replaceChildren(
    h("option", { value: "" }, t("portfolio.all_sectors")),
    ...SECTORS.map((s) => h("option", { value: s }, t(`sector.${s}`))),
  );
  const list = new SmeTable();
  sector.addEventListener("change", () => void list.reload(sector.value));
  $<HTMLInputElement>("#search").addEventListener("input", () => list.filter());
  $("#more").addEventListener("click", () => void list.more());
  $("#score-all").addEventListener("click", (e) => void scoreAll(e.currentTarget as HTMLButtonElement, list));
  await Promise.all([summary(), alerts(), list.reload("")]);
}

async function summary() {
  const s = await api<Summary>("GET", "/v1/portfolio/summary");
  const lang = currentLang();
  const open = s.open_alerts.low + s.open_alerts.medium + s.open_alerts.high;
  const card = (value: number, label: string) => h("div", { class: "card" }, h("strong", {}, count(lang, value)), " ", label);
  $("#summary").replaceChildren(
    card(s.smes, t("portfolio.smes")),
    card(s.smes - s.by_grade.unscored, t("portfolio.scored")),
    card(open, t("portfolio.open_alerts")),
  );
  const categories = [...GRADES, t("unscored")];
  const values = [...GRADES.map((g) => s.by_grade[g]), s.by_grade.unscored];
  barChart(
    $("#grades-chart"),
    t("portfolio.grades.desc"),
    t("col.grade"),
    categories,
    [{ label: t("series.smes"), values, fill: GRADE_COLOURS.B }],
    (v) => count(lang, v),
  );
  $("#grades-data").replaceChildren(
    dataTable(
      t("chart.table"),
      [t("col.grade"), t("series.smes")],
      categories.map((c, i) => [c, count(lang, values[i]!)]),
    ),
  );
}

async function alerts() {
  const page = await api<Page<Alert>>("GET", "/v1/portfolio/alerts?status=open&limit=20");
  const ul = $("#alerts");
  if (page.data.length === 0) return ul.replaceChildren(h("li", {}, t("alerts.none")));
  ul.replaceChildren(...page.data.map((a) => alertItem(a, () => void alerts())));
}

/** One open alert: what happened to which SME, how serious, and a button to acknowledge it. */
export function alertItem(a: Alert, after: () => void) {
  const ack = h("button", { type: "button" }, t("alerts.ack"));
  ack.addEventListener("click", async () => {
    ack.disabled = true;
    await api("POST", `/v1/portfolio/alerts/${encodeURIComponent(a.id)}/acknowledge`);
    after();
  });
  const text = t("alerts.item", { sme: a.sme_id, event: t(`event.${a.type}`), severity: t(`severity.${a.severity}`) });
  return h(
    "li",
    { class: `alert sev-${a.severity}` },
    h("a", { href: `/demo/sme?id=${encodeURIComponent(a.sme_id)}` }, text),
    " ",
    h("span", { class: "when" }, dateTime(a.created_at)),
    " ",
    a.status === "open" ? ack : h("span", { class: "when" }, t(`alerts.${a.status}`)),
  );
}

/** The SME list: server-side sector filter and cursor paging; the search box filters what is loaded. */
class SmeTable {
  #rows: Sme[] = [];
  #cursor: string | null = null;
  #sector = "";

  async reload(sector: string) {
    this.#sector = sector;
    this.#rows = [];
    this.#cursor = null;
    await this.more();
  }

  async more() {
    const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (this.#sector) q.set("sector", this.#sector);
    if (this.#cursor) q.set("cursor", this.#cursor);
    const page = await api<Page<Sme>>("GET", `/v1/smes?${q}`);
    this.#rows.push(...page.data);
    this.#cursor = page.has_more ? page.next_cursor : null;
    $("#more").hidden = this.#cursor === null;
    this.filter();
  }

  filter() {
    const needle = $<HTMLInputElement>("#search").value.trim().toLowerCase();
    const rows = this.#rows.filter(
      (s) => !needle || s.sme_id.toLowerCase().includes(needle) || (s.name ?? "").toLowerCase().includes(needle),
    );
    $("#smes tbody").replaceChildren(...rows.map(smeRow));
    say($("#smes-count"), t("portfolio.count", { shown: count(currentLang(), rows.length) }));
  }
}

function smeRow(s: Sme) {
  const latest = s.latest_score;
  return h(
    "tr",
    {},
    h(
      "th",
      { scope: "row" },
      h("a", { href: `/demo/sme?id=${encodeURIComponent(s.sme_id)}` }, s.name ?? s.sme_id),
      h("br"),
      h("small", {}, s.sme_id),
    ),
    h("td", {}, t(`sector.${s.sector}`)),
    h("td", {}, gradeBadge(latest?.grade ?? null)),
    h("td", { class: "num" }, latest ? count(currentLang(), latest.score) : "—"),
    h("td", {}, latest ? dateTime(latest.scored_at) : "—"),
  );
}

/** Every SME id of the institution, paging through the list. */
async function allSmeIds() {
  const ids: string[] = [];
  for (let cursor: string | null = ""; cursor !== null; ) {
    const page: Page<Sme> = await api<Page<Sme>>("GET", `/v1/smes?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    ids.push(...page.data.map((s) => s.sme_id));
    cursor = page.has_more ? page.next_cursor : null;
  }
  return ids;
}

/** Scores every SME of the institution, four at a time, then redraws the portfolio. */
async function scoreAll(button: HTMLButtonElement, list: SmeTable) {
  button.disabled = true;
  const ids = await allSmeIds();
  const status = $("#score-all-status");
  let done = 0;
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      await api("POST", "/v1/scores", { sme_id: id }).catch(() => undefined);
      say(status, t("portfolio.scoring", { done: ++done, total: ids.length }));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await Promise.all([summary(), alerts(), list.reload($<HTMLSelectElement>("#sector").value)]);
  button.disabled = false;
}
