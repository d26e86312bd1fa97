declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}

/** Fixtures read as text (Vite's `?raw`), in workerd where there is no file system. */
declare module "*?raw" {
  const text: string;
  export default text;
}
