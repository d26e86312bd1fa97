/** D1 binds at most 100 parameters per statement. */
export const D1_MAX_PARAMETERS = 100;

/** Ids per `IN (…)` read: the bound, less room for the tenancy and a filter or two beside them. */
export const IDS_PER_READ = D1_MAX_PARAMETERS - 10;

/** Rows per multi-row INSERT when each row binds `columns` parameters. */
export const rowsPerInsert = (columns: number) => Math.floor(D1_MAX_PARAMETERS / columns);

/** `items` cut into runs of at most `size`, in order. */
export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
