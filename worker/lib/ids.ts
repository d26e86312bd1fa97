import { randomBase62 } from "./crypto";

/** Public ids: a type prefix and 24 random base62 characters (~143 bits). */
export const newId = (prefix: "ins" | "key" | "scr" | "req" | "evt" | "alr" | "cli" | "log" | "we") => `${prefix}_${randomBase62(24)}`;
