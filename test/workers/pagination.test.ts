import { expect, it } from "vitest";
import { call, newInstitution, sme } from "./api";

const inst = await newInstitution();
const create = (id: string) => call("POST", "/v1/smes", { key: inst.live, body: sme(id) });

it("pages newest first without skipping or repeating while SMEs are inserted", async () => {
  for (let i = 0; i < 25; i++) await create(`P_${String(i).padStart(2, "0")}`);
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await call("GET", `/v1/smes?limit=7${cursor ? `&cursor=${cursor}` : ""}`, { key: inst.live });
    expect(res.status).toBe(200);
    expect(res.json.object).toBe("list");
    seen.push(...res.json.data.map((s: { sme_id: string }) => s.sme_id));
    cursor = res.json.next_cursor;
    expect(res.json.has_more).toBe(cursor !== null);
    await create(`NEW_${pages++}`); // concurrent insert between pages
  } while (cursor);
  const expected = Array.from({ length: 25 }, (_, i) => `P_${String(24 - i).padStart(2, "0")}`);
  expect(seen).toEqual(expected);
  expect(pages).toBe(4);
});
