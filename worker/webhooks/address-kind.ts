/**
 * What an IP address reaches, from the IANA special-purpose registries (RFC 6890 and its
 * updates). Pure: the URL parser has already put the address in its one canonical text form.
 */
export type Kind = "public" | "loopback" | "private" | "link-local" | "metadata" | "internal" | "reserved";

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
  ["192.0.2.0", 24, "reserved"],
  ["192.88.99.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"],
  ["198.51.100.0", 24, "reserved"],
  ["203.0.113.0", 24, "reserved"],
  ["224.0.0.0", 4, "reserved"],
  ["240.0.0.0", 4, "reserved"],
];

const ipv4Number = (dotted: string) => dotted.split(".").reduce((n, part) => n * 256 + Number(part), 0);

export function ipv4Kind(dotted: string): Kind {
  const parts = dotted.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return "reserved";
  const n = ipv4Number(dotted);
  for (const [first, bits, kind] of IPV4_RANGES) {
    const start = ipv4Number(first);
    if (n >= start && n < start + 2 ** (32 - bits)) return kind;
  }
  return "public";
}

/** Eight 16-bit groups of an IPv6 address as the URL parser prints it (compressed, lowercase, no dotted tail). */
function ipv6Groups(text: string): number[] | null {
  const [head, tail, extra] = text.split("::");
  if (extra !== undefined) return null;
  const groups = (s: string | undefined) => (s ? s.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const left = groups(head);
  const right = groups(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return null;
  const all = [...left, ...Array<number>(fill).fill(0), ...right];
  return all.length === 8 && all.every((g) => Number.isInteger(g)) ? all : null;
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
const zeros = (g: number[], from: number, to: number) => g.slice(from, to).every((x) => x === 0);

/**
 * Only global unicast (2000::/3) outside its special blocks is public. An address that carries
 * an IPv4 address (mapped, compatible, SIIT, NAT64, 6to4, Teredo) is never public: a translator
 * or relay may deliver it to that IPv4 address, so it is named by the IPv4 address's kind when
 * that one is not public, and `reserved` otherwise.
 */
export function ipv6Kind(text: string): Kind {
  const g = ipv6Groups(text);
  if (!g) return "reserved";
  const embedded = (kind: Kind): Kind => (kind === "public" ? "reserved" : kind);
  if (zeros(g, 0, 7)) return g[7] === 1 ? "loopback" : "reserved";
  // ::a.b.c.d (compatible), ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (SIIT), 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64).
  if (zeros(g, 0, 6) || (zeros(g, 0, 5) && g[5] === 0xffff) || (zeros(g, 0, 4) && g[4] === 0xffff && g[5] === 0)) {
    return embedded(ipv4Kind(v4(g[6]!, g[7]!)));
  }
  if (g[0] === 0x64 && g[1] === 0xff9b) return embedded(ipv4Kind(v4(g[6]!, g[7]!)));
  if (g[0] === 0x2002) return embedded(ipv4Kind(v4(g[1]!, g[2]!))); // 6to4
  if (g[0] === 0x2001 && g[1] === 0) return embedded(ipv4Kind(v4(g[6]! ^ 0xffff, g[7]! ^ 0xffff))); // Teredo: the client, inverted
  if ((g[0]! & 0xfe00) === 0xfc00) return "private"; // unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xffc0) === 0xfec0) return "private"; // site-local, deprecated
  if ((g[0]! & 0xe000) !== 0x2000) return "reserved"; // outside global unicast: ::/8, 100::/64, multicast…
  if (g[0] === 0x2001 && g[1]! < 0x200) return "reserved"; // IETF protocol assignments (2001::/23)
  if (g[0] === 0x2001 && g[1] === 0xdb8) return "reserved"; // documentation
  if (g[0] === 0x3fff && g[1]! < 0x1000) return "reserved"; // documentation (3fff::/20)
  return "public";
}

/** Names that resolve only inside a network, or that embed an address wildcard DNS would return (127.0.0.1.nip.io). */
export function nameKind(host: string): Kind {
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (!host.includes(".")) return "internal";
  if (/\.(internal|local|localdomain|lan|home\.arpa|intranet|corp|private|test|example|invalid|onion|arpa)$/.test(host)) return "internal";
  if (host === "instance-data" || host.startsWith("metadata.")) return "metadata";
  for (const m of host.matchAll(/(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})(?=$|[.-])/g)) {
    const kind = ipv4Kind(m.slice(1, 5).join("."));
    if (kind !== "public") return kind;
  }
  return "public";
}
