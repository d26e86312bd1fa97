import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Receiver {
  /** http://127.0.0.1:<port> */
  url: string;
  received(name: string): Received[];
  close(): Promise<void>;
}

/**
 * A real webhook receiver on 127.0.0.1, scripted by its URL so the Worker under test can be
 * pointed at any behaviour: `POST /hook/<name>?fail=N&with=S&retry_after=R` answers S (500 by
 * default) to the first N requests of <name>, then 200. `GET /log/<name>` returns what <name>
 * received, for tests that cannot share this process's memory (those inside workerd).
 */
export async function startReceiver(): Promise<Receiver> {
  const log = new Map<string, Received[]>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://receiver");
    const [, kind, name = ""] = url.pathname.split("/");
    if (req.method === "GET" && kind === "log") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(log.get(name) ?? []));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const seen = log.get(name) ?? [];
      seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      log.set(name, seen);
      const failing = seen.length <= Number(url.searchParams.get("fail") ?? 0);
      const status = failing ? Number(url.searchParams.get("with") ?? 500) : 200;
      const headers: Record<string, string> = {};
      if (failing && url.searchParams.has("retry_after")) headers["retry-after"] = url.searchParams.get("retry_after")!;
      if (status >= 300 && status < 400) headers.location = "/elsewhere";
      res.writeHead(status, headers).end(failing ? "no" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: (name) => log.get(name) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
