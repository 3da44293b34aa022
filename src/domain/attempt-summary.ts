// A compact summary of one attempt: everything the library cards, the attempts list, the prompt page and
// the progress page read, and no answer text. Storage keeps one beside each attempt (written in the same
// transaction), so those screens start from a few kilobytes per attempt instead of the whole record.
import type { Attempt, ClockEvent, Mode, SelfScore } from './attempt';
import { countsTowardTotal } from './evidence';
import type { GradeFacts } from './progress/input';
import { SECTION_IDS, type SectionId } from './sections';

/** Bump with a new summary shape; a stored summary of another version is rebuilt from its attempt. */
export const SUMMARY_VERSION = 1;

/** A grade's facts, and whether it counts towards the total (an LLM grade resting on no verified quote does not). */
interface SummaryGrade extends GradeFacts {
  counts: boolean;
}

export interface AttemptSummary {
  summaryVersion: typeof SUMMARY_VERSION;
  id: string;
  promptId: string;
  promptTitle: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
  currentSection: SectionId;
  mode: Mode;
  clock: ClockEvent[];
  provenance: Attempt['provenance'];
  /** The latest grade per section. */
  grades: Partial<Record<SectionId, SummaryGrade>>;
  /** Every grade per section, oldest first (the latest included). */
  gradeHistory: Partial<Record<SectionId, { grade: SummaryGrade }[]>>;
  selfScores: Partial<Record<SectionId, SelfScore>>;
  /** Sections with some text written, in interview order. */
  written: SectionId[];
}

const factsOf = (g: Attempt['grades'][SectionId] & object): SummaryGrade => ({
  score: g.score,
  gradedAt: g.gradedAt,
  grader: g.grader,
  answerHash: g.answerHash,
  counts: countsTowardTotal(g),
});

/** The summary of an attempt as it is now. */
export function summarizeAttempt(a: Attempt): AttemptSummary {
  const grades: AttemptSummary['grades'] = {};
  const gradeHistory: AttemptSummary['gradeHistory'] = {};
  for (const id of SECTION_IDS) {
    const latest = a.grades[id];
    if (latest) grades[id] = factsOf(latest);
    const history = a.gradeHistory[id];
    if (history && history.length > 0) gradeHistory[id] = history.map((v) => ({ grade: factsOf(v.grade) }));
  }
  return {
    summaryVersion: SUMMARY_VERSION,
    id: a.id,
    promptId: a.promptId,
    promptTitle: a.promptTitle,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    revision: a.revision,
    currentSection: a.currentSection,
    mode: a.mode,
    clock: a.clock,
    provenance: a.provenance,
    grades,
    gradeHistory,
    selfScores: a.selfScores,
    written: SECTION_IDS.filter((id) => a.answers[id].text.trim() !== ''),
  };
}

/** The sections an attempt asks for: a drill's own, otherwise all eleven. */
const sectionsOf = (s: Pick<AttemptSummary, 'mode'>): readonly SectionId[] =>
  s.mode.kind === 'drill' ? s.mode.sections : SECTION_IDS;

/** The attempt's total, as `totalScore` computes it from the whole attempt. */
export function summaryTotal(s: Pick<AttemptSummary, 'grades' | 'mode'>): {
  score: number;
  graded: number;
  max: number;
} {
  const grades = Object.values(s.grades).filter((g) => g !== undefined && g.counts);
  return {
    score: grades.reduce((sum, g) => sum + g.score, 0),
    graded: grades.length,
    max: sectionsOf(s).length * 4,
  };
}

/** The attempt's status, as `attemptStatus` computes it from the whole attempt. */
export function summaryStatus(
  s: Pick<AttemptSummary, 'grades' | 'mode' | 'clock'>,
): 'in-progress' | 'graded' | 'partly-graded' | 'ended' {
  const sections = sectionsOf(s);
  const graded = sections.filter((id) => s.grades[id]?.counts === true).length;
  if (graded === sections.length) return 'graded';
  if (graded > 0) return 'partly-graded';
  if (s.clock.some((e) => e.kind === 'end')) return 'ended';
  return 'in-progress';
}
