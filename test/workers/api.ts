import { exports } from "cloudflare:workers";

export const ADMIN_TOKEN = "test-admin-token";

export interface CallOptions {
  key?: string;
  body?: unknown;
  raw?: BodyInit;
  headers?: Record<string, string>;
}

let requests = 0;

/**
 * One request to the Worker's own fetch handler, as a bank would send it: through Cloudflare,
 * which sets `CF-Connecting-IP`. Each call comes from its own address unless the test names
 * one, so that per-address limits only bite where a test means them to.
 */
export async function call(method: string, path: string, opts: CallOptions = {}) {
  const n = ++requests;
  const headers: Record<string, string> = { "cf-connecting-ip": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, ...opts.headers };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await exports.default.fetch(`https://api.score360.test${path}`, { method, headers, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export interface Institution {
  id: string;
  test: string;
  live: string;
}

let counter = 0;
export async function newInstitution(name = `Bank ${++counter}`): Promise<Institution> {
  const res = await call("POST", "/v1/admin/institutions", { key: ADMIN_TOKEN, body: { name } });
  if (res.status !== 201) throw new Error(`institution: ${res.status} ${res.text}`);
  return { id: res.json.id, test: res.json.api_keys.test.secret, live: res.json.api_keys.live.secret };
}

export const sme = (sme_id: string, extra: Record<string, unknown> = {}) => ({
  sme_id,
  name: `SME ${sme_id}`,
  sector: "commerce",
  country: "SN",
  ...extra,
});

/**
 * Sends until the first 429 and returns every answer. The local limiter counts in fixed windows
 * and clears at each one's end: a burst cut by an end can spend a whole budget after it, so the
 * 429 comes within two budgets and one.
 */
export async function untilLimited<R extends { status: number }>(budget: number, send: (i: number) => Promise<R>) {
  const answers: R[] = [];
  for (let i = 0; i <= 2 * budget && answers.at(-1)?.status !== 429; i++) answers.push(await send(i));
  return answers;
}
