// The patterns of text addressed to the grader: each rule finds a kind of injection in the folded
// text and says which span to remove. Rules run in this order; the first match names the reason.
import {
  blockAround,
  exact,
  paragraph,
  noteSpan,
  paragraphFrom,
  sentence,
  sentenceAround,
  sentenceOrTable,
  type Span,
} from './spans';

const GRADING_WORDS =
  /\b(?:scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing|er)|rubric|marks|evaluat\w*|instructions?|rating)\b/i;
const DESCRIBES_ATTACKS =
  /\b(?:injections?|attack\w*|malicious|adversarial|payloads?|red[- ]?team\w*|jailbreak\w*|exploit\w*|defen[cs]\w*|detect\w*|block\w*|sanitiz\w*|sanitis\w*|test cases?|e\.g\.|such as|for example|says|saying|contains?|containing|emails?|documents?|tickets?|untrusted|treated as data)\b/i;
/** Words that turn a labelled line into an order to the grader rather than a description. */
const ORDERISH =
  /\b(?:give|award|assign|grant|mark (?:it|this|every|all)|ignore|disregard|set the|record|output|full marks|maximum|all answers|every criterion|all criteria|pre-approved|(?:score|grade)\s*(?:of\s*)?(?:4|5|10)\b|\d\s*\/\s*\d)/i;
/** Text that reads as an instruction when it sits somewhere hidden (comment, hidden element, link title). */
export const HIDDEN_ORDER =
  /\b(?:grad\w*|scor\w*|rubric|marks?|ignore|instructions?|evaluat\w*|assistant|system|llm|judge|award|prompt|reviewer|interviewer|examiner|assessor|level\s*[0-5]|exceptional|excellent|credit)\b/i;
export const HIDDEN_ELEMENT =
  /<(\w+)\b[^<>]{0,400}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?![.\d]*[1-9])|\shidden\b)[^<>]{0,400}>[\s\S]*?<\/\1\s*>/gi;
const EXAMPLE_LEAD =
  /(?:e\.g\.|for example|such as|like|returns?|outputs?|emits?|schema|format|shape)[\s:]*$/i;
const PRAISE =
  '(?:excellent|exceptional|outstanding|perfect|flawless|impeccable|brilliant|superb|top[- ]tier|a 4|a 5|full marks|top marks|the highest|(?:all|every)\\s+(?:the\\s+)?(?:rubric|criteri\\w*|requirements|points|aspects|expectations))';

export interface Rule {
  reason: string;
  re: RegExp;
  /** The span to remove for a match, or null when the match is ordinary prose. */
  span: (t: string, m: RegExpExecArray) => Span | null;
  /** Words every match holds, as clauses (see gates.ts): "give|award full|top; deserv": the rule is
   * skipped when no clause is met. */
  gate?: string;
}

const rx = (source: string, flags = 'gi') => new RegExp(source, flags);

export const RULES: Rule[] = [
  {
    reason: 'instruction hidden in an HTML comment',
    gate: '<!--',
    re: /<!--[\s\S]*?(?:-->|$)/g,
    span: (t, m) => (HIDDEN_ORDER.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'fake chat-format control tokens',
    gate: '<|; [; <<; #',
    re: /<\|[a-z_]{2,24}\|>|\[\/?INST\]|<<\/?SYS>>|^#{2,4}[ \t]*(?:instruction|system|response)[ \t]*:[ \t]*$/gim,
    span: paragraph,
  },
  {
    reason: 'fake closing or opening tag around the answer',
    gate: '<',
    re: /<\/?[ \t]*(?:candidate[_ -]?answer|candidate|answer|submission|response|user[_-]?(?:input|answer|content|message)|rubric|grading[\w-]*|grader|evaluator|instructions?|system|assistant|developer|judge|admin|reviewer)(?:[_-](?:message|msg|notes?|instructions?|turn|input|override|directive))?\b[^<>\n]{0,80}>/gi,
    span: (t, m) => {
      const end = m.index + m[0].length;
      if (t[m.index - 1] === '`' || /^`|^\s*tags?\b/i.test(t.slice(end, end + 6))) return null;
      return m[0].startsWith('</') ? paragraphFrom(t, m.index) : exact(t, m);
    },
  },
  {
    reason: 'code block labelled as instructions for the grader',
    gate: '```',
    re: /^```[ \t]*(?:system|instructions?|grader|evaluator|rubric|assistant)[ \t]*\n[\s\S]*?(?:^```[^\n]*$|(?![\s\S]))/gim,
    span: (t, m) => (GRADING_WORDS.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'fake system, assistant or grader message',
    re: /^[ \t>*_#`-]*(system|assistant|developer|grader|evaluator|judge)(?:[ \t]+(?:message|note|override|instructions?))?[ \t*_]*:([^\n]*)/gim,
    span: (t, m) => {
      const label = m[1] ?? '';
      const shouted = /^(?:system|assistant|developer)$/i.test(label) && label === label.toUpperCase();
      return shouted || ORDERISH.test(m[2] ?? '') ? paragraphFrom(t, m.index) : null;
    },
  },
  {
    reason: 'order to ignore the rubric or earlier instructions',
    gate: 'ignor|disregard|forget|overrid|bypass',
    re: /\b(?:ignore|disregard|forget|override|bypass)\s+((?:(?:all|any|the|your|my|these|those|previous|prior|above|earlier|preceding|other|existing|original|system|grading|scoring|evaluation|marking)\s+){0,4})(instructions?|rubrics?|rules|guidelines|criteria|prompts?|directions|guidance|grading|scoring|system prompt|constraints)\b(?!\s+(?:engine|file|table|layer|service|in|inside|within|embedded|found|from|contained|that (?:appear|arrive|come)))/gi,
    span: (t, m) => {
      const quals = m[1] ?? '';
      const graderOnly = /rubric|grading|scoring|marking|evaluation/i.test(quals + (m[2] ?? ''));
      const pointed = /\b(?:all|your|previous|prior|above|earlier|preceding|original|system)\b/i.test(quals);
      if (!graderOnly && !pointed) return null;
      const s = sentenceAround(t, m.index, m.index + m[0].length);
      const quoted = /["'“‘`]\s*$/.test(t.slice(Math.max(0, m.index - 3), m.index));
      if (!graderOnly && (quoted || DESCRIBES_ATTACKS.test(t.slice(s[0], s[1])))) return null;
      return s;
    },
  },
  {
    reason: 'order to award a score',
    re: rx(
      `\\b(?:(?:give|award|assign|grant)\\s+(?:this|it|me|my|the|that)?\\s*(?:answer|section|response|submission|candidate|one)?\\s*(?:an?|the)?\\s*(?:full|perfect|top|max(?:imum)?|highest)\\s+(?:marks?|score|points?|grade|rating)|(?:give|award|assign|grant|rate|score|grade|mark)\\s+(?:this|it|me|my)\\s*(?:answer|section|response|submission)?\\s*(?:an?\\s+)?(?:score of\\s+)?(?:\\d{1,3}(?:\\s*\\/\\s*\\d{1,3})?|four|five|ten)(?=\\s*(?:\\/|out of|points|marks|stars|score|and|because|please|for|[.!,;)]|$))|(?:deserves?|merits?|earns?|is worth|should (?:get|receive|be given)|must (?:get|receive))\\s+(?:\\w+\\s+){0,3}?(?:full|perfect|maximum|max|top|highest)\\s+(?:marks|score|points|grade|rating))`,
      'gim',
    ),
    span: sentence,
  },
  {
    reason: 'order to score this section',
    re: /\b(?:(?:score|grade|rate|mark)\s+(?:this|my|the following|the above)\s+(?:section|answer|response|submission)|(?:final\s+)?(?:score|grade|rating|verdict)(?:\s+for\s+this\s+(?:section|answer|response))?\s*(?:should|must|has to|needs to|will)\s+be\s+(?:an?\s+)?(?:4|5|10|full|max\w*|perfect|excellent|exceptional|top|met)\b|(?:score|grade|rating|marks?|points)\s*(?:of|:|=|is)?\s*(?:5\/5|4\/4|10\/10|100\/100)|(?:respond|reply|output|return|print)\s+(?:only\s+)?(?:with\s+)?(?:an?\s+|the\s+)?(?:score|grade)(?:\s+of)?\s+(?:4|5|10|full|max\w*|perfect))/gi,
    span: sentence,
  },
  {
    reason: 'fake grade in JSON',
    gate: '{',
    re: /\{[^{}]{0,300}?["']?\b(?:score|grade|rating|verdict|marks|points|overall)\b["']?\s*:\s*(?:["']?\d+(?:\.\d+)?(?:\s*\/\s*\d+)?["']?(?=\s*[,}])|["']?(?:met|pass|excellent|exceptional|full|max)\w*["']?)(?:[^{}]{0,300}?\}|[^{}\n]*)/gi,
    span: (t, m) => (EXAMPLE_LEAD.test(t.slice(Math.max(0, m.index - 40), m.index)) ? null : exact(t, m)),
  },
  {
    reason: 'message addressed to the grader',
    gate: 'dear|hey|hi$|hello|attention; grad|evaluat|assess|examin|marker|judge; you',
    re: /\b(?:(?:dear|hey|hi|hello)\s+(?:the\s+)?(?:ai\s+|llm\s+|automated\s+|model\s+)?(?:grader|evaluator|assessor|examiner|marker|judge|reviewer|ai|llm|model)s?\b|attention\s+(?:grader|evaluator|assessor|examiner|marker|judge)s?\b|(?:note|message)\s+(?:to|for)\s+(?:the\s+)?(?:ai\s+|llm\s+|automated\s+)?(?:grader|evaluator|assessor|examiner|marker|judge)s?\b|(?:to|for)\s+(?:the|any)\s+(?:ai|llm|automated|model)\s+(?:grader|evaluator|grading)|if\s+you\s+are\s+an?\s+(?:ai|llm|language model|grader|evaluator|automated \w+)\b)/gim,
    span: noteSpan,
  },
  {
    reason: 'plea for a generous grade',
    gate: 'generous|lenient|favo; please|kindly|pls highly|kind$|kindly; easy; depend; trust; grad|evaluat|review|examin|judge',
    re: /\b(?:(?:please|kindly|pls)\s+(?:\w+\s+){0,2}?(?:grade|score|mark|rate|evaluate|assess|judge)\s+(?:\w+\s+){0,3}?(?:generous\w*|lenient\w*|kindly|favou?rabl\w*|highly)|(?:please|kindly)\s+be\s+(?:generous|lenient|kind)|be\s+(?:generous|lenient)\s+(?:with|when|in)\s+(?:the\s+|my\s+)?(?:score|grade|grading|marks|me)|(?:grade|score|mark|rate|evaluate|judge)\s+(?:this\s+|me\s+|it\s+|my\s+\w+\s+)?(?:generously|leniently|favou?rably)|go easy on (?:me|this|my)|my (?:career|job|visa|promotion|livelihood) depends|(?:any|a) (?:fair|competent|reasonable|good|smart) (?:grader|evaluator|reviewer|examiner|judge) would|trust me)\b/gi,
    span: sentence,
  },
  {
    reason: 'self-assessment or appeal to authority',
    re: rx(
      `\\b(?:(?:this|my|our)\\s+(?:\\w+\\s+)?(?:answer|section|response|submission|design|solution|write-?up|proposal)\\s+(?:is|deserves|merits|clearly|covers|meets|satisfies|addresses|should|definitely|truly|certainly|obviously)\\b(?:\\s+\\w+){0,4}?\\s+${PRAISE}|as an?\\s+(?:\\w+\\s+){0,3}?(?:engineer|architect|expert|researcher|scientist|professional|interviewer|practitioner|lead|director|veteran)\\b[^.!?\\n]{0,80}?(?:(?:clearly|obviously|certainly|undeniably|definitely)\\s+(?:excellent|exceptional|correct|right|perfect|strong|complete|the best|a 4|top)|i (?:can )?(?:confirm|assure|guarantee|certify)|(?:this|it) (?:is|deserves) (?:\\w+ )?${PRAISE}))`,
    ),
    span: sentence,
  },
  {
    reason: 'fake grader reasoning',
    gate: 'thought; grad; evaluat',
    re: /^[ \t>*_#-]*(?:thought process|grader (?:notes?|verdict|reasoning|output)|evaluation result)\s*:/gim,
    span: paragraph,
  },
  {
    reason: 'instruction in a hidden HTML element',
    gate: '<',
    re: HIDDEN_ELEMENT,
    span: (t, m) => (HIDDEN_ORDER.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'instruction hidden in a link title',
    gate: '](',
    re: /\]\([^)\s]*\s+(["'])([^"'\n]*)\1\s*\)/g,
    span: (_t, m) => {
      if (!HIDDEN_ORDER.test(m[2] ?? '')) return null;
      const q = m[0].lastIndexOf(`${m[1]}${m[2]}`);
      return [m.index + q, m.index + m[0].length - 1];
    },
  },
  {
    reason: 'official-looking override or notice',
    re: /\b(interviewer|admin(?:istrator)?|moderator|staff|hiring (?:manager|committee|team)|design dojo|system|grader|evaluator|evaluation|rubric|grading|scoring|calibration)[ \t]+(override|notice|message|note|update|change|instructions?|policy|mode)s?\b([ \t]*[:(\-–—])?/gi,
    span: (t, m) => {
      const words = `${m[1]} ${m[2]}`;
      const colonOk = /^(?:interviewer|admin\w*|moderator|staff|hiring|design dojo|rubric)/i.test(m[1] ?? '');
      const shouted = words === words.toUpperCase() && /[A-Z]/.test(words);
      const bracketed = /\[\s*$/.test(t.slice(Math.max(0, m.index - 4), m.index));
      return bracketed || shouted || (colonOk && m[3]) ? paragraphFrom(t, m.index) : null;
    },
  },
  {
    reason: 'claim of an earlier or official grade',
    gate: 'previously|already|originally; keep|retain|preserve|record|restore existing|previous|prior|original|current|same; expect|final|recommend|assign|exist|previous|grad|calibrat; _complete|_met|_pass|_satisf',
    re: /\b(?:previously|already|originally)\s+(?:been\s+)?(?:graded|scored|rated|marked)\b[^.\n]{0,40}?\b(?:as|at|with|a)\s+(?:an?\s+)?(?:\d|exceptional|excellent|full|perfect)|\b(?:keep|retain|preserve|record|restore)\s+(?:the\s+)?(?:existing|previous|prior|original|current|same)\s+(?:score|grade|mark|rating)|\b(?:expected|final|recommended|assigned|existing|previous|grader|calibrated)[ _-]?(?:score|grade|mark|rating|verdict)\b[\s*|]*(?:[:=|]|\bis\b|\bof\b)[\s*|]*["']?\s*(?:\d+(?:\.\d+)?\s*\/\s*\d+|4|5|10|max\w*|full|met|pass|exceptional)\b|(?:section|criteria|rubric)_(?:complete|met|passed|satisfied)\s*[:=]\s*true\b/gi,
    span: sentenceOrTable,
  },
  {
    reason: 'table of grader verdicts',
    gate: '| grad|verdict|final',
    re: /^[ \t]*\|[^\n]*\b(?:grader|verdict|final score)\b[^\n]*\|[ \t]*$/gim,
    span: (t, m) => {
      const b = blockAround(t, m.index);
      const table = t.slice(b[0], b[1]);
      const graderTable =
        /\b(?:grader|final score)\b/i.test(table) || /\bscore\b[^\n]*\d\s*\/\s*\d/i.test(table);
      return graderTable && /\b(?:met|pass|exceptional)\b|\d\s*\/\s*\d/i.test(table) ? b : null;
    },
  },
  {
    reason: 'order about how to grade',
    re: /\b(?:do not|don't|never)\s+(?:subtract|deduct|penali[sz]e|dock|flag|mark down|lower|reduce)\b[^.\n]{0,40}?\b(?:points?|score|marks?|grade|notice|section|answer|this)\b|\bset\s+(?:the\s+|my\s+|this\s+)?(?:score|grade|rating|verdict)\s+(?:to|at|as)\s+(?:the\s+)?(?:max\w*|highest|top|full|4|5|10)\b|\b(?:assign|record|enter|award|give)\s+(?:a\s+)?(?:score\s+(?:of\s+)?)?(?:4|5|10)\b(?=\s+(?:for|to)\s+\w+|\s*\(|\s*[.!]|\s+(?:exceptional|excellent))|\((?:score|grade)\s*:?\s*(?:4|5|10)(?:\s*\/\s*\d+)?\)|\b(?:must|should|will|to)\s+be\s+(?:scored|graded|rated|marked)\s+(?:as\s+)?(?:an?\s+)?(?:4|5|10|full|max\w*|exceptional|excellent)\b/gim,
    span: sentenceOrTable,
  },
  {
    reason: 'order about how to grade',
    gate: 'empty|blank; grad|evaluat|assess; level',
    re: /\b(?:leave|keep)\s+the\s+(?:missing|flags?|feedback|reasoning)\b(?:\s+\w+){0,2}\s+(?:empty|blank)|(?<!human\s)(?<!expert\s)\b(?:graders?|evaluators?|assessors?)\s+(?:must|shall|are (?:required|instructed) to)\s+(?:apply|use|follow|ignore|give|award|assign|score|grade|accept)|\bgrade\s+(?:it|this|me|the section)\s+as\s+if\b|\b(?:satisf(?:y|ies)|meets?|reach(?:es)?|deserves?|earns?|qualif(?:y|ies) for|worthy of)\s+(?:\w+\s+){0,2}?level\s+(?:4|5|four|five)\b/gim,
    span: sentenceOrTable,
  },
  {
    reason: 'order about how to grade',
    gate: 'your',
    re: /\b(?:print|reveal|output|repeat|show|leak)\s+(?:me\s+)?your\s+(?:full\s+|entire\s+)?(?:system prompt|instructions|rubric|prompt)|\bas\s+your\s+(?:final\s+)?(?:output|verdict|score|grade)\b/gim,
    span: sentenceOrTable,
  },
  {
    reason: 'claim that the answer is a 4',
    re: /\b(?:it'?s|this is|that'?s)\s+(?:clearly\s+|definitely\s+)?an?\s+(?:4|5|10)\b(?:\s*\/\s*\d+)?(?=\s*[.!,;]|\s*$)/gim,
    span: sentenceOrTable,
  },
  {
    reason: 'note addressed to an automated grader',
    gate: 'checker|grad|evaluat|assess|marker|judge; whoever|whatever|anyone|anything grad|scor|mark|evaluat|read',
    re: /\b(?:note|notice|message|instructions?|self-assessment|p\.?\s?s\.?)\s*\(?\s*(?:for|to)\s+(?:the\s+|any\s+|all\s+)?(?:automated\s+|ai\s+|llm\s+)?(?:checkers?|graders?|evaluators?|assessors?|markers?|judges?)\b|\b(?:whoever|whatever|anyone|anything)\s+(?:or\s+\w+\s+)?(?:is\s+)?(?:grading|scoring|marking|evaluating|reading)\b|\b(?:ai|llm|automated)\s+(?:grader|evaluator|judge|checker|marker)s?\s*:(?=[^\n]*?(?:\bgive\b|\baward\b|\bassign\b|full marks|maximum|\b(?:score|grade)\s*(?:of\s*)?(?:4|5|10)\b))/gi,
    span: noteSpan,
  },
  {
    reason: 'plea about the grade',
    re: /\bi\s+(?:really\s+)?need\s+(?:at least\s+)?(?:an?\s+)?(?:(?:4|5|10)(?=\s*(?:here|on this|to pass|for this|[.!,;)]|$))|(?:good|high|passing|top|full)\s+(?:score|grade|marks?))|\b(?:please\s+)?(?:don't|do not)\s+give\s+(?:me|this)\s+(?:a\s+)?(?:zero|0|low|bad|fail)|\bi\s+(?:really\s+)?need\s+this\s+job\b|\bi(?:'ve| have) worked (?:so )?hard\b/gim,
    span: sentence,
  },
  {
    reason: 'instruction to decode and follow hidden text',
    gate: 'decod|base64|rot13|deciph|unscrambl',
    re: /\b(?:decode|base64|rot13|decipher|unscramble)\b[^\n]{0,40}?\b(?:and\s+)?(?:follow|execute|obey|apply|run|do what)(?:\s*:|\s+(?:it|this|that|them|the (?:instructions?|text|message|string))\b)/gi,
    span: sentence,
  },
  {
    reason: 'fake chat or tool message in JSON',
    gate: '{',
    re: /\{[^{}]{0,200}?["']role["']\s*:\s*["'](?:system|assistant|tool|developer|function)["'][^{}]{0,600}\}?/gi,
    span: (t, m) => (/\b(?:scor\w*|grad\w*|rubric|criteri\w*|marks)\b/i.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'order to the grader in another language',
    re: /\b(?:ignorier\w*|vergiss)\s+(?:\w+\s+){0,3}?(?:anweisungen|instruktionen|regeln)|(?:höchstnote|bestnote|volle punktzahl|note maximale|puntuaci[oó]n m[aá]xima|nota m[aá]xima|punteggio massimo)|\bignore[zr]?\s+(?:toutes\s+)?(?:les\s+)?instructions\s+pr[ée]c[ée]dentes|\bignora\s+(?:todas\s+)?(?:las\s+)?instrucciones|\bbewertungsmodell\w*/gi,
    span: paragraph,
  },
];
