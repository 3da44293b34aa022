// A grade is not a quantity of the design. A perfect mark written as a fraction ("4/4", "10/10",
// "5 / 5") or a value given to a grade field ("score: 4", "level=4", "grade: 3") measures nothing the
// system does: counted as a figure, it lets a self-awarded grade pass for the numbers a strong answer
// needs. A threshold the design sets on its own judge ("ship when the mean score is at least 4.2", "a
// rating below 3/5 goes to review") is not a perfect mark and not a field, and stays a figure.

/** A fraction whose numerator equals its denominator, on a grading scale: "4/4", "10/10", "100 / 100". */
const PERFECT = /^(\d+)\s*\/\s*(\d+)(?![\d.])/;
const PERFECT_BEFORE = /(\d+)\s*\/\s*$/;
const SCALES = new Set(['4', '5', '10', '100']);

/** A grade field given a value: "score: 4", "level=4", "grade : 3". */
const FIELD_BEFORE = /\b(?:score|grade|level|mark|rating)\s*[:=]\s*$/;

/** True when the number `text` at `at` in the normalised sentence is a grade, not a quantity. */
export function isGradeMark(lower: string, at: number, text: string): boolean {
  const before = lower.slice(Math.max(0, at - 12), at);
  if (FIELD_BEFORE.test(before)) return true;
  const whole = PERFECT.exec(lower.slice(at));
  if (whole && whole[1] === whole[2] && SCALES.has(whole[2]!)) return true;
  const lead = PERFECT_BEFORE.exec(before);
  return lead !== null && lead[1] === text.replace(/\D.*$/, '') && SCALES.has(lead[1]!);
}
