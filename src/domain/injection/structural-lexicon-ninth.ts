// Georgian and Amharic, and more Italian, Indonesian and Russian, for the structural lexicon
// (structural-lexicon-extra.ts and structural-lexicon.ts spread these into their lists). The grader is often
// named by what it does ("sistema che corregge", "sistem yang memeriksa") or in a dative case with no
// preposition at all (ru "проверяющему:", ka "შემფასებელს:", am "ለገምጋሚው:"); such a dative opens a label
// of its own (DATIVE_GRADER, read by ADDRESSED_LABEL).
/** The grader, named: it "sistema che corregge", id "sistem yang memeriksa", ka "შემფასებელი", am "ገምጋሚ". */
export const GRADER_NINTH = [
  '(?:il )?sistema (?:che|di) (?:corregge|valuta|giudica|correzione)',
  'sistem yang (?:memeriksa|menilai|mengoreksi)',
  'შემფასებ\\p{L}*',
  'ገምጋሚ\\p{L}*',
];
/** The grader in a dative that addresses it with no preposition: ru, ka, am (ለ- is "to"). */
export const DATIVE_GRADER = [
  '(?:проверяющему|оценщику|экзаменатору|проверяющим|оценщикам)',
  'შემფასებელ(?:ს|ებს)',
  'ለ(?:ገምጋሚ|ፈታኝ|አራሚ)\\p{L}*',
];
/** Grading talk: ka "ქულა" (score), "ნიშანი" (mark); am "ነጥብ" (point), "ውጤት" (grade); id "penilaian", "angka". */
export const GRADE_NINTH = ['ქულ\\p{L}*', 'ნიშ\\p{L}*', 'ነጥብ', 'ውጤት', 'penilaian', 'angka'];
/** This very answer: ka "ეს ნაწილი"; am "ይህ ክፍል". */
export const THIS_NINTH = ['(?:ეს|ამ) (?:ნაწილ|პასუხ|განყოფილებ)\\p{L}*', 'ይህ (?:ክፍል|መልስ)'];
/** The top of the scale: ka "ქულა 4", "მაქსიმალური"; am "4 ነጥብ", "ከፍተኛ" (not id "angka 4": "the number 4"). */
export const TOP_NINTH = ['ქულ\\p{L}* [45](?![\\d.,/%])', '[45] ነጥብ', 'მაქსიმალურ\\p{L}*', 'ከፍተኛ'];

/** Words the ninth lexicon needs that the quick pre-test in structural.ts has no other word for (Indonesian
 * is written without letters the foreign-language pass looks for). */
export const NINTH_ANY = ['memeriksa', 'menilai'];
