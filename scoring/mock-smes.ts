// TEMPORARY placeholder written by the Worker engineer so the Worker compiles; the scoring helper replaces this file entirely.
import { GRADES, SECTORS } from "./types";
const COUNTRIES = ["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"] as const;
export const MOCK_SMES = SECTORS.flatMap((sector, i) =>
  GRADES.map((grade, j) => ({ id: `SME_TEST_${sector.toUpperCase()}_${grade}`, name: `${sector} ${grade}`, sector, grade, country: COUNTRIES[(i + j) % 8]!, seed: i * 5 + j })),
);
