import { index, sqliteTable, uniqueIndex } from "drizzle-orm/sqlite-core";
import { credentialColumns } from "./credentials";

/**
 * OAuth2 clients (client credentials grant). A client lives in one environment, the one of the
 * key that created it; its tokens carry that environment. Only the secret's SHA-256 is stored.
 */
export const oauthClients = sqliteTable("oauth_clients", credentialColumns, (t) => [
  uniqueIndex("oauth_clients_id").on(t.id),
  index("oauth_clients_tenant").on(t.institutionId, t.environment),
]);
