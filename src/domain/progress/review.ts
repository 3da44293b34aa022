import { SECTION_IDS, type SectionId } from '../sections';
import { DAY_MS, gradesOf, ownAttempts, type ProgressAttempt } from './input';

/** Days after the first weak grade at which a weak section comes back; after the last, every 14 days. */
const REVIEW_DAYS = [1, 3, 7, 14] as const;
/** A section that scores this or less is weak and enters the review schedule. */
const WEAK_SCORE = 2;

export interface ReviewItem {
  promptId: string;
  promptTitle: string;
  section: SectionId;
  /** The latest score of this section at this prompt (2 or less, or it would not be here). */
  lastScore: number;
  lastGradedAt: number;
  /** The attempt holding that latest grade: a drill of it starts from here. */
  attemptId: string;
  /** When the section is (or was) due; `now >= dueAt` means due. */
  dueAt: number;
  /** 1-based review round: 1 = the 1-day review, 4 = the 14-day review, 5+ = every 14 days after. */
  round: number;
}

export interface ReviewSchedule {
  /** Due now, most overdue first. */
  due: ReviewItem[];
  /** Weak sections whose next review is later, soonest first. */
  upcoming: ReviewItem[];
}

interface GradeEvent {
  at: number;
  score: number;
  attemptId: string;
  promptTitle: string;
}

/** The review times after a weak streak that started at `start`: 1, 3, 7, 14 days, then every 14 days. */
function reviewPoint(start: number, round: number): number {
  const days = REVIEW_DAYS[round - 1];
  if (days !== undefined) return start + days * DAY_MS;
  const last = REVIEW_DAYS[REVIEW_DAYS.length - 1]!;
  return start + (last + (round - REVIEW_DAYS.length) * last) * DAY_MS;
}

/**
 * Spaced review of weak sections, from stored grade timestamps and an explicit `now`. Per prompt and
 * section, the grades are read oldest first; a streak of weak grades (2 or less) starts at its first one
 * and comes back after 1, 3, 7 and 14 days (then every 14) until a grade of 3 or more ends it. A review
 * round counts as done when the section was graded again at or after its time. Attempts shared with you
 * are someone else's work and never put a section on your list.
 */
export function reviewSchedule(attempts: readonly ProgressAttempt[], now: number): ReviewSchedule {
  const events = new Map<string, { promptId: string; section: SectionId; list: GradeEvent[] }>();
  for (const a of ownAttempts(attempts)) {
    for (const section of SECTION_IDS) {
      for (const grade of gradesOf(a, section)) {
        const key = `${a.promptId}\u0000${section}`;
        const entry = events.get(key) ?? { promptId: a.promptId, section, list: [] };
        entry.list.push({
          at: grade.gradedAt,
          score: grade.score,
          attemptId: a.id,
          promptTitle: a.promptTitle,
        });
        events.set(key, entry);
      }
    }
  }
  const items: ReviewItem[] = [];
  for (const { promptId, section, list } of events.values()) {
    list.sort((x, y) => x.at - y.at);
    const last = list[list.length - 1];
    if (!last || last.score > WEAK_SCORE) continue;
    let startIndex = list.length - 1;
    while (startIndex > 0 && list[startIndex - 1]!.score <= WEAK_SCORE) startIndex--;
    const start = list[startIndex]!.at;
    // Rounds already done: each review point that has a grade at or after it (grades after the start).
    let round = 1;
    while (reviewPoint(start, round) <= last.at) round++;
    items.push({
      promptId,
      promptTitle: last.promptTitle,
      section,
      lastScore: last.score,
      lastGradedAt: last.at,
      attemptId: last.attemptId,
      dueAt: reviewPoint(start, round),
      round,
    });
  }
  const order = (x: ReviewItem, y: ReviewItem) =>
    x.dueAt - y.dueAt ||
    x.lastScore - y.lastScore ||
    SECTION_IDS.indexOf(x.section) - SECTION_IDS.indexOf(y.section) ||
    x.promptId.localeCompare(y.promptId);
  return {
    due: items.filter((i) => i.dueAt <= now).sort(order),
    upcoming: items.filter((i) => i.dueAt > now).sort(order),
  };
}

/** "due today", "3 days overdue", "due in 2 days": whole days between `now` and `dueAt`. */
export function dueLabel(dueAt: number, now: number): string {
  const days = Math.floor(Math.abs(now - dueAt) / DAY_MS);
  if (dueAt <= now) return days === 0 ? 'due today' : `${days} day${days === 1 ? '' : 's'} overdue`;
  if (dueAt - now < DAY_MS) return 'due within a day';
  return `due in ${Math.ceil((dueAt - now) / DAY_MS)} days`;
}

export interface DrillGroup {
  promptId: string;
  promptTitle: string;
  /** The weakest due sections of the prompt, lowest score first (at most three). */
  sections: SectionId[];
  /** The attempt with the most recent of those grades. */
  attemptId: string;
}

/** Prompts with two or more sections due: their two or three weakest, to drill together. */
export function drillGroups(due: readonly ReviewItem[], max = 3): DrillGroup[] {
  const byPrompt = new Map<string, ReviewItem[]>();
  for (const item of due) byPrompt.set(item.promptId, [...(byPrompt.get(item.promptId) ?? []), item]);
  return [...byPrompt.values()]
    .filter((items) => items.length >= 2)
    .map((items) => {
      const weakest = items
        .toSorted(
          (a, b) =>
            a.lastScore - b.lastScore || SECTION_IDS.indexOf(a.section) - SECTION_IDS.indexOf(b.section),
        )
        .slice(0, max);
      const latest = weakest.reduce((x, y) => (y.lastGradedAt > x.lastGradedAt ? y : x));
      return {
        promptId: latest.promptId,
        promptTitle: latest.promptTitle,
        sections: weakest.map((i) => i.section),
        attemptId: latest.attemptId,
      };
    });
}
