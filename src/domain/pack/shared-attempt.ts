// An attempt as it travels (answers, diagram, grades unless left out, self-scores) and back into a
// record of this library. Settings, clocks and revision stamps never travel.
import { hashText, newAttempt, type Attempt } from '../attempt';
import { SECTION_IDS } from '../sections';
import type { SharedAttempt } from './share-schema';

interface ShareAttemptOptions {
  includeGrades: boolean;
  author: string | null;
}

/** What of an attempt goes into a link or file. */
export function sharedFromAttempt(attempt: Attempt, options: ShareAttemptOptions): SharedAttempt {
  const answers = Object.fromEntries(
    SECTION_IDS.filter((id) => attempt.answers[id].text.trim()).map((id) => [id, attempt.answers[id].text]),
  );
  const selfScores = Object.fromEntries(
    Object.entries(attempt.selfScores).map(([id, s]) => [id, s?.score]),
  ) as SharedAttempt['selfScores'];
  return {
    id: attempt.id,
    promptId: attempt.promptId,
    promptTitle: attempt.promptTitle,
    author: options.author ?? attempt.provenance.author,
    createdAt: attempt.createdAt,
    answers,
    diagram: attempt.diagram.source,
    ...(options.includeGrades ? { grades: attempt.grades, selfScores } : {}),
  };
}

/** A library record for a received attempt: read-only by provenance, keeping the sender's id. */
export function attemptFromShared(shared: SharedAttempt, source: string, now: number): Attempt {
  const base = newAttempt({ id: shared.id, promptId: shared.promptId, promptTitle: shared.promptTitle, now });
  const answers = { ...base.answers };
  for (const id of SECTION_IDS) answers[id] = { text: shared.answers[id] ?? '', updatedAt: shared.createdAt };
  const grades = shared.grades ?? {};
  const gradeHistory = Object.fromEntries(
    Object.entries(grades).map(([id, grade]) => [
      id,
      [{ text: shared.answers[grade!.section] ?? '', grade }],
    ]),
  );
  const selfScores = Object.fromEntries(
    Object.entries(shared.selfScores ?? {}).map(([id, score]) => [
      id,
      {
        score: score!,
        at: shared.createdAt,
        answerHash: hashText(shared.answers[id as keyof typeof shared.answers] ?? ''),
      },
    ]),
  );
  return {
    ...base,
    selfScores,
    createdAt: shared.createdAt,
    answers,
    diagram: { source: shared.diagram, updatedAt: shared.createdAt },
    grades,
    gradeHistory,
    clock: [{ kind: 'start', at: shared.createdAt, section: 'task' }],
    provenance: { author: shared.author, importedFrom: source.slice(0, 200), importedAt: now },
  };
}
