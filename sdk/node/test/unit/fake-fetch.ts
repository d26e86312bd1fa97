/** A scripted fetch for unit tests: each call takes the next answer and is recorded. */
export type Answer = Response | Error | "hang" | ((init: RequestInit) => Response | Promise<Response>);

export interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export function fakeFetch(answers: Answer[]) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    sent.push({
      url: String(input),
      method: init.method ?? "GET",
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: init.body as string | undefined,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error("fakeFetch: no answer left");
    if (answer === "hang") {
      // Like a server that never answers: only the caller's abort ends it.
      return new Promise((_, reject) => {
        if (init.signal?.aborted) reject(init.signal.reason);
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    }
    if (answer instanceof Error) throw answer;
    return typeof answer === "function" ? answer(init) : answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

export const apiError = (status: number, type: string, code: string, headers: Record<string, string> = {}) =>
  json(status, { error: { type, code, message: `${code} happened`, request_id: `req_${code}` } }, headers);
