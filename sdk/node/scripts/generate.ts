import { writeFileSync } from "node:fs";
import { app } from "../../../worker/app";
import { GENERATED_PATH, renderTypes } from "./render-types";

// The same handler the Worker serves the document with; it needs no bindings.
const res = await app.request("/v1/openapi.json");
if (res.status !== 200) throw new Error(`/v1/openapi.json answered ${res.status}`);
writeFileSync(GENERATED_PATH, await renderTypes(await res.json()));
console.error(`wrote ${GENERATED_PATH.pathname}`);
