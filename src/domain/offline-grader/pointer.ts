// A section that only points to another one ("Cost: covered in the model section.", "See my data section
// above.") has no answer of its own: the rubric's level 0, however the sentence is worded. Only short
// texts qualify, so a real answer that mentions another section in passing is graded as usual.

/** Longer than this, a text has room for an answer of its own and is graded as usual. */
const MAX_POINTER_WORDS = 25;

// An optional "Cost:" label, then the pointer itself at the start of the text.
const LABEL = String.raw`(?:[\p{L} ]{1,24}:\s*)?`;
const OWNER = String.raw`(?:the|my|our|this|that)\b[^.;:!?\n]{0,40}?`;
const PLACE = String.raw`(?:sections?|parts?|answers?|above|below|earlier|later)\b`;
const POINTERS = [
  // "covered in the model section", "this is handled under our workflow part", "addressed above"
  String.raw`(?:(?:this|it|that|all of this)\s+(?:is|was)\s+)?(?:already\s+)?(?:covered|handled|described|discussed|explained|addressed|answered|included|dealt with)\s+(?:(?:in|under|by|within|as part of)\s+${OWNER}${PLACE}|above|below|earlier)`,
  // "see my data section above", "please refer to the model part"
  String.raw`(?:please\s+)?(?:see|refer to|check)\s+${OWNER}${PLACE}`,
  // "same as the latency section", "as in my model answer"
  String.raw`(?:same as|as in|as per)\s+${OWNER}${PLACE}`,
  // "the same process the studio uses for every feature", "our usual playbook": a process kept elsewhere,
  // named and not described. Only when nothing follows it.
  String.raw`(?:(?:we|i)\s+(?:will\s+)?(?:use|follow|reuse|apply)\s+)?(?:the|our|their|its)\s+(?:same|usual|standard|normal|existing|regular)\s+(?:process|procedure|playbook|approach|way|setup|routine)\b[^.;:!?\n]{0,60}[.!]?\s*$`,
].map((p) => new RegExp(String.raw`^\s*${LABEL}${p}`, 'iu'));

/** True when the whole text is a short pointer to another section instead of an answer. */
export function pointsElsewhere(text: string): boolean {
  // Words counted as runs of non-space, stopping once there are too many: an answer is long.
  const word = /\S+/g;
  let words = 0;
  while (words <= MAX_POINTER_WORDS && word.exec(text)) words++;
  if (words === 0 || words > MAX_POINTER_WORDS) return false;
  return POINTERS.some((p) => p.test(text));
}
