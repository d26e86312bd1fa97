/**
 * The privacy budget of the noised federated rounds, by Rényi differential privacy (Mironov
 * 2017): a Gaussian mechanism with noise multiplier z (noise sd = z × L2 sensitivity) is
 * (α, α/(2z²))-RDP at every order α; T rounds compose by adding; the (ε, δ) guarantee is the
 * best over α of T·α/(2z²) + ln(1/δ)/(α − 1). Every round uses every SME (no sampling), so no
 * amplification is claimed.
 */
export function gaussianEpsilon(noiseMultiplier: number, rounds: number, delta: number): number {
  let best = Infinity;
  for (let alpha = 1.01; alpha <= 512; alpha *= 1.01) {
    best = Math.min(best, (rounds * alpha) / (2 * noiseMultiplier ** 2) + Math.log(1 / delta) / (alpha - 1));
  }
  return best;
}
