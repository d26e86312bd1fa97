import { h, t } from "./dom";

export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

/** Grade colours; the letter is always written too, so colour never carries the grade alone. */
export const GRADE_COLOURS: Record<Grade | "unscored", string> = {
  A: "#1b7f3b",
  B: "#3f7f8f",
  C: "#b07b00",
  D: "#c4531a",
  E: "#b3261e",
  unscored: "#6b7280",
};

export const gradeBadge = (grade: Grade | null) =>
  grade ? h("span", { class: `badge grade-${grade}` }, grade) : h("span", { class: "badge grade-none" }, t("unscored"));
