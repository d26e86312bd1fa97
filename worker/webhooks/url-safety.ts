import type { Environment } from "../../schema";

/**
 * Whether we may POST to a webhook URL, checked when an endpoint is saved and again before each
 * delivery. Live endpoints must be https and must not name a private, loopback, link-local,
 * metadata or otherwise internal address, so a customer cannot aim our deliveries at anything
 * but a public server (SSRF). Test endpoints may be plain http and loopback, for a receiver on
 * the developer's own machine; the other internal ranges stay refused.
 *
 * The check reads the URL, it does not resolve names: a Worker has no DNS API, and its fetch()
 * leaves from Cloudflare's network, where our own private addresses are not reachable anyway.
 */
export function webhookUrlProblem(raw: string, environment: Environment): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "url must be an absolute URL";
  }
  const test = environment === "test";
  if (url.protocol !== "https:" && !(test && url.protocol === "http:")) {
    return test ? "url must use http or https" : "url must use https";
  }
  if (url.username || url.password) return "url must not carry credentials";
  // WHATWG URL parsing already turned 0x7f.1, 2130706433 and friends into dotted IPv4.
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  const address = host.startsWith("[") ? ipv6Kind(host.slice(1, -1)) : /^[\d.]+$/.test(host) ? ipv4Kind(host) : nameKind(host);
  if (address === "public") return null;
  if (address === "loopback" && test) return null;
  return `url must not point to a ${address} address`;
}

type Kind = "public" | "loopback" | "private" | "link-local" | "metadata" | "internal" | "reserved";

function nameKind(host: string): Kind {
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (!host.includes(".")) return "internal";
  if (/\.(internal|local|lan|home\.arpa|intranet|corp)$/.test(host)) return "internal";
  if (host === "instance-data" || host.startsWith("metadata.")) return "metadata";
  return "public";
}

/** [first address, prefix length, kind], checked in order: the metadata address before its /16. */
const IPV4_RANGES: [string, number, Kind][] = [
  ["169.254.169.254", 32, "metadata"],
  ["100.100.100.200", 32, "metadata"],
  ["127.0.0.0", 8, "loopback"],
  ["0.0.0.0", 8, "reserved"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "private"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"],
  ["224.0.0.0", 4, "reserved"],
  ["240.0.0.0", 4, "reserved"],
];

const ipv4Number = (dotted: string) => dotted.split(".").reduce((n, part) => n * 256 + Number(part), 0);

function ipv4Kind(dotted: string): Kind {
  const parts = dotted.split(".");
  if (parts.length !== 4 || parts.some((p) => p === "" || Number(p) > 255)) return "reserved";
  const n = ipv4Number(dotted);
  for (const [first, bits, kind] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = ipv4Number(first);
    if (n >= start && n < start + size) return kind;
  }
  return "public";
}

/** Eight 16-bit groups of an IPv6 address as the URL parser prints it (compressed, lowercase). */
function ipv6Groups(text: string): number[] | null {
  const [head, tail, extra] = text.split("::");
  if (extra !== undefined) return null;
  const groups = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const all = [...left, ...Array<number>(fill).fill(0), ...right];
  return all.length === 8 && all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : null;
}

function ipv6Kind(text: string): Kind {
  const g = ipv6Groups(text);
  if (!g) return "reserved";
  const embeddedV4 = () => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  if (g.slice(0, 7).every((x) => x === 0)) return g[7] === 1 ? "loopback" : "reserved";
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the IPv4 address inside.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return ipv4Kind(embeddedV4());
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return ipv4Kind(embeddedV4());
  if ((g[0]! & 0xfe00) === 0xfc00) return "private";
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xff00) === 0xff00) return "reserved";
  return "public";
}
