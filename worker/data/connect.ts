import { hashCounterparties } from "../connectors/counterparty";
import type { ConnectorItem } from "../connectors/items";
import type { IngestionRejectCode } from "../contracts/connect";
import type { Principal, Tenant } from "../http/context";
import { ApiError } from "../http/errors";
import type { Db } from "./db";
import { recordIngestion } from "./flows";
import { type Account, accountOwners } from "./sme-accounts";

/** An account or alias a message names as its SME's, with where it names it. */
export interface NamedAccount {
  account: Account;
  path: string;
}

const keyOf = (a: Account) => `${a.scheme}:${a.id}`;

/**
 * The SME a message is about: `explicit` (`?sme_id=`) if given, provided no account the message
 * names belongs to another SME; else the one SME holding the accounts it names. Accounts of
 * another institution or environment are simply unknown here.
 */
export async function resolveSme(db: Db, p: Tenant, explicit: string | undefined, named: NamedAccount[]): Promise<string> {
  const owners = await accountOwners(
    db,
    p,
    named.map((n) => n.account),
  );
  if (explicit !== undefined) {
    const other = named.find((n) => (owners.get(keyOf(n.account)) ?? explicit) !== explicit);
    if (other)
      throw new ApiError("account_sme_mismatch", `The account at ${other.path} belongs to another SME than ${explicit}.`, "sme_id");
    return explicit;
  }
  if (named.length === 0) throw new ApiError("validation_failed", "The message names no account of the SME: pass ?sme_id=.", "sme_id");
  const found = new Set<string>();
  for (const n of named) {
    const owner = owners.get(keyOf(n.account));
    if (owner === undefined) {
      throw new ApiError(
        "account_not_found",
        `No SME holds the account at ${n.path}: add it to the SME's accounts, or pass ?sme_id=.`,
        "sme_id",
      );
    }
    found.add(owner);
  }
  if (found.size > 1)
    throw new ApiError(
      "account_sme_mismatch",
      "The message's accounts belong to several SMEs: send one SME's payments per request.",
      "sme_id",
    );
  return [...found][0]!;
}

export interface ConnectorRejection {
  index: number;
  path: string;
  code: IngestionRejectCode;
  message: string;
}

/**
 * A connector's items through the same ingestion as `POST /v1/connect/flows`: counterparties
 * hashed, flows to the ledger in its batches, rejections (the document's own and the ledger's)
 * reported with the item's index and path, in document order.
 */
export async function ingestItems(env: Env, db: Db, p: Principal, smeId: string, items: ConnectorItem[], now: number) {
  const refs: string[] = [];
  for (const item of items) if ("flow" in item && item.flow.counterpartyRef !== undefined) refs.push(item.flow.counterpartyRef);
  const hashed = await hashCounterparties(p, refs);
  const flows: unknown[] = [];
  const origin: number[] = [];
  const rejected: ConnectorRejection[] = [];
  for (const [index, item] of items.entries()) {
    if ("reject" in item) {
      rejected.push({ index, path: item.path, ...item.reject });
      continue;
    }
    const { counterpartyRef, ...flow } = item.flow;
    flows.push(counterpartyRef === undefined ? flow : { ...flow, counterparty: hashed.get(counterpartyRef)! });
    origin.push(index);
  }
  const result = await recordIngestion(env, db, p, smeId, flows, now);
  for (const r of result.rejected) {
    const index = origin[r.index]!;
    rejected.push({ index, path: items[index]!.path, code: r.code, message: r.message });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { received: items.length, accepted: result.accepted, duplicates: result.duplicates, rejected };
}
