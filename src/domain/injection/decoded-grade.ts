// Grading words in text hidden by splitting its letters with symbols ("c·e·i·l·i·n·g f·o·r c·o·s·t"). Such a
// line needs no order to be a note to the grader: hiding the words is the tell, and the words it forms
// name a grade. Only the words the decoding formed count, so a line that only touches a grade word
// ("score p/r/f/1") is not one.
import { joinSpacedLetters } from './structural';
import { GRADE_NOUN_ANY } from './structural-lexicon';

const GRADE_WORD = new RegExp(
  `${GRADE_NOUN_ANY}|\\b(?:ceiling|top|max|maximum|highest|full|perfect|best|tally|[45](?:/[45])?)\\b`,
  'iu',
);

/** True when the reading of a symbol-spaced line forms two or more new words, and one names a grade. */
export function hiddenGradeWords(original: string, read: string): boolean {
  const joined = joinSpacedLetters(read) ?? read;
  const seen = new Set(original.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
  const fresh = (joined.match(/[\p{L}\p{N}/]{2,}|\b[45]\b/gu) ?? []).filter(
    (w) => !seen.has(w.toLowerCase()),
  );
  return fresh.filter((w) => /\p{L}{2,}/u.test(w)).length >= 2 && GRADE_WORD.test(fresh.join(' '));
}
