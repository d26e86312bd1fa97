export function bundle(opts?: { outdir?: string; write?: boolean }): Promise<import("esbuild").BuildResult<{ write: boolean }>>;
export function renderPage(file: string): string;
export function buildWeb(out?: string): Promise<void>;
