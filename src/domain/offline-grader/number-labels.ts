// A bare number that labels a part of the text rather than measuring anything: a numbered heading or step
// written with a leading zero ("02", "§ 03 How it works"), a section or issue mark ("§ 12", "# 42", "no. 17"),
// or a line marker in brackets ("[R 42]"). Counting these as figures lets a page's numbering pass for the
// numbers a strong answer needs.

/** Marks that make the number after them a label: "§", "#", "no.", "[R ". */
const MARK_BEFORE = /(?:§|#|\bno\.|\[[a-z])\s?$/;

/** True when the bare number `text` found at `start` in the normalised sentence is a label, not a quantity. */
export function isLabelNumber(lower: string, start: number, text: string): boolean {
  if (!/^\d+$/.test(text)) return false;
  if (text.length >= 2 && text.charCodeAt(0) === 48) return true;
  return MARK_BEFORE.test(lower.slice(Math.max(0, start - 4), start));
}
