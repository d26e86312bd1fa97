export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
