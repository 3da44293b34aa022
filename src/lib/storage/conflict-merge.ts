// Two tabs saved different versions of one attempt: the parts where they differ, and the attempt the
// user's choice makes. Pure functions, so the choice is tested without a browser.
import type { Attempt } from '@/domain/attempt';
import { SECTION_IDS, type SectionId } from '@/domain/sections';

export type Side = 'mine' | 'theirs';

/** A part the two versions disagree on: a section's answer or the diagram. */
export type ConflictPart = SectionId | 'diagram';

/** The parts whose text differs, in the editor's order. */
export function differingParts(mine: Attempt, theirs: Attempt): ConflictPart[] {
  const sections = SECTION_IDS.filter((id) => mine.answers[id].text !== theirs.answers[id].text);
  return mine.diagram.source === theirs.diagram.source ? sections : [...sections, 'diagram'];
}

/** The text of one part in one version. */
export function partText(attempt: Attempt, part: ConflictPart): string {
  return part === 'diagram' ? attempt.diagram.source : attempt.answers[part].text;
}

const pick = <T>(
  record: Partial<Record<SectionId, T>>,
  from: Partial<Record<SectionId, T>>,
  id: SectionId,
) => {
  const next = { ...record };
  const value = from[id];
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next;
};

/**
 * The other tab's version with each part the user chose from this tab's copied over (a section brings
 * its grade, grade history and self-score along, so a grade always matches its text). Everything else
 * (clock, follow-ups, reviews) is the saved version's. The revision is the other tab's, so the save
 * that follows is checked against exactly what the user saw.
 */
export function mergeChoice(
  mine: Attempt,
  theirs: Attempt,
  choice: Partial<Record<ConflictPart, Side>>,
  now: number,
): Attempt {
  let merged: Attempt = { ...theirs, updatedAt: now };
  for (const part of differingParts(mine, theirs)) {
    if (choice[part] !== 'mine') continue;
    if (part === 'diagram') {
      merged = { ...merged, diagram: mine.diagram };
      continue;
    }
    merged = {
      ...merged,
      answers: { ...merged.answers, [part]: mine.answers[part] },
      grades: pick(merged.grades, mine.grades, part),
      gradeHistory: pick(merged.gradeHistory, mine.gradeHistory, part),
      selfScores: pick(merged.selfScores, mine.selfScores, part),
    };
  }
  return merged;
}

/** Which whole versions lose something under a choice, so they can be kept aside, recoverable. */
export function versionsLosingText(
  mine: Attempt,
  theirs: Attempt,
  choice: Partial<Record<ConflictPart, Side>>,
): Side[] {
  const parts = differingParts(mine, theirs);
  const chosen = (part: ConflictPart) => choice[part] ?? 'theirs';
  const losing: Side[] = [];
  if (parts.some((p) => chosen(p) === 'theirs')) losing.push('mine');
  if (parts.some((p) => chosen(p) === 'mine')) losing.push('theirs');
  return losing;
}
