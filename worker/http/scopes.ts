import type { Role } from "../../schema";

export const SCOPES = [
  "smes:read",
  "smes:write",
  "flows:write",
  "scores:read",
  "scores:write",
  "alerts:read",
  "alerts:write",
  "events:read",
  "webhooks:read",
  "webhooks:write",
  "keys:read",
  "keys:write",
  "audit:read",
] as const;
export type Scope = (typeof SCOPES)[number];

/** Reads of business data; key listings and the audit log stay with admins and auditors. */
const READ_ONLY = SCOPES.filter((s) => s.endsWith(":read") && s !== "audit:read" && s !== "keys:read");

/** The contract's roles; a route declares one scope and a principal holds its role's set. */
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  admin: SCOPES,
  integrator: ["smes:read", "smes:write", "flows:write", "scores:write", "scores:read", "alerts:read"],
  risk_analyst: ["smes:read", "scores:write", "scores:read", "alerts:read", "alerts:write"],
  auditor: ["audit:read"],
  viewer: READ_ONLY,
};
