/**
 * The API speaks snake_case; the SDK speaks camelCase. Keys are mapped both ways, deeply;
 * values never are. `metadata` holds the caller's own keys, so its contents pass untouched.
 */
const VERBATIM = "metadata";

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** A wire type with its keys in camelCase (the type-level twin of `toCamel`). */
export type Camelize<T> = T extends readonly (infer U)[]
  ? Camelize<U>[]
  : T extends object
    ? { [K in keyof T as K extends string ? CamelCase<K> : K]: K extends typeof VERBATIM ? T[K] : Camelize<T[K]> }
    : T;

export const camelKey = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
// Only a capital after a lower-case letter or digit starts a word: `A`…`E` grade keys stay as they are.
export const snakeKey = (key: string) => key.replace(/(?<=[a-z0-9])[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function mapKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, rename));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[rename(key)] = key === VERBATIM ? v : mapKeys(v, rename);
  }
  return out;
}

export const toCamel = <T>(value: unknown) => mapKeys(value, camelKey) as T;
export const toSnake = (value: unknown) => mapKeys(value, snakeKey);
