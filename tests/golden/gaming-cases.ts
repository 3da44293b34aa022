// The gaming set: answers that should earn nothing, generated from the current rubrics/ and prompts/
// (so it follows every content change) and from the golden set's strong answers. Each case is what a
// sceptic would paste to test the grader: the rubric's own questions, criteria, level text, red flags
// and examples, the prompt's model-answer outline, lists of keywords or figures, and a strong answer
// written for another prompt. Scores follow the golden-set rules: copied text and questions earn 0;
// a list of the section's terms names the topic without a decision (1); a strong answer about another
// system is capped at 1.
import type { ContentLoadResult } from '@/domain/content-parse';
import type { Prompt, Rubric } from '@/domain/content-schema';
import type { GoldenCase, GoldenPrompt } from '@/domain/eval/golden-schema';
import { indexText } from '@/domain/offline-grader/text-index';
import { SECTION_IDS, type SectionId } from '@/domain/sections';

const ROUND_NUMBERS = ['95%', 'p95 200 ms', '$0.01 per request', '10k per day', 'top 8', '99.9%', '400 tokens', '30 days'];

const asGolden = (p: Prompt): GoldenPrompt => ({ id: p.id, title: p.title, brief: p.body.trim() });
const bullets = (xs: readonly string[]) => xs.map((x) => `- ${x}`).join('\n');

/** The first readable term of each concept group: the vocabulary a keyword list would copy. */
function keywords(r: Rubric, max: number): string[] {
  const terms = r.criteria.flatMap((c) => c.concepts.map((g) => g.find((t) => !t.includes('*')) ?? g[0]!));
  return [...new Set(terms)].slice(0, max);
}

/** The rubric body's prose and examples, as a candidate would paste them (headings dropped). */
const rubricBody = (r: Rubric) =>
  r.body
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n')
    .trim();

function copiedCases(section: SectionId, r: Rubric, prompts: readonly Prompt[], i: number): GoldenCase[] {
  const p = prompts[i % prompts.length]!;
  const q = prompts[(i + 3) % prompts.length]!;
  const make = (kind: string, prompt: Prompt, answer: string, score: number): GoldenCase => ({
    id: `gaming-${section}-${kind}`,
    prompt: asGolden(prompt),
    section,
    answer,
    score,
    kind: 'gaming',
  });
  const levels = ['3', '4'] as const;
  return [
    make('guiding-questions', p, bullets(r.guidingQuestions), 0),
    make('questions-as-prose', q, r.guidingQuestions.join(' '), 0),
    make('criteria', p, r.criteria.map((c) => `**${c.label}**: ${c.description}`).join('\n\n'), 0),
    make('level-text', q, levels.map((l) => r.levels[l]).join('\n\n'), 0),
    make('red-flags', p, bullets(r.redFlags.map((f) => f.label)), 0),
    make('section-purpose', q, rubricBody(r), 0),
    make('reference-notes', p, bullets(p.reference[section]), 0),
    make('reference-notes-prose', q, q.reference[section].join(' '), 0),
    make(
      'questions-then-outline',
      p,
      `${bullets(r.guidingQuestions.slice(0, 2))}\n\n${r.levels['4']}\n\n${bullets(p.reference[section])}`,
      0,
    ),
    make('keyword-salad', p, `We use ${keywords(r, 12).join(', ')}.`, 1),
    make('keyword-list', q, bullets(keywords(r, 10)), 1),
    make('number-salad', p, `${keywords(r, 6).join(', ')}, ${ROUND_NUMBERS.join(', ')}.`, 1),
  ];
}

/** Every word the rubrics use: design vocabulary that fits any prompt. */
function rubricWords(content: ContentLoadResult): Set<string> {
  const words = new Set<string>();
  for (const r of Object.values(content.rubrics))
    for (const w of indexText(
      [r.body, ...r.guidingQuestions, ...r.criteria.flatMap((c) => [c.description, ...c.concepts.flat()])].join('\n\n'),
    ).positions.keys())
      words.add(w);
  return words;
}

/**
 * An answer recognisably about its own system: it uses at least four words of its own prompt (five
 * letters or more) that no rubric uses ("clause", "lawyer", "confluence").
 */
function namesItsSystem(answer: string, prompt: Prompt, design: Set<string>): boolean {
  const vocab = indexText(`${prompt.title}\n\n${prompt.body}\n\n${Object.values(prompt.reference).flat().join('\n')}`);
  let shared = 0;
  for (const w of indexText(answer).positions.keys())
    if (w.length >= 5 && /^[a-z]+$/.test(w) && vocab.positions.has(w) && !design.has(w)) shared++;
  return shared >= 4;
}

/** A prompt's own words (five letters or more) that no rubric uses: what its system is about. */
function systemWords(prompt: Prompt, design: Set<string>): Set<string> {
  const vocab = indexText(`${prompt.title}\n\n${prompt.body}\n\n${Object.values(prompt.reference).flat().join('\n')}`);
  return new Set([...vocab.positions.keys()].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w) && !design.has(w)));
}

/** The prompts about the most different systems first: fewest shared system words (Jaccard). */
function mostDifferent(own: Prompt, prompts: readonly Prompt[], design: Set<string>): Prompt[] {
  const mine = systemWords(own, design);
  const similarity = (p: Prompt) => {
    const theirs = systemWords(p, design);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return shared / (mine.size + theirs.size - shared);
  };
  return prompts
    .filter((p) => p.id !== own.id)
    .map((p) => ({ p, sim: similarity(p) }))
    .sort((a, b) => a.sim - b.sim || a.p.id.localeCompare(b.p.id))
    .map((x) => x.p);
}

/**
 * Strong golden answers (3-4, no injection) on built-in prompts that name their system, each filed
 * under one of the three built-in prompts about the most different systems (in turn).
 */
function otherPromptCases(
  golden: readonly GoldenCase[],
  prompts: readonly Prompt[],
  design: Set<string>,
): GoldenCase[] {
  const byId = new Map(prompts.map((p) => [p.id, p]));
  const out: GoldenCase[] = [];
  for (const c of golden) {
    const own = byId.get(c.prompt.id);
    if (!own || c.kind !== 'normal' || c.score < 3 || !namesItsSystem(c.answer, own, design)) continue;
    const other = mostDifferent(own, prompts, design)[out.length % 3]!;
    out.push({
      id: `gaming-other-prompt-${c.id}-as-${other.id}`,
      prompt: asGolden(other),
      section: c.section,
      answer: c.answer,
      score: 1,
      kind: 'gaming',
    });
  }
  return out;
}

/** Every gaming case, in a stable order. */
export function buildGamingCases(content: ContentLoadResult, golden: readonly GoldenCase[]): GoldenCase[] {
  const prompts = [...content.prompts].sort((a, b) => a.id.localeCompare(b.id));
  const copied = SECTION_IDS.flatMap((s, i) => copiedCases(s, content.rubrics[s], prompts, i));
  return [...copied, ...otherPromptCases(golden, prompts, rubricWords(content))];
}
