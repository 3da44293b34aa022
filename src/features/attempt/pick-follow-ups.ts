import { hashText, type Attempt, type FollowUpTurn } from '@/domain/attempt';
import type { Prompt } from '@/domain/content-schema';
import { MAX_SCORE, SECTION_IDS, type SectionId } from '@/domain/sections';

type PickedFollowUp = Omit<FollowUpTurn, 'grade' | 'answer' | 'askedAt' | 'answeredAt'>;

/** Time a candidate gets to answer one follow-up question. */
export const FOLLOW_UP_LIMIT_MS = 180_000;

const normalise = (q: string) =>
  q
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.?!]+$/, '')
    .trim();

/**
 * The follow-up questions an interviewer asks after grading: with the LLM grader, the grades' own
 * follow-ups for the weakest sections first, then the prompt's follow-ups, lowest-scoring sections first.
 * Identical questions are asked once, and a section is probed twice only when no other section is left.
 */
export function pickFollowUps(
  attempt: Pick<Attempt, 'grades'>,
  prompt: Pick<Prompt, 'followUps'>,
  grader: 'offline' | 'llm',
  max = 3,
): PickedFollowUp[] {
  // Ungraded sections rank after graded ones.
  const score = (section: SectionId) => attempt.grades[section]?.score ?? MAX_SCORE + 1;
  const fromGrades: PickedFollowUp[] =
    grader === 'llm'
      ? SECTION_IDS.flatMap((section) => {
          const question = attempt.grades[section]?.followUp?.trim();
          return question ? [turn(section, question, 'grader')] : [];
        }).sort((a, b) => score(a.section) - score(b.section))
      : [];
  const fromPrompt = prompt.followUps
    .map((f, i) => ({ f, i }))
    .sort((a, b) => score(a.f.section) - score(b.f.section) || a.i - b.i)
    .map(({ f }) => turn(f.section, f.question.trim(), 'prompt'));

  const seen = new Set<string>();
  const candidates = [...fromGrades, ...fromPrompt].filter((c) => {
    const key = normalise(c.question);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const picked: PickedFollowUp[] = [];
  const probed = new Set<SectionId>();
  for (const c of candidates) {
    if (picked.length < max && !probed.has(c.section)) {
      picked.push(c);
      probed.add(c.section);
    }
  }
  for (const c of candidates) if (picked.length < max && !picked.includes(c)) picked.push(c);
  return picked.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b));
}

function turn(section: SectionId, question: string, source: PickedFollowUp['source']): PickedFollowUp {
  return {
    id: `${source}-${section}-${hashText(normalise(question))}`,
    section,
    question,
    source,
    limitMs: FOLLOW_UP_LIMIT_MS,
  };
}
