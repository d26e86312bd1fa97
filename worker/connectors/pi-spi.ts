import { PI_SPI_EVENT_CODES, PiSpiEvent } from "../contracts/connect";
import { isValidIban, normalizeIban } from "./iban";
import { type ConnectorItem, type MappedFlow, parseXof } from "./items";

/** Events that move money, and which way; every other event is refused as `not_a_payment`. */
const DIRECTIONS: Record<string, "in" | "out"> = {
  PAIEMENT_RECU: "in",
  PAIEMENT_ENVOYE: "out",
  RETOUR_RECU: "in",
  RETOUR_ENVOYE: "out",
};
/** The events where the other party is the payer (the SME received, or sends back what it received). */
const OTHER_IS_PAYER = new Set(["PAIEMENT_RECU", "RETOUR_ENVOYE"]);
const KNOWN = new Set<string>(PI_SPI_EVENT_CODES);

/** An account or alias as the counterparty reference camt entries give the same party. */
export const accountRef = (account: string) => (isValidIban(account) ? `iban:${normalizeIban(account)}` : `acct:${account.trim()}`);

/** The SME's alias an event names, for finding the SME. */
export function eventAlias(raw: unknown): string | undefined {
  const parsed = PiSpiEvent.safeParse(raw);
  return parsed.success ? parsed.data.alias : undefined;
}

/** One PI-SPI event as a flow, or why it is not one. `index` is its position in `data`. */
export function mapPiSpiEvent(raw: unknown, index: number): ConnectorItem {
  const path = `data[${index}]`;
  const parsed = PiSpiEvent.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "event");
    const code = field === "montant" ? "invalid_amount" : field === "end2endId" ? "invalid_id" : "invalid_flow";
    return { path, reject: { code, message: `${field}: ${parsed.error.issues[0]?.message ?? "invalid"}` } };
  }
  const ev = parsed.data;
  const direction = DIRECTIONS[ev.evCode];
  if (!direction) {
    const what = KNOWN.has(ev.evCode) ? ev.evCode : "This event";
    return {
      path,
      reject: {
        code: "not_a_payment",
        message: `${what} moves no money: only PAIEMENT_RECU, PAIEMENT_ENVOYE, RETOUR_RECU and RETOUR_ENVOYE are flows.`,
      },
    };
  }
  const isReturn = ev.evCode.startsWith("RETOUR");
  const status = isReturn ? ev.retourStatut : ev.statut;
  if (status !== undefined && status !== "IRREVOCABLE") {
    return { path, reject: { code: "not_irrevocable", message: `The payment is ${status}: only irrevocable payments are flows.` } };
  }
  if (!ev.end2endId) return { path, reject: { code: "missing_reference", message: "The event has no end2endId." } };
  const at = (isReturn ? ev.retourDateIrrevocabilite : ev.dateIrrevocabilite) ?? ev.evDate;
  if (!at) return { path, reject: { code: "missing_date", message: "The event has neither an irrevocability date nor evDate." } };
  const amount = ev.montant === undefined ? null : parseXof(ev.montant);
  if (amount === null) return { path, reject: { code: "invalid_amount", message: "montant must be a whole, positive XOF amount." } };
  const payer = OTHER_IS_PAYER.has(ev.evCode);
  const alias = payer ? ev.payeurAlias : ev.payeAlias;
  const account = payer ? ev.payeurCompte : ev.payeCompte;
  const flow: MappedFlow = {
    // A return carries the end2endId of the payment it returns: it is a flow of its own.
    id: isReturn ? `RETOUR:${ev.end2endId}` : ev.end2endId,
    occurred_at: at,
    amount,
    direction,
    channel: "pi_spi",
  };
  if (alias) flow.counterpartyRef = `alias:${alias.trim()}`;
  else if (account) flow.counterpartyRef = accountRef(account);
  return { path, flow };
}
