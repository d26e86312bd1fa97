import type { Environment } from "../../schema";
import { ipv4Kind, ipv6Kind, nameKind } from "./address-kind";

export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Whether we may POST to a webhook URL, and the URL to store: checked when an endpoint is saved
 * and again before each delivery. Live endpoints must be https on port 443 and must name a
 * public host, so a customer cannot aim our deliveries at anything else (SSRF) nor probe other
 * ports. Test endpoints may be plain http, any port, and loopback, for a receiver on the
 * developer's own machine; the other internal ranges stay refused.
 *
 * The host is read the way the fetcher will read it: the WHATWG URL parser has already decoded
 * percent-escapes, turned 0x7f.1 and 2130706433 into dotted IPv4 and compressed IPv6; trailing
 * dots (a fully qualified name) are dropped here, and the stored URL is that normalised form.
 * The check does not resolve names: a Worker has no DNS API, and its fetch() leaves from
 * Cloudflare's network, where our own private addresses are not reachable anyway.
 */
export function checkWebhookUrl(raw: string, environment: Environment): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: "url must be an absolute URL" };
  }
  const test = environment === "test";
  const refuse = (problem: string) => ({ ok: false as const, problem });
  if (url.protocol !== "https:" && !(test && url.protocol === "http:"))
    return refuse(test ? "url must use http or https" : "url must use https");
  if (url.username || url.password) return refuse("url must not carry credentials");
  if (!test && url.port !== "") return refuse("url must use port 443");
  const ipv6 = url.hostname.startsWith("[");
  const host = ipv6 ? url.hostname : url.hostname.replace(/\.+$/, "");
  if (host === "" || host.includes("..") || host.includes("%")) return refuse("url must name a valid host");
  const kind = ipv6 ? ipv6Kind(host.slice(1, -1)) : /^[\d.]+$/.test(host) ? ipv4Kind(host) : nameKind(host);
  if (kind !== "public" && !(kind === "loopback" && test)) return refuse(`url must not point to a ${kind} address`);
  url.hostname = host;
  return { ok: true, url: url.href };
}

/** The refusal for a URL, or null when it may be used. */
export const webhookUrlProblem = (raw: string, environment: Environment) => {
  const check = checkWebhookUrl(raw, environment);
  return check.ok ? null : check.problem;
};
