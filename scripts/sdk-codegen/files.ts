// Every generated SDK file, by path from the repository root, from one OpenAPI document.
import { goModels, goResources } from "./go";
import { type OpenApiDocument, readApi } from "./ir";
import { phpFiles } from "./php";
import { pythonModels, pythonResources } from "./python";
import { webhookVectors } from "./webhook-vectors";

export function sdkFiles(doc: unknown): Record<string, string> {
  const api = readApi(doc as OpenApiDocument);
  return {
    "sdk/python/score360/models.py": pythonModels(api),
    "sdk/python/score360/_resources.py": pythonResources(api),
    "sdk/go/models_gen.go": goModels(api),
    "sdk/go/resources_gen.go": goResources(api),
    ...phpFiles(api),
    "sdk/test-vectors/webhooks.json": `${JSON.stringify(webhookVectors(), null, 2)}\n`,
  };
}
