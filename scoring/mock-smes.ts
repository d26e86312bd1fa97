import type { SmeProfile } from "./generator";
import { currentModel } from "./model";
import { profileFor } from "./profiles";
import { GRADES, type Grade, SECTORS, type Sector } from "./types";

/**
 * The sandbox's fixtures: one SME per sector × grade, each a steady business at the latent
 * health that puts it well inside its grade's cutoffs for both the 90- and 365-day windows
 * (E lower than its band's middle, so its collapse reads unmistakably).
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

const MOCK_HEALTH: Record<Grade, number> = { A: 0.93, B: 0.7, C: 0.42, D: 0.18, E: 0.01 };

const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Seeds come from the model artifact, one per fixture in this order (sector by sector, A to E):
 * the training pipeline (scoring/train/sandbox.ts) picks, among a fixed list of candidates, the
 * one that leaves each mock furthest inside its grade for both windows. Flows are laid out
 * relative to the as-of day, so this holds on every day.
 */
export const mockSmes = (seeds: readonly number[]): MockSme[] =>
  SECTORS.flatMap((sector, i) =>
    GRADES.map((grade, j) => ({
      id: `SME_TEST_${sector.toUpperCase()}_${grade}`,
      name: `${title(sector)} Test ${grade}`,
      sector,
      grade,
      country: COUNTRIES[(i * 5 + j) % COUNTRIES.length]!,
      seed: seeds[i * GRADES.length + j] ?? 0,
      profile: profileFor(sector, MOCK_HEALTH[grade]),
    })),
  );

export const MOCK_SMES: readonly MockSme[] = mockSmes(currentModel.sandbox.seeds);
