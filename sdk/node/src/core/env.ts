/**
 * An environment variable on whichever runtime this is: Node and Bun (`process.env`), Deno
 * (`Deno.env`, which throws without --allow-env), or none at all (Workers, browsers).
 */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  try {
    return g.process?.env?.[name] ?? g.Deno?.env?.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}
