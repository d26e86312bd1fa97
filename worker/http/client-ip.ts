import type { Context } from "hono";
import type { AppEnv } from "./context";

/**
 * The caller's address, from `CF-Connecting-IP` (set by Cloudflare; a client cannot choose it
 * there). Kept only if it looks like an IPv4 or IPv6 address, so that no caller-chosen text
 * rides into the audit log or a rate-limit key.
 */
export function clientIp(c: Context<AppEnv>): string | null {
  const ip = c.req.header("cf-connecting-ip");
  return ip !== undefined && ip.length <= 45 && /^[0-9A-Fa-f:.]+$/.test(ip) ? ip : null;
}

/** The key a per-source limit counts on: the address, or one shared bucket when there is none. */
export const sourceKey = (c: Context<AppEnv>) => clientIp(c) ?? "unknown";
