// Finds text in a candidate's answer that is addressed to the grader instead of the interviewer:
// orders, fake chat roles, fake grade JSON, fake closing tags, pleas, and text hidden in comments or
// invisible characters. Matching runs on a folded copy (NFKC, no zero-width characters, Latin
// look-alikes) and the spans are mapped back, so `cleaned` is the original minus the flagged spans.

export interface InjectionResult {
  detected: boolean;
  reasons: string[];
  cleaned: string;
}

const NON_ASCII = /[^\t\n\r -~]/;
/** Zero-width, joiner, bidi-control, filler and variation-selector code points (as ranges: a regex
 * class would mix in combining marks). */
const INVISIBLE: readonly [number, number][] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const isInvisible = (cp: number) => INVISIBLE.some(([a, b]) => cp >= a && cp <= b);
/** Cyrillic and Greek letters that look like Latin ones, as (look-alike, Latin) pairs. */
const LOOKALIKE_PAIRS =
  'аaвbеeёeкkмmнhоoрpсcтtуyхxіiїiјjѕsһhԁdԛqԝwɑaɡgıiοoαaεeιiκkνvρpτtυuχxϲcϳjАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSҮYΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';
const LOOKALIKES = new Map<string, string>();
for (let i = 0; i + 1 < LOOKALIKE_PAIRS.length; i += 2)
  LOOKALIKES.set(LOOKALIKE_PAIRS[i]!, LOOKALIKE_PAIRS[i + 1]!);

interface Folded {
  text: string;
  /** Original [start, end) of each folded character; null when folding changed nothing. */
  map: { starts: number[]; ends: number[] } | null;
  /** Unicode tag characters (invisible "ASCII smuggling") were present. */
  tagged: boolean;
  /** Original spans shown reversed by a right-to-left override; read back in logical order. */
  reversed: Span[];
}

function fold(src: string): Folded {
  if (!NON_ASCII.test(src)) return { text: src, map: null, tagged: false, reversed: [] };
  const reversed: Span[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let tagged = false;
  let inTag = false;
  const push = (c: string, start: number, end: number) => {
    text += c;
    starts.push(start);
    ends.push(end);
  };
  for (let i = 0; i < src.length;) {
    const cp = src.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = src.slice(i, i + len);
    if (cp === 0x202e || cp === 0x2067) {
      // Text after a right-to-left override is displayed backwards: match it the way a reader sees it.
      let j = i + 1;
      while (j < src.length && !'\u202c\u2069\n'.includes(src[j]!)) j++;
      push('\n', i, i);
      for (let k = j - 1; k > i; k--) push(src[k]!, k, k + 1);
      push('\n', j, j);
      reversed.push([i, j < src.length && src[j] !== '\n' ? j + 1 : j]);
      i = j < src.length && src[j] !== '\n' ? j + 1 : j;
      continue;
    }
    const isTag = cp >= 0xe0000 && cp <= 0xe007f;
    // Decoded hidden text is fenced by line breaks so it reads as its own sentence.
    if (isTag !== inTag) push('\n', i, i);
    inTag = isTag;
    let out: string;
    if (isTag) {
      tagged = true;
      out = cp >= 0xe0020 && cp <= 0xe007e ? String.fromCharCode(cp - 0xe0000) : '';
    } else if (isInvisible(cp)) out = '';
    else if (cp < 0x80) out = ch;
    else {
      const nfkc = ch.normalize('NFKC');
      out = LOOKALIKES.get(nfkc) ?? nfkc;
    }
    for (const c of out) push(c, i, i + len);
    i += len;
  }
  if (inTag) push('\n', src.length, src.length);
  return { text, map: { starts, ends }, tagged, reversed };
}

type Span = [number, number];

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isStop = (c: string | undefined) => c === '.' || c === '!' || c === '?';

function sentenceAround(t: string, s: number, e: number): Span {
  let a = s;
  while (a > 0 && t[a - 1] !== '\n' && !(isSpace(t[a - 1]) && isStop(t[a - 2]))) a--;
  let b = e;
  while (b < t.length && t[b] !== '\n') {
    b++;
    if (isStop(t[b - 1]) && (b >= t.length || isSpace(t[b]))) break;
  }
  return [a, b];
}

function paragraphFrom(t: string, s: number): Span {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1;
  const blank = t.slice(s).search(/\n[ \t]*\n/);
  return [lineStart, blank < 0 ? t.length : s + blank];
}

const GRADING_WORDS =
  /\b(?:scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing|er)|rubric|marks|evaluat\w*|instructions?|rating)\b/i;
const DESCRIBES_ATTACKS =
  /\b(?:injections?|attack\w*|malicious|adversarial|payloads?|red[- ]?team\w*|jailbreak\w*|exploit\w*|defen[cs]\w*|detect\w*|block\w*|sanitiz\w*|sanitis\w*|test cases?|e\.g\.|such as|for example|says|saying|contains?|containing|emails?|documents?|tickets?|untrusted|treated as data)\b/i;
/** Words that turn a labelled line into an order to the grader rather than a description. */
const ORDERISH =
  /\b(?:give|award|assign|grant|mark (?:it|this|every|all)|ignore|disregard|set the|record|output|full marks|maximum|all answers|every criterion|all criteria|pre-approved|(?:score|grade)\s*(?:of\s*)?(?:4|5|10)\b|\d\s*\/\s*\d)/i;
/** Text that reads as an instruction when it sits somewhere hidden (comment, hidden element, link title). */
const HIDDEN_ORDER =
  /\b(?:grad\w*|scor\w*|rubric|marks?|ignore|instructions?|evaluat\w*|assistant|system|llm|judge|award|prompt)\b/i;
const HIDDEN_ELEMENT =
  /<(\w+)\b[^>]*?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?![.\d]*[1-9])|\shidden\b)[^>]*>[\s\S]*?<\/\1\s*>/gi;
const EXAMPLE_LEAD =
  /(?:e\.g\.|for example|such as|like|returns?|outputs?|emits?|schema|format|shape)[\s:]*$/i;
const PRAISE =
  '(?:excellent|exceptional|outstanding|perfect|flawless|impeccable|brilliant|superb|top[- ]tier|a 4|a 5|full marks|top marks|the highest|(?:all|every)\\s+(?:the\\s+)?(?:rubric|criteri\\w*|requirements|points|aspects|expectations))';

interface Rule {
  reason: string;
  re: RegExp;
  /** The span to remove for a match, or null when the match is ordinary prose. */
  span: (t: string, m: RegExpExecArray) => Span | null;
}

const sentence = (t: string, m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length);
const paragraph = (t: string, m: RegExpExecArray): Span => paragraphFrom(t, m.index);
/** The run of non-blank lines around a position (a Markdown table, a front-matter block). */
function blockAround(t: string, s: number): Span {
  const gap = /\n[ \t]*\n/g;
  let start = 0;
  for (let g = gap.exec(t); g && g.index < s; g = gap.exec(t)) start = g.index + g[0].length;
  const after = t.slice(s).search(/\n[ \t]*\n/);
  return [start, after < 0 ? t.length : s + after];
}
const inTable = (t: string, s: number) => /^[ \t]*\|/.test(t.slice(t.lastIndexOf('\n', s - 1) + 1));
const sentenceOrTable = (t: string, m: RegExpExecArray): Span =>
  inTable(t, m.index) ? blockAround(t, m.index) : sentence(t, m);
const exact = (_t: string, m: RegExpExecArray): Span => [m.index, m.index + m[0].length];
const rx = (source: string, flags = 'gi') => new RegExp(source, flags);

const RULES: Rule[] = [
  {
    reason: 'instruction hidden in an HTML comment',
    re: /<!--[\s\S]*?(?:-->|$)/g,
    span: (t, m) => (HIDDEN_ORDER.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'fake chat-format control tokens',
    re: /<\|[a-z_]{2,24}\|>|\[\/?INST\]|<<\/?SYS>>|^#{2,4}[ \t]*(?:instruction|system|response)[ \t]*:[ \t]*$/gim,
    span: paragraph,
  },
  {
    reason: 'fake closing or opening tag around the answer',
    re: /<\/?[ \t]*(?:candidate[_ -]?answer|candidate|answer|submission|response|user[_-]?(?:input|answer|content|message)|rubric|grading[\w-]*|grader|evaluator|instructions?|system|assistant|developer|judge)\b[^<>\n]{0,80}>/gi,
    span: (t, m) => {
      const end = m.index + m[0].length;
      if (t[m.index - 1] === '`' || /^`|^\s*tags?\b/i.test(t.slice(end, end + 6))) return null;
      return m[0].startsWith('</') ? paragraphFrom(t, m.index) : exact(t, m);
    },
  },
  {
    reason: 'code block labelled as instructions for the grader',
    re: /^```[ \t]*(?:system|instructions?|grader|evaluator|rubric|assistant)[ \t]*\n[\s\S]*?(?:^```[^\n]*$|(?![\s\S]))/gim,
    span: (t, m) => (GRADING_WORDS.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'fake system, assistant or grader message',
    re: /^[ \t>*_#`-]*(system|assistant|developer|grader|evaluator|judge)(?:[ \t]+(?:message|note|override|instructions?))?[ \t]*[*_]*[ \t]*:([^\n]*)/gim,
    span: (t, m) => {
      const label = m[1] ?? '';
      const shouted = /^(?:system|assistant|developer)$/i.test(label) && label === label.toUpperCase();
      return shouted || ORDERISH.test(m[2] ?? '') ? paragraphFrom(t, m.index) : null;
    },
  },
  {
    reason: 'order to ignore the rubric or earlier instructions',
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
    re: /\{[^{}]{0,300}?["']?\b(?:score|grade|rating|verdict|marks|points|overall)\b["']?\s*:\s*(?:["']?\d+(?:\.\d+)?(?:\s*\/\s*\d+)?["']?(?=\s*[,}])|["']?(?:met|pass|excellent|exceptional|full|max)\w*["']?)(?:[^{}]{0,300}?\}|[^{}\n]*)/gi,
    span: (t, m) => (EXAMPLE_LEAD.test(t.slice(Math.max(0, m.index - 40), m.index)) ? null : exact(t, m)),
  },
  {
    reason: 'message addressed to the grader',
    re: /\b(?:(?:dear|hey|hi|hello)\s+(?:the\s+)?(?:ai\s+|llm\s+|automated\s+|model\s+)?(?:grader|evaluator|assessor|examiner|marker|judge|reviewer|ai|llm|model)s?\b|attention\s+(?:grader|evaluator|assessor|examiner|marker|judge)s?\b|(?:note|message)\s+(?:to|for)\s+(?:the\s+)?(?:ai\s+|llm\s+|automated\s+)?(?:grader|evaluator|assessor|examiner|marker|judge)s?\b|(?:to|for)\s+(?:the|any)\s+(?:ai|llm|automated|model)\s+(?:grader|evaluator|grading|scoring|reading)|if\s+you\s+are\s+an?\s+(?:ai|llm|language model|grader|evaluator|automated \w+)\b|^\s*(?:grader|evaluator|assessor|examiner)\s*[,:])/gim,
    span: sentence,
  },
  {
    reason: 'plea for a generous grade',
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
    re: /^[ \t>*_#-]*(?:thought process|grader (?:notes?|verdict|reasoning|output)|evaluation result)\s*:/gim,
    span: paragraph,
  },
  {
    reason: 'instruction in a hidden HTML element',
    re: HIDDEN_ELEMENT,
    span: (t, m) => (HIDDEN_ORDER.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'instruction hidden in a link title',
    re: /\]\([^)\s]*\s+(["'])([^"'\n]*)\1\s*\)/g,
    span: (_t, m) => {
      if (!HIDDEN_ORDER.test(m[2] ?? '')) return null;
      const q = m[0].lastIndexOf(`${m[1]}${m[2]}`);
      return [m.index + q, m.index + m[0].length - 1];
    },
  },
  {
    reason: 'official-looking override or notice',
    re: /(\[\s*)?\b(interviewer|admin(?:istrator)?|moderator|staff|hiring (?:manager|committee|team)|design dojo|system|grader|evaluator|evaluation|rubric|grading|scoring|calibration)[ \t]+(override|notice|message|note|update|change|instructions?|policy|mode)s?\b([ \t]*[:(\-–—])?/gi,
    span: (t, m) => {
      const words = `${m[2]} ${m[3]}`;
      const colonOk = /^(?:interviewer|admin\w*|moderator|staff|hiring|design dojo|rubric)/i.test(m[2] ?? '');
      const shouted = words === words.toUpperCase() && /[A-Z]/.test(words);
      return m[1] !== undefined || shouted || (colonOk && m[4]) ? paragraphFrom(t, m.index) : null;
    },
  },
  {
    reason: 'claim of an earlier or official grade',
    re: /\b(?:previously|already|originally)\s+(?:been\s+)?(?:graded|scored|rated|marked)\b[^.\n]{0,40}?\b(?:as|at|with|a)\s+(?:an?\s+)?(?:\d|exceptional|excellent|full|perfect)|\b(?:keep|retain|preserve|record|restore)\s+(?:the\s+)?(?:existing|previous|prior|original|current|same)\s+(?:score|grade|mark|rating)|\b(?:expected|final|recommended|assigned|existing|previous|grader|calibrated)[ _-]?(?:score|grade|mark|rating|verdict)\b[\s*|]*(?:[:=|]|\bis\b|\bof\b)[\s*|]*["']?\s*(?:\d+(?:\.\d+)?\s*\/\s*\d+|4|5|10|max\w*|full|met|pass|exceptional)\b|(?:section|criteria|rubric)_(?:complete|met|passed|satisfied)\s*[:=]\s*true\b/gi,
    span: sentenceOrTable,
  },
  {
    reason: 'table of grader verdicts',
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
    re: /\b(?:do not|don't|never)\s+(?:subtract|deduct|penali[sz]e|dock|flag|mark down|lower|reduce)\b[^.\n]{0,40}?\b(?:points?|score|marks?|grade|notice|section|answer|this)\b|\b(?:leave|keep)\s+the\s+(?:missing|flags?|feedback|reasoning)\b(?:\s+\w+){0,2}\s+(?:empty|blank)|\b(?:print|reveal|output|repeat|show|leak)\s+(?:me\s+)?your\s+(?:full\s+|entire\s+)?(?:system prompt|instructions|rubric|prompt)|\bas\s+your\s+(?:final\s+)?(?:output|verdict|score|grade)\b|(?<!human\s)(?<!expert\s)\b(?:graders?|evaluators?|assessors?)\s+(?:must|shall|are (?:required|instructed) to)\s+(?:apply|use|follow|ignore|give|award|assign|score|grade|accept)|\bset\s+(?:the\s+|my\s+|this\s+)?(?:score|grade|rating|verdict)\s+(?:to|at|as)\s+(?:the\s+)?(?:max\w*|highest|top|full|4|5|10)\b|\b(?:assign|record|enter|award|give)\s+(?:a\s+)?(?:score\s+(?:of\s+)?)?(?:4|5|10)\b(?=\s+(?:for|to)\s+\w+|\s*\(|\s*[.!]|\s+(?:exceptional|excellent))|\bgrade\s+(?:it|this|me|the section)\s+as\s+if\b|\((?:score|grade)\s*:?\s*(?:4|5|10)(?:\s*\/\s*\d+)?\)|\b(?:satisf(?:y|ies)|meets?|reach(?:es)?|deserves?|earns?|qualif(?:y|ies) for|worthy of)\s+(?:\w+\s+){0,2}?level\s+(?:4|5|four|five)\b|\b(?:it'?s|this is|that'?s)\s+(?:clearly\s+|definitely\s+)?an?\s+(?:4|5|10)\b(?:\s*\/\s*\d+)?(?=\s*[.!,;]|\s*$)|\b(?:must|should|will|to)\s+be\s+(?:scored|graded|rated|marked)\s+(?:as\s+)?(?:an?\s+)?(?:4|5|10|full|max\w*|exceptional|excellent)\b/gim,
    span: sentenceOrTable,
  },
  {
    reason: 'note addressed to an automated grader',
    re: /\b(?:note|notice|message|instructions?|self-assessment|p\.?\s?s\.?)\s*\(?\s*(?:for|to)\s+(?:the\s+|any\s+|all\s+)?(?:automated\s+|ai\s+|llm\s+)?(?:checkers?|graders?|evaluators?|assessors?|markers?|judges?)\b|\b(?:whoever|whatever|anyone|anything)\s+(?:or\s+\w+\s+)?(?:is\s+)?(?:grading|scoring|marking|evaluating|reading)\b|\b(?:ai|llm|automated)\s+(?:grader|evaluator|judge|checker|marker)s?\s*:(?=[^\n]*?(?:\bgive\b|\baward\b|\bassign\b|full marks|maximum|\b(?:score|grade)\s*(?:of\s*)?(?:4|5|10)\b))/gi,
    span: sentence,
  },
  {
    reason: 'plea about the grade',
    re: /\bi\s+(?:really\s+)?need\s+(?:at least\s+)?(?:an?\s+)?(?:(?:4|5|10)(?=\s*(?:here|on this|to pass|for this|[.!,;)]|$))|(?:good|high|passing|top|full)\s+(?:score|grade|marks?))|\b(?:please\s+)?(?:don't|do not)\s+give\s+(?:me|this)\s+(?:a\s+)?(?:zero|0|low|bad|fail)|\bi\s+(?:really\s+)?need\s+this\s+job\b|\bi(?:'ve| have) worked (?:so )?hard\b/gim,
    span: sentence,
  },
  {
    reason: 'instruction to decode and follow hidden text',
    re: /\b(?:decode|base64|rot13|decipher|unscramble)\b[^\n]{0,40}?\b(?:and\s+)?(?:follow|execute|obey|apply|run|do what)(?:\s*:|\s+(?:it|this|that|them|the (?:instructions?|text|message|string))\b)/gi,
    span: sentence,
  },
  {
    reason: 'fake chat or tool message in JSON',
    re: /\{[^{}]{0,200}?["']role["']\s*:\s*["'](?:system|assistant|tool|developer|function)["'][^{}]{0,600}\}?/gi,
    span: (t, m) => (/\b(?:scor\w*|grad\w*|rubric|criteri\w*|marks)\b/i.test(m[0]) ? exact(t, m) : null),
  },
  {
    reason: 'order to the grader in another language',
    re: /\b(?:ignorier\w*|vergiss)\s+(?:\w+\s+){0,3}?(?:anweisungen|instruktionen|regeln)|(?:höchstnote|bestnote|volle punktzahl|note maximale|puntuaci[oó]n m[aá]xima|nota m[aá]xima|punteggio massimo)|\bignore[zr]?\s+(?:toutes\s+)?(?:les\s+)?instructions\s+pr[ée]c[ée]dentes|\bignora\s+(?:todas\s+)?(?:las\s+)?instrucciones|\bbewertungsmodell\w*/gi,
    span: paragraph,
  },
];

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

function decodeBase64(token: string): string | null {
  try {
    const decoded = atob(token);
    const printable = decoded.replace(/[^\t\n\r -~]/g, '').length;
    return decoded.length >= 8 && printable / decoded.length > 0.95 ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * Detects text addressed to the grader and returns the answer with those spans removed. Hidden
 * content (HTML comments, hidden elements) is always removed from `cleaned`, flagged or not.
 */
export function detectInjection(text: string): InjectionResult {
  return detect(text, 0);
}

function detect(text: string, depth: number): InjectionResult {
  const folded = fold(text);
  const t = folded.text;
  const found: Span[] = [];
  const reasons: string[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let first: string | null = null;
    let coveredTo = -1;
    for (let m = rule.re.exec(t); m; m = rule.re.exec(t)) {
      if (m[0].length === 0) rule.re.lastIndex++;
      // A match inside the span already removed needs no span of its own (keeps long lines linear).
      if (m.index < coveredTo) continue;
      const span = rule.span(t, m);
      if (!span || span[1] <= span[0]) continue;
      found.push(span);
      coveredTo = span[1];
      first ??= m[0];
    }
    if (first !== null) reasons.push(`${rule.reason}: "${clip(first)}"`);
  }
  const toOriginal = ([a, b]: Span): Span => {
    if (!folded.map) return [a, b];
    const { starts, ends } = folded.map;
    // min/max because text read back from a right-to-left override maps to positions in reverse.
    const lo = Math.min(starts[a] ?? text.length, starts[b - 1] ?? text.length);
    return [lo, Math.max(ends[a] ?? text.length, ends[b - 1] ?? text.length)];
  };
  const spans = found.map(toOriginal);
  if (!folded.reversed.length && found.some((f, i) => t.slice(...f) !== text.slice(...spans[i]!))) {
    reasons.push('look-alike or zero-width characters used to disguise the text');
  }
  if (folded.tagged) {
    reasons.push('invisible Unicode tag characters (hidden text)');
    for (const m of text.matchAll(/(?:\uDB40[\uDC00-\uDC7F])+/g))
      spans.push([m.index, m.index + m[0].length]);
  }
  if (folded.reversed.length) {
    reasons.push('right-to-left override shows reversed, hidden text');
    spans.push(...folded.reversed);
  }
  if (depth === 0) {
    for (const m of text.matchAll(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}/g)) {
      const decoded = decodeBase64(m[0]);
      if (decoded && detect(decoded, 1).detected) {
        reasons.push(`instructions hidden in base64: "${clip(decoded)}"`);
        spans.push([m.index, m.index + m[0].length]);
      }
    }
  }
  // Hidden content never earns credit, whether or not it reads as an instruction.
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(HIDDEN_ELEMENT)) spans.push([m.index, m.index + m[0].length]);
  return { detected: reasons.length > 0, reasons, cleaned: removeSpans(text, spans) };
}

function removeSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const start = Math.max(a, at);
    out += text.slice(at, start) + (text.slice(start, b).includes('\n') ? '\n' : ' ');
    at = b;
  }
  return out + text.slice(at);
}
