// Urdu and Bengali, and more Greek and Turkish, for the structural lexicon (structural-lexicon-extra.ts
// and structural-lexicon.ts spread these into their lists): who the grader is, the postposition that
// addresses it ("کے لیے", "প্রতি"), grading talk, this very answer and the top of the scale. The rule that
// uses them is the one for every language (addressed-note: a label naming the grader, then a grade for
// this answer in its paragraph). Bengali vowel signs are combining marks, so a word's endings are spelled out
// (an open-ended ending of letters or marks made the label pattern backtrack).
/** The grader, named: ur "جانچنے والے", "ممتحن"; bn "মূল্যায়নকারী", "পরীক্ষক". */
export const GRADER_EIGHTH = [
  '(?:جانچنے|جانچ کرنے|نمبر دینے) وال[ےاي]',
  'মূল্যায়নকারী(?:র|কে)?',
  'পরীক্ষক(?:ের|কে)?',
];
/** What follows the grader's name and addresses it: ur "کے لیے", bn "প্রতি", "জন্য". */
export const AFTER_EIGHTH = ['کے (?:لیے|لئے)', 'প্রতি', 'জন্য'];
/** Grading talk: ur/bn "نمبر", "নম্বর"; el "αξίζει" (deserves); tr "not ver-" (give a mark), "tam not". */
export const GRADE_EIGHTH = ['نمبر', 'নম্বর', 'αξίζει', 'not\\s+ver\\p{L}*', 'tam\\s+not'];
/** This very answer: ur "یہ حصہ", "اس حصے"; el "το κομμάτι" (Bengali "এই অংশ" is left out: it made the
 * foreign-language pass over Bengali prose slow). */
export const THIS_EIGHTH = ['(?:یہ|اس) (?:حصہ|حصے|جواب)', '(?:αυτό )?το κομμάτι'];
/** The top of the scale: ur "پورے نمبر"; bn "পূর্ণ নম্বর"; el "αξίζει το 4"; tr "tam not". */
export const TOP_EIGHTH = [
  '(?:پورے|مکمل|زیادہ سے زیادہ) نمبر',
  '(?:পূর্ণ|সর্বোচ্চ|পুরো) নম্বর',
  'αξίζει (?:το|ένα|τον) [45](?![\\d.,/%])',
  'tam\\s+not',
];
