import { ApiFailure, api, type Page } from "../api";
import { $, h, say, t, tOr } from "../dom";
import { dateTime } from "../format";
import type { Delivery, Endpoint, NewEndpoint } from "../types";

/** /demo/webhooks: the institution's endpoints and each one's delivery attempts. */
export async function webhooksPage() {
  const form = $<HTMLFormElement>("#endpoint-form");
  const status = $("#endpoint-status");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const url = String(new FormData(form).get("url") ?? "");
      const created = await api<NewEndpoint>("POST", "/v1/webhook-endpoints", { url, events: ["*"] });
      say(status, t("webhooks.secret", { secret: created.secret }));
      form.reset();
      await list();
    } catch (err) {
      say(status, t("error", { message: err instanceof ApiFailure ? err.message : String(err) }), "error");
    }
  });
  await list();
}

async function list() {
  const page = await api<Page<Endpoint>>("GET", "/v1/webhook-endpoints?limit=20");
  const root = $("#endpoints");
  if (page.data.length === 0) return root.replaceChildren(h("p", {}, t("webhooks.none")));
  const sections = await Promise.all(page.data.map(endpointSection));
  root.replaceChildren(...sections);
}

async function endpointSection(ep: Endpoint) {
  const deliveries = await api<Page<Delivery>>("GET", `/v1/webhook-endpoints/${ep.id}/deliveries?limit=50`);
  const head = [t("col.event"), t("col.attempt"), t("col.outcome"), t("col.status"), t("col.when")];
  return h(
    "section",
    { class: "endpoint", "aria-label": ep.url },
    h("h3", {}, h("code", {}, ep.url)),
    h("p", {}, `${ep.id} · ${ep.status} · ${ep.events.join(", ")}`),
    deliveries.data.length === 0
      ? h("p", {}, t("webhooks.no_deliveries"))
      : h(
          "table",
          {},
          h("caption", {}, t("webhooks.deliveries")),
          h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            ...deliveries.data.map((d) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, h("code", {}, d.event_id)),
                h("td", { class: "num" }, String(d.attempt)),
                h("td", {}, tOr(`outcome.${d.outcome}`, "outcome.failed")),
                h("td", { class: "num" }, d.status_code === null ? "—" : String(d.status_code)),
                h("td", {}, dateTime(d.attempted_at)),
              ),
            ),
          ),
        ),
  );
}
