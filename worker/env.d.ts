declare namespace Cloudflare {
  interface Env {
    /** Operator secret guarding /v1/admin (set with `wrangler secret put ADMIN_TOKEN`). */
    ADMIN_TOKEN: string;
  }
}
