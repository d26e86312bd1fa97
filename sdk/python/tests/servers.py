"""Local HTTP servers for the contract tests: a webhook receiver and a proxy that loses an answer."""

import http.client
import queue
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Tuple


class Receiver:
    """Receives webhook deliveries on 127.0.0.1 and queues (headers, raw body)."""

    def __init__(self) -> None:
        self.deliveries: "queue.Queue[Tuple[Dict[str, str], bytes]]" = queue.Queue()
        deliveries = self.deliveries

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                deliveries.put((dict(self.headers.items()), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class LossyProxy:
    """Forwards to the API; the first POST to ``lose`` reaches it, but its answer is replaced by a 502.

    What a client sees when a connection or a gateway dies after the server did the work.
    """

    def __init__(self, upstream: str, lose: str) -> None:
        target = urllib.parse.urlsplit(upstream)
        self.seen: List[Dict[str, Any]] = []
        seen = self.seen
        lost = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0) or 0))
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body or None, headers=headers)
                answer = conn.getresponse()
                data = answer.read()
                seen.append({
                    "method": self.command,
                    "path": self.path,
                    "idempotency_key": self.headers.get("idempotency-key"),
                    "status": answer.status,
                    "replayed": answer.getheader("idempotent-replayed"),
                })
                if self.command == "POST" and self.path.startswith(lose) and not lost.is_set():
                    lost.set()
                    self.send_response(502)
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = _forward

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
