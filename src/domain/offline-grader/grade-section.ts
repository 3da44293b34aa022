// The deterministic offline grader: grades one section's answer against its rubric with no model,
// no network and no clock. It judges content per criterion (concepts, decisions, numbers, trade-offs,
// failure handling, targets, ties), not length, and never credits text addressed to the grader.
import { hashText } from '../attempt';
import type { Flag, Grade } from '../grade-schema';
import type { GradeAllInput, GradeOutcome, SectionGradeInput } from '../grading';
import { detectInjection } from '../injection';
import { sectionMeta, type SectionId } from '../sections';
import { analyse, type Analysis } from './analyse';
import { compileRubric } from './compiled-rubric';
import { pickEvidence } from './evidence-pick';
import { readBrief } from './brief';
import { criterionJudgements, followUpQuestion, missingList, nextStep, reasoning } from './feedback';
import { scoreAnalysis } from './score';
import { figuresForStrong } from './calculated';
import { offSection } from './off-section';
import { sectionAffinity, tiedSections } from './section-lexicon';
import { indexText, type TextIndex } from './text-index';
import { copyFlags, withoutNoCredit } from './no-credit';
import { pointsElsewhere } from './pointer';
import { withoutGraderTalk } from './grader-talk';
import { checkSalad } from './no-substance';
import { fitsAnotherPrompt, isOffPrompt, promptFit, relevance, type PromptFit } from './relevance';

export const OFFLINE_GRADER_VERSION = 'offline-1.13.0';

/** Sections whose answers the diagram can support (nodes naming a vector store, a reranker, a queue). */
const DIAGRAM_SECTIONS: readonly SectionId[] = ['retrieval', 'model', 'workflow'];
const MIN_WORDS = 5;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

/** The evidence quote from the sentence that earned the most credit (decisions first). */
function strongestQuote(evidence: Grade['evidence'], a: Analysis, index: TextIndex): string | null {
  const first = a.decisionSentences[0];
  const decided = first === undefined ? undefined : index.sentences[first]?.raw;
  const match = decided ? evidence.find((e) => decided.includes(e.quote.replace(/\.\.\.$/, ''))) : undefined;
  return (match ?? evidence[0])?.quote ?? null;
}

const hasNotes = (prompt: SectionGradeInput['prompt']) =>
  Object.values(prompt.reference).some((notes) => notes.length > 0);

function offPromptDetail(title: string, fit: PromptFit | null, examples: string[]): string {
  const words = (fit?.examples.length ? fit.examples : examples).map((w) => `"${w}"`).join(', ');
  return fit?.bestTitle
    ? `Reads like an answer to "${fit.bestTitle}" (${words}), not "${title}".`
    : `Reads like an answer about another system (${words}), not "${title}".`;
}

interface DiagramRead {
  /** The injection flag's detail when the diagram holds text addressed to the grader. */
  injection: string | null;
  index: TextIndex;
}

function readDiagram(diagram: string): DiagramRead {
  const d = detectInjection(diagram);
  return {
    injection: d.detected ? clip(`in the diagram: ${d.reasons.join('; ')}`, 500) : null,
    index: indexText(d.cleaned),
  };
}

/** Grades one section offline. Deterministic: the same input always gives the same grade. */
export function gradeSectionOffline(input: SectionGradeInput): Grade {
  return gradeSection(input, () => readDiagram(input.diagram));
}

/** One section's grade; `diagramOf` reads the diagram, once for all sections when grading them together. */
function gradeSection(input: SectionGradeInput, diagramOf: () => DiagramRead): Grade {
  const flags: Flag[] = [];
  const notes: string[] = [];
  const injection = detectInjection(input.text);
  if (injection.detected) {
    flags.push({ kind: 'possible-injection', detail: clip(injection.reasons.join('; '), 500) });
    notes.push('Text addressed to the grader was removed before grading and earned nothing.');
  }
  const rubric = compileRubric(input.rubric);
  const own = withoutGraderTalk(injection.cleaned, input.text);
  if (own.dropped)
    notes.push('Text about the grade of this answer is not design content and earned nothing.');
  const kept = withoutNoCredit(own.text, input);
  const index = kept.index;
  const copiedFlags = copyFlags(kept.copies);
  flags.push(...copiedFlags);
  if (copiedFlags.length)
    notes.push('Text copied from the rubric, the brief or the model answer earned nothing.');
  if (kept.questions >= 2 && kept.questions * 2 >= kept.sentences) {
    flags.push({
      kind: 'unanswered-questions',
      detail: `${kept.questions} of ${kept.sentences} sentences are questions: a question earns nothing until it is answered.`,
    });
  }

  let diagram = null;
  if (DIAGRAM_SECTIONS.includes(input.section) && input.diagram.trim()) {
    const d = diagramOf();
    if (d.injection) flags.push({ kind: 'possible-injection', detail: d.injection });
    diagram = d.index;
  }

  const a = analyse(index, rubric, diagram, readBrief(input.prompt.body));
  const pointer = pointsElsewhere(kept.text);
  const empty = a.words < MIN_WORDS || pointer;
  const nothingLeft = empty && !pointer && kept.originalWords >= MIN_WORDS;
  if (empty && !nothingLeft) {
    const detail = pointer
      ? 'It only points to another section: this section needs an answer of its own.'
      : a.words === 0
        ? 'No answer for this section.'
        : `Only ${a.words} word(s): too short to grade.`;
    flags.push({ kind: 'empty', detail });
  }

  const affinity = sectionAffinity(index);
  const off = empty
    ? null
    : offSection({
        own: input.section,
        index,
        affinity,
        ownConceptGroups: a.conceptGroups,
        rubrics: input.rubrics,
      });
  let offTitle: string | null = null;
  if (off) {
    offTitle = sectionMeta(off.best).title;
    const wrongBox = !input.allAnswers[off.best]?.trim()
      ? ` The ${offTitle} answer is empty: was this typed in the wrong box?`
      : '';
    flags.push({
      kind: 'off-section',
      detail: clip(
        `Reads like ${offTitle} (${off.bestHits} of its ${off.by === 'terms' ? 'key terms' : 'rubric concepts'} against ${off.ownHits} for ${sectionMeta(input.section).title}).${wrongBox}`,
        500,
      ),
    });
  }
  const ties = tiedSections(input.section, affinity, kept.text);
  const salad = empty ? null : checkSalad(index);
  if (salad?.salad)
    flags.push({
      kind: 'term-salad',
      detail: 'Mostly a list of terms or figures with no decision, subject or reason between them.',
    });
  const rel = empty || !input.rubrics ? null : relevance(index, input.prompt, input.rubrics);
  // The relative test needs this prompt's full material (reference notes) to compare like with like.
  const fit: PromptFit | null =
    empty || !input.rubrics || !input.otherPrompts?.length || !hasNotes(input.prompt)
      ? null
      : promptFit(index, input.prompt, input.otherPrompts, input.rubrics);
  const fitsOther = fit !== null && fitsAnotherPrompt(fit);
  const offPromptCandidate = !off && ((rel !== null && isOffPrompt(rel)) || fitsOther);
  // Rule 2 of the golden set: a misfiled answer scores 1 if it touches this section's topic, else 0.
  // A passage that uses this section's own terms and meets one of its criteria mixes two sections
  // ("measure TTFT per request" is monitoring told in latency words): at most Adequate, not misfiled.
  const mixed = off !== null && off.ownTerms >= 1 && a.criteria.some((c) => c.verdict === 'met');
  const s = scoreAnalysis({
    analysis: a,
    ties: ties.length,
    offSectionCap: off ? (mixed ? 2 : Math.min(1, off.ownTerms)) : null,
    namesTopic: affinity[input.section] >= 1 && kept.questions === 0,
    figuresForStrong: figuresForStrong(input.section),
  });
  if (empty) s.score = 0;
  // Only an answer with substance can be about another system; a vague one already scores 0-1.
  const offPrompt = offPromptCandidate && s.level >= 2;
  if (offPrompt)
    flags.push({
      kind: 'off-prompt',
      detail: clip(offPromptDetail(input.prompt.title, fitsOther ? fit : null, rel!.examples), 500),
    });
  if (salad?.salad || offPrompt) s.score = Math.min(s.score, 1);
  if (salad?.salad) notes.push('Capped at 1: a list of terms or figures decides nothing.');
  if (offPrompt) notes.push(`Capped at 1: it is not about ${input.prompt.title}.`);
  if (s.padding) flags.push({ kind: 'padding', detail: clip(s.padding, 500) });
  if (off) notes.push(`Capped because most of it belongs to ${offTitle}.`);
  if (ties.length) notes.push(`Links to: ${ties.map((t) => sectionMeta(t).title).join(', ')}.`);

  const refNotes = input.prompt.reference[input.section] ?? [];
  const evidence = empty ? [] : pickEvidence(index, a, input.text);
  const step = nextStep({ a, rubric, s, notes: refNotes, empty, offSectionTitle: offTitle });
  return {
    section: input.section,
    score: s.score,
    rubricVersion: input.rubric.version,
    grader: { kind: 'offline', version: OFFLINE_GRADER_VERSION },
    criteria: criterionJudgements(a, rubric),
    evidence,
    reasoning: nothingLeft
      ? `Score 0 (Missing): nothing is left once copied text and questions are set aside. ${notes.join(' ')}`.trim()
      : empty
        ? pointer
          ? 'Score 0 (Missing): it only points to another section. Answer this section here, even briefly.'
          : 'Score 0 (Missing): there is no answer to grade yet.'
        : reasoning({ a, rubric, s, notes, strongest: strongestQuote(evidence, a, index), nextStep: step }),
    missing: missingList(a, rubric, s),
    nextStep: step,
    followUp: followUpQuestion(a, rubric, s, empty || off !== null),
    flags,
    answerHash: hashText(input.text),
    gradedAt: input.now,
    usage: null,
  };
}

/** Grades the requested sections; a section that cannot be graded becomes an error outcome. */
export function gradeAllOffline(input: GradeAllInput): GradeOutcome[] {
  let diagram: DiagramRead | undefined;
  const diagramOf = () => (diagram ??= readDiagram(input.diagram));
  return input.sections.map((section): GradeOutcome => {
    const rubric = input.rubrics[section];
    if (!rubric) return { section, ok: false, error: `No rubric for section "${section}".` };
    try {
      const grade = gradeSection(
        {
          section,
          text: input.answers[section] ?? '',
          rubric,
          prompt: input.prompt,
          allAnswers: input.answers,
          rubrics: input.rubrics,
          ...(input.otherPrompts ? { otherPrompts: input.otherPrompts } : {}),
          diagram: input.diagram,
          now: input.now,
        },
        diagramOf,
      );
      return { section, ok: true, grade };
    } catch (err) {
      return { section, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  });
}
