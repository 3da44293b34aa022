// Tamil, and more Hindi, for the structural lexicon (structural-lexicon-extra.ts spreads these into its
// lists): who the grader is, grading talk, this very answer and the top of the scale. Tamil and Devanagari
// vowel signs are combining marks, not letters, so a word's ending is matched as letters or marks, and
// a Tamil stem leaves off its final virama ("மதிப்பீட்டாளர்" becomes "மதிப்பீட்டாளருக்கு").
import { list } from './rule';

const ENDING = '[\\p{L}\\p{M}]*';

/** The grader, named: ta "மதிப்பீட்டாளர்", "திருத்துபவர்"; hi "जाँचने वाले", "अंक देने वाले". */
export const GRADER_INDIC = [
  `மதிப்பீட்டாளர${ENDING}`,
  `திருத்துப${ENDING}`,
  `தேர்வாளர${ENDING}`,
  '(?:जाँचने|जांचने|अंक देने|मूल्यांकन करने) वाले',
];
/** Grading talk: a mark, a score. */
export const GRADE_INDIC = [`மதிப்பெண${ENDING}`, `தரம${ENDING}`, ...list('अंकों')];
/** This very answer: ta "இந்தப் பகுதி", hi "इस हिस्से". */
export const THIS_INDIC = [
  `இந்த(?:ப்)?\\s+(?:பகுதி|பிரிவு|பதில்|விடை)${ENDING}`,
  'इस (?:हिस्से|हिस्सा|जवाब|अनुभाग)',
];
/** The top of the scale: ta "முழு மதிப்பெண்", "அதிகபட்ச"; hi "सबसे ऊँचा", "पूरे अंक". */
export const TOP_INDIC = [
  // "full" and "maximum" only with "mark": "முழு மாதிரி" is the full sample.
  `(?:முழு|அதிகபட்ச)${ENDING}\\s+மதிப்பெண${ENDING}`,
  'सबसे (?:ऊँच|ऊंच|ज़्याद|ज्याद|अधिक)\\p{M}*',
  'पूरे अंक',
];
