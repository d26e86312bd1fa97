/** Direction against the SME's previous score; moves within ± threshold are noise, not news. */
export function trendOf(previous: number | null, current: number, threshold: number): "up" | "stable" | "down" {
  if (previous === null) return "stable";
  if (current - previous > threshold) return "up";
  if (previous - current > threshold) return "down";
  return "stable";
}
