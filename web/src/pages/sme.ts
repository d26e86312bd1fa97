import { ApiFailure, api, type Page } from "../api";
import { barChart, dataTable, timeChart } from "../charts";
import { decide, REVIEW_MARGIN } from "../decision";
import { $, currentLang, h, say, t, tOr } from "../dom";
import { compact, count, date, dateTime, dayTick, money, monthTick, percent } from "../format";
import { gradeBadge } from "../grades";
import type { Alert, ApiEvent, Cashflow, Delivery, Endpoint, Score, ScoreHistoryPage, Settings, Sme } from "../types";
import { alertItem } from "./portfolio";

const EVENTS = ["score.downgraded", "score.threshold_crossed", "sme.risk_zone_entered", "anomaly.detected", "score.upgraded"] as const;

/** /demo/sme?id=…: one SME, its latest score against the threshold, and what it implies. */
export async function smePage() {
  const id = new URLSearchParams(location.search).get("id") ?? "";
  const path = `/v1/smes/${encodeURIComponent(id)}`;
  const [sme, settings] = await Promise.all([api<Sme>("GET", path), api<Settings>("GET", "/v1/portfolio/settings")]);
  $("#sme-name").textContent = sme.name ?? sme.sme_id;
  $("#sme-meta").textContent = `${sme.sme_id} · ${t(`sector.${sme.sector}`)} · ${t(`country.${sme.country}`)}`;
  document.title = `${sme.name ?? sme.sme_id} — SCORE360`;

  const refresh = async () => {
    const history = await api<ScoreHistoryPage>("GET", `/v1/scores/${encodeURIComponent(id)}?limit=100`);
    showDecision(history.latest, settings);
    showHistory(history.data, settings);
  };
  const scoreNow = $<HTMLButtonElement>("#score-now");
  const status = $("#score-status");
  scoreNow.addEventListener("click", async () => {
    scoreNow.disabled = true;
    say(status, t("sme.scoring"));
    try {
      await api<Score>("POST", "/v1/scores", { sme_id: id });
      await refresh();
      say(status, "");
    } catch (err) {
      say(status, t("error", { message: err instanceof ApiFailure ? err.message : String(err) }), "error");
    } finally {
      scoreNow.disabled = false;
    }
  });
  const interval = $<HTMLSelectElement>("#interval");
  interval.addEventListener("change", () => void showCashflow(path, interval.value));
  setUpSandbox(id);
  await Promise.all([refresh(), showCashflow(path, interval.value), showActivity(id)]);
}

function showDecision(latest: Score | null, settings: Settings) {
  const lang = currentLang();
  $("#threshold").textContent = t("sme.threshold", { threshold: count(lang, settings.score_threshold) });
  $("#scored").hidden = latest === null;
  $("#never").hidden = latest !== null;
  if (!latest) return;
  const { decision, why } = decide(latest, settings);
  $("#score-value").textContent = count(lang, latest.score);
  const badge = $("#decision");
  badge.textContent = t(`decision.${decision}`);
  badge.className = `decision decision-${decision}`;
  const vars = {
    score: count(lang, latest.score),
    threshold: count(lang, settings.score_threshold),
    grade: latest.grade,
    pd: percent(lang, latest.pd, 2),
    margin: REVIEW_MARGIN,
  };
  $("#why").replaceChildren(...why.map((w) => h("li", {}, t(`why.${w}`, vars))));
  $("#grade").replaceChildren(gradeBadge(latest.grade));
  $("#pd").textContent = percent(lang, latest.pd, 2);
  $("#trend").textContent = t(`trend.${latest.trend}`);
  $("#scored-at").textContent = dateTime(latest.scored_at);
  $("#model").textContent = latest.model;
  $("#reasons").replaceChildren(
    ...(latest.reasons.length
      ? latest.reasons.map((r) =>
          h(
            "li",
            {},
            h("span", {}, lang === "en" ? r.description : tOr(`reason.${r.factor}`, "sme.reasons.none")),
            " ",
            h("strong", { class: "impact" }, t("sme.points", { points: count(lang, r.impact) })),
          ),
        )
      : [h("li", {}, t("sme.reasons.none"))]),
  );
  $("#regularity").textContent = percent(lang, latest.signals.cashflow_regularity, 0);
  $("#benchmark").textContent = t(`benchmark.${latest.signals.sector_benchmark}`);
  $("#anomalies").textContent = count(lang, latest.signals.anomalies);
}

function showHistory(scores: Score[], settings: Settings) {
  const chart = $("#history-chart");
  const lang = currentLang();
  if (scores.length === 0) {
    chart.replaceChildren(h("p", {}, t("sme.history.empty")));
    return $("#history-data").replaceChildren();
  }
  const oldestFirst = [...scores].reverse();
  const xs = oldestFirst.map((s) => Date.parse(s.scored_at) / 1000);
  timeChart(
    chart,
    t("sme.history.desc"),
    t("col.when"),
    xs,
    [
      { label: t("series.score"), values: oldestFirst.map((s) => s.score), stroke: "#1d4ed8" },
      { label: t("series.threshold"), values: oldestFirst.map(() => settings.score_threshold), stroke: "#b3261e", dash: [6, 4] },
    ],
    [300, 900],
    (s) => dateTime(new Date(s * 1000).toISOString()),
    (s) => date(new Date(s * 1000).toISOString()),
  );
  $("#history-data").replaceChildren(
    dataTable(
      t("chart.table"),
      [t("col.when"), t("series.score"), t("col.grade")],
      scores.map((s) => [dateTime(s.scored_at), count(lang, s.score), s.grade]),
    ),
  );
}

async function showCashflow(path: string, interval: string) {
  const lang = currentLang();
  const cf = await api<Cashflow>("GET", `${path}/cashflow?interval=${interval}&periods=${interval === "week" ? 26 : 12}`);
  const categories = cf.data.map((p, i) =>
    interval === "month" ? monthTick(lang, p.period_start, i === 0 || p.period_start.slice(5, 7) === "01") : dayTick(lang, p.period_start),
  );
  barChart(
    $("#cashflow-chart"),
    t("sme.cashflow.desc"),
    t("sme.interval"),
    categories,
    [
      { label: t("series.inflow"), values: cf.data.map((p) => p.inflow), fill: "#1b7f3b" },
      { label: t("series.outflow"), values: cf.data.map((p) => p.outflow), fill: "#c4531a" },
    ],
    (v) => money(lang, v),
    (v) => compact(lang, v),
  );
  $("#cashflow-data").replaceChildren(
    dataTable(
      t("chart.table"),
      [t("sme.interval"), t("series.inflow"), t("series.outflow")],
      cf.data.map((p, i) => [categories[i]!, money(lang, p.inflow), money(lang, p.outflow)]),
    ),
  );
}

function setUpSandbox(id: string) {
  const select = $<HTMLSelectElement>("#event-type");
  select.replaceChildren(...EVENTS.map((e) => h("option", { value: e }, t(`event.${e}`))));
  const form = $<HTMLFormElement>("#sandbox-form");
  const status = $("#sandbox-status");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const button = form.querySelector("button")!;
    button.disabled = true;
    try {
      const event = await api<ApiEvent>("POST", "/v1/sandbox/events", { event: select.value, sme_id: id });
      say(status, t("sandbox.triggered", { id: event.id }));
      await showActivity(id);
    } catch (err) {
      say(status, t("error", { message: err instanceof ApiFailure ? err.message : String(err) }), "error");
    } finally {
      button.disabled = false;
    }
  });
}

/** The SME's alerts, and every delivery attempt of its events to the institution's endpoints. */
async function showActivity(id: string) {
  const [alerts, endpoints, events] = await Promise.all([
    api<Page<Alert>>("GET", `/v1/portfolio/alerts?sme_id=${encodeURIComponent(id)}&limit=20`),
    api<Page<Endpoint>>("GET", "/v1/webhook-endpoints?limit=20"),
    api<Page<ApiEvent>>("GET", `/v1/events?sme_id=${encodeURIComponent(id)}&limit=20`),
  ]);
  $("#sme-alerts").replaceChildren(
    ...(alerts.data.length ? alerts.data.map((a) => alertItem(a, () => void showActivity(id))) : [h("li", {}, t("alerts.none"))]),
  );
  const mine = new Map(events.data.map((e) => [e.id, e]));
  const pages = await Promise.all(
    endpoints.data.map((ep) => api<Page<Delivery>>("GET", `/v1/webhook-endpoints/${ep.id}/deliveries?limit=50`)),
  );
  const deliveries = pages.flatMap((p) => p.data).filter((d) => mine.has(d.event_id));
  $("#sme-deliveries").replaceChildren(
    ...(deliveries.length
      ? deliveries.map((d) =>
          h(
            "li",
            {},
            `${t(`event.${mine.get(d.event_id)!.event}`)} → ${t(`outcome.${d.outcome}`)}${d.status_code ? ` (${d.status_code})` : ""} · ${dateTime(d.attempted_at)}`,
          ),
        )
      : [h("li", {}, t("sme.deliveries.none"))]),
  );
}
