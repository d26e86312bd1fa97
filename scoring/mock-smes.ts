import type { SmeProfile } from "./generator";
import { federatedV3 } from "./model";
import { profileFor } from "./profiles";
import { GRADES, type Grade, SECTORS, type Sector } from "./types";

/**
 * The sandbox's fixtures: one SME per sector × grade. Each sits at the latent health in the
 * middle of its grade's share of the sector's reference population (A is the top 20 %, so its
 * middle is health 0.9; E lower than its middle, 0.05, so its collapse reads unmistakably),
 * which puts its score inside its grade's cutoffs for both the 90- and 365-day windows.
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

const MOCK_HEALTH: Record<Grade, number> = { A: 0.9, B: 0.675, C: 0.425, D: 0.2, E: 0.03 };

const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Seeds are seedBase + 10·sector + grade. The model artifact carries the base: the training
 * pipeline (scoring/train/sandbox.ts) picks, among a fixed list of candidates, the one that
 * leaves every mock furthest inside its grade for both windows. Flows are laid out relative to
 * the as-of day, so this holds on every day.
 */
export const mockSmes = (seedBase: number): MockSme[] =>
  SECTORS.flatMap((sector, i) =>
    GRADES.map((grade, j) => ({
      id: `SME_TEST_${sector.toUpperCase()}_${grade}`,
      name: `${title(sector)} Test ${grade}`,
      sector,
      grade,
      country: COUNTRIES[(i * 5 + j) % COUNTRIES.length]!,
      seed: seedBase + i * 10 + j,
      profile: profileFor(sector, MOCK_HEALTH[grade]),
    })),
  );

export const MOCK_SMES: readonly MockSme[] = mockSmes(federatedV3.sandbox.seed_base);
