import type { SmeProfile } from "./generator";
import { profileFor } from "./profiles";
import { GRADES, SECTORS, type Grade, type Sector } from "./types";

/**
 * The sandbox's fixtures: one SME per sector × grade. Each sits at the latent health in the
 * middle of its grade's share of the sector's reference population (A is the top 20 %, so its
 * middle is the 90th percentile), which puts its score well inside its grade's cutoffs for the
 * 90- and 365-day windows whatever the as-of day.
 */
export interface MockSme {
  id: string;
  name: string;
  sector: Sector;
  /** The grade it is built to score into. */
  grade: Grade;
  country: (typeof COUNTRIES)[number];
  /** Seed of its flows: with the profile and an as-of day, the flows are fixed. */
  seed: number;
  profile: SmeProfile;
}

const COUNTRIES = ["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"] as const;

export const MOCK_HEALTH: Record<Grade, number> = { A: 0.9, B: 0.675, C: 0.425, D: 0.2, E: 0.03 };

const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export const MOCK_SMES: readonly MockSme[] = SECTORS.flatMap((sector, i) =>
  GRADES.map((grade, j) => ({
    id: `SME_TEST_${sector.toUpperCase()}_${grade}`,
    name: `${title(sector)} Test ${grade}`,
    sector,
    grade,
    country: COUNTRIES[(i * 5 + j) % COUNTRIES.length]!,
    seed: 1000 + i * 10 + j,
    profile: profileFor(sector, MOCK_HEALTH[grade]),
  })),
);
