/**
 * An error as our logs may keep it: its class and its message with every value taken out.
 * A D1 error's message can quote the statement's parameters (an SME's name, a tax id); the
 * request id on the same log line ties it to the caller's report, the shape says what failed.
 */
export function errorSummary(err: unknown): { name: string; message: string } {
  if (!(err instanceof Error)) return { name: typeof err, message: "" };
  const message = err.message
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "?")
    .replace(/\b(?:sk|cs)_(?:test|live)_\w+|\bwhsec_\S+|\beyJ[\w.-]+/g, "?")
    .replace(/\d{3,}/g, "N")
    .slice(0, 300);
  return { name: err.name, message };
}
