import openapiTS, { astToString } from "openapi-typescript";

export const GENERATED_PATH = new URL("../src/generated/openapi.ts", import.meta.url);

const HEADER = `// GENERATED FILE: do not edit. Made from the OpenAPI document the Worker serves at
// /v1/openapi.json by \`npm run generate -w @score360/sdk\`; a test fails when it drifts.
`;

/**
 * The SDK's wire types for an OpenAPI document. Defaults stay optional in request types
 * (\`defaultNonNullable: false\`): a field the API fills in (\`channel\`) must not become required.
 */
export async function renderTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as never, { defaultNonNullable: false, alphabetize: true });
  return HEADER + astToString(ast);
}
