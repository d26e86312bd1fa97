import { http, newInstitution, type RunningApi } from "../test/e2e/harness";
import { flows, inParallel } from "./flows";
import { percentile, round } from "./stats";

type Timed = (fn: () => Promise<{ status: number }>) => Promise<number>;

export interface PortfolioOptions {
  small: number;
  large: number;
  /** The share of each book that is scored (and so gets alerts). */
  scoredShare: number;
  samples: number;
}

interface Book {
  key: string;
  scored: string[];
  /** A cursor `deep` rows into the list: the last full page of 20. */
  deepCursor: string;
}

const SCORE_FLOWS = 60;

/**
 * A bank-sized book against a small one in the same database: the same reads on each,
 * alternating, so the ratios say how each operation grows with the portfolio. Each book's risk
 * limit is set low so that most scores raise an alert, as a bad month would.
 */
export async function portfolioBench(
  api: RunningApi,
  o: PortfolioOptions,
  timed: Timed,
  progress: (msg: string) => void,
  done: () => void,
) {
  const small = await newInstitution(api, "Bench Small Book");
  const large = await newInstitution(api, "Bench Large Book");
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}_${String(i).padStart(6, "0")}`);
  const item = (sme_id: string) => ({
    sme_id,
    name: `Entreprise ${sme_id}`,
    sector: ["commerce", "agriculture", "transport", "services"][Number(sme_id.slice(-1)) % 4],
    country: "SN",
  });

  // One by one, as a bank without bulk would; then the large book in calls of 1,000.
  const smallIds = ids(o.small, "BOOK_S");
  const t0 = performance.now();
  for (const [i, id] of smallIds.entries()) {
    progress(`portfolio: registering ${i + 1}/${o.small} one by one`);
    const res = await http(api, "POST", "/v1/smes", { key: small.live, body: item(id) });
    if (res.status !== 201) throw new Error(`register: ${res.status} ${res.text.slice(0, 200)}`);
  }
  const registerRate = o.small / ((performance.now() - t0) / 1000);
  done();
  const largeIds = ids(o.large, "BOOK_L");
  const t1 = performance.now();
  for (let i = 0; i < largeIds.length; i += 1000) {
    progress(`portfolio: bulk registering ${Math.min(i + 1000, o.large)}/${o.large}`);
    const res = await http(api, "POST", "/v1/smes/bulk", { key: large.live, body: { smes: largeIds.slice(i, i + 1000).map(item) } });
    if (res.status !== 200 || res.json.rejected.length > 0) throw new Error(`bulk: ${res.status} ${res.text.slice(0, 200)}`);
  }
  const bulkRate = o.large / ((performance.now() - t1) / 1000);
  done();

  const books: Book[] = [];
  for (const [key, all] of [
    [small.live, smallIds],
    [large.live, largeIds],
  ] as const) {
    await http(api, "PATCH", "/v1/portfolio/settings", { key, body: { risk_zone_pd: 0.001 } });
    const scored = all.filter((_, i) => i % Math.round(1 / o.scoredShare) === 0);
    await inParallel(scored, 4, async (id, i) => {
      progress(`portfolio: flows and a first score for ${i + 1}/${scored.length} SMEs of a ${all.length}-SME book`);
      const ingested = await http(api, "POST", "/v1/connect/flows", { key, body: { sme_id: id, flows: flows(SCORE_FLOWS) } });
      const res = await http(api, "POST", "/v1/scores", { key, body: { sme_id: id } });
      if (ingested.status !== 200 || res.status !== 200)
        throw new Error(`portfolio score: ${ingested.status} ${res.status} ${res.text.slice(0, 200)}`);
    });
    done();
    books.push({ key, scored, deepCursor: await cursorAfter(api, key, all.length - 20) });
  }

  const reads: Record<string, (b: Book, i: number) => () => Promise<{ status: number }>> = {
    list_first: (b) => () => http(api, "GET", "/v1/smes", { key: b.key }),
    list_deep: (b) => () => http(api, "GET", `/v1/smes?cursor=${b.deepCursor}`, { key: b.key }),
    summary: (b) => () => http(api, "GET", "/v1/portfolio/summary", { key: b.key }),
    alerts: (b) => () => http(api, "GET", "/v1/portfolio/alerts", { key: b.key }),
    // Both books cycle over as many SMEs as the small one has scored: a score's cost should not
    // depend on the book's size, and cycling the large book over 2,000 ledgers would compare
    // objects each woken once against objects warm from the previous lap.
    score: (b, i) => () => http(api, "POST", "/v1/scores", { key: b.key, body: { sme_id: b.scored[i % books[0]!.scored.length] } }),
  };
  const out: Record<string, number> = {};
  for (const [name, read] of Object.entries(reads)) {
    const ms: [number[], number[]] = [[], []];
    for (let i = 0; i < o.samples; i++) {
      progress(`portfolio: ${name} ${o.small} vs ${o.large} SMEs ${i + 1}/${o.samples}`);
      for (const [b, book] of books.entries()) ms[b]!.push(await timed(read(book, i)));
    }
    out[`portfolio_${name}_p50_ms`] = round(percentile(ms[1], 50));
    out[`portfolio_${name}_ratio`] = round(percentile(ms[1], 50) / percentile(ms[0], 50));
  }
  done();
  const summary = await http(api, "GET", "/v1/portfolio/summary", { key: large.live });
  const open = summary.json.open_alerts as Record<string, number>;
  return {
    portfolio_smes: summary.json.smes as number,
    portfolio_scored: o.large - (summary.json.by_grade.unscored as number),
    portfolio_open_alerts: Object.values(open).reduce((a, b) => a + b, 0),
    ...out,
    register_smes_per_s: Math.round(registerRate),
    bulk_register_smes_per_s: Math.round(bulkRate),
  };
}

/** The list cursor after the first `rows` SMEs, by paging as a client would. */
async function cursorAfter(api: RunningApi, key: string, rows: number) {
  let cursor: string | null = null;
  for (let seen = 0; seen < rows; ) {
    const limit = Math.min(100, rows - seen);
    const res = await http(api, "GET", `/v1/smes?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`, { key });
    if (res.status !== 200 || !res.json.next_cursor) throw new Error(`paging: ${res.status} ${res.text.slice(0, 200)}`);
    cursor = res.json.next_cursor as string;
    seen += limit;
  }
  return cursor!;
}
