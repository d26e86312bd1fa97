import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  /** The request reaches the Worker, which applies it; its answer is then lost (connection reset). */
  | { kind: "lose-answer" }
  /** The proxy answers this itself, as an overloaded edge in front of the API would. */
  | { kind: "answer"; status: number; body: unknown; headers?: Record<string, string> }
  /** Nothing comes back until the client gives up. */
  | { kind: "hang" };

export interface Seen {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
}

/**
 * A real HTTP proxy in front of the Worker, for the failures a healthy local Worker never
 * produces on demand: lost answers, 5xx from the edge, silence. Each queued fault applies to
 * the next request; with none queued, requests pass through untouched.
 */
export async function startFaultyProxy(upstream: string) {
  const faults: Fault[] = [];
  const seen: Seen[] = [];
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", path: req.url ?? "", idempotencyKey: req.headers["idempotency-key"] as string | undefined });
    const fault = faults.shift();
    if (fault?.kind === "hang") return;
    if (fault?.kind === "answer") {
      req.resume();
      res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers }).end(JSON.stringify(fault.body));
      return;
    }
    const out = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        if (fault?.kind === "lose-answer") {
          // Wait for the Worker to finish (it has applied the request), then drop the connection.
          answer.resume();
          answer.on("end", () => res.socket?.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    fail: (...next: Fault[]) => void faults.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
