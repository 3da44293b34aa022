import { useEffect } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { summarizeAttempt, type AttemptSummary } from '@/domain/attempt-summary';
import {
  newAttempt,
  withGradeRecorded,
  withSelfScore,
  type Attempt,
  type Mode,
  type PartnerReview,
} from '@/domain/attempt';
import type { Grade } from '@/domain/grade-schema';
import type { SectionId } from '@/domain/sections';
import { drillMode } from '@/domain/timer';

/** What the store needs from storage; the app passes IndexedDB, tests an in-memory fake. */
export interface AttemptPersistence {
  /**
   * What start-up reads: a summary of every saved attempt (`summaries`), and whole the few attempts it
   * had to read anyway (`attempts`, such as those folded back from the unsaved journal). A fake may
   * return every attempt whole and no summaries: each attempt given whole is summarised here.
   */
  loadAtStart(): Promise<{
    attempts: Attempt[];
    summaries?: AttemptSummary[];
    damaged: { key: string; reason: string }[];
  }>;
  /** Reads one saved attempt whole; without it, only attempts given at start-up can be opened. */
  get?(id: string): Promise<Attempt | null>;
  /** Debounced write of the latest version of an attempt. */
  schedule(attempt: Attempt): void;
  flush(): Promise<void>;
  remove(id: string): Promise<void>;
}

type SaveState =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'error'; message: string; kind: 'quota' | 'unavailable' | 'conflict' | 'unknown' };

/** Where reading one attempt whole stands ('failed' carries the storage's message). */
type AttemptRead = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; message: string };

interface AttemptsState {
  /** The summaries: 'ready' once every saved attempt's summary is here. */
  status: 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** One summary per saved attempt (and per attempt started here): what lists and progress read. */
  summaries: Record<string, AttemptSummary>;
  /** Attempts read whole so far (opened, compared, or edited here); kept current as they are edited. */
  attempts: Record<string, Attempt>;
  /** Whole-attempt reads that are under way or found nothing, by id. */
  reads: Record<string, AttemptRead>;
  damaged: { key: string; reason: string }[];
  save: SaveState;
  recentlyDeleted: Attempt | null;
  /** An attempt started on this screen and not yet opened: its first editor takes the focus when it opens. */
  justStarted: string | null;
}

export const useAttemptsStore = create<AttemptsState>()(() => ({
  status: 'loading',
  loadError: null,
  summaries: {},
  attempts: {},
  reads: {},
  damaged: [],
  save: { state: 'idle' },
  recentlyDeleted: null,
  justStarted: null,
}));

let persistence: AttemptPersistence | null = null;

/** Ids can come from URLs: own keys only (`constructor` is not an attempt). */
export const own = <T>(record: Record<string, T>, id: string): T | undefined =>
  Object.hasOwn(record, id) ? record[id] : undefined;

/** Connects the store to storage and loads the summary of every saved attempt. */
export async function attemptsStoreStarted(p: AttemptPersistence): Promise<void> {
  persistence = p;
  try {
    const { attempts, summaries = [], damaged } = await p.loadAtStart();
    useAttemptsStore.setState({
      status: 'ready',
      summaries: Object.fromEntries([
        ...summaries.map((s) => [s.id, s] as const),
        ...attempts.map((a) => [a.id, summarizeAttempt(a)] as const),
      ]),
      attempts: Object.fromEntries(attempts.map((a) => [a.id, a])),
      reads: {},
      damaged,
    });
  } catch (err) {
    useAttemptsStore.setState({
      status: 'error',
      loadError: err instanceof Error ? err.message : String(err),
    });
  }
}

export function saveStatusChanged(save: SaveState): void {
  useAttemptsStore.setState({ save });
}

/** Changes a loaded attempt (a change returning null or the same attempt is no change) and schedules its save. */
export function update(id: string, change: (a: Attempt) => Attempt | null, now: number): void {
  const current = own(useAttemptsStore.getState().attempts, id);
  if (!current) return;
  const changed = change(current);
  if (!changed || changed === current) return;
  const next = { ...changed, updatedAt: now };
  useAttemptsStore.setState((s) => withAttempt(s, next));
  persistence?.schedule(next);
}

/** The state with an attempt (whole) and its summary put in. */
function withAttempt(s: AttemptsState, attempt: Attempt): Pick<AttemptsState, 'attempts' | 'summaries'> {
  return {
    attempts: { ...s.attempts, [attempt.id]: attempt },
    summaries: { ...s.summaries, [attempt.id]: summarizeAttempt(attempt) },
  };
}

/**
 * A screen needs an attempt whole (to open, compare or review it): read from storage by key unless it is
 * here already (one saved by another tab since this one started is found too). What this tab holds is
 * never replaced by the stored copy, which can only be older.
 */
export async function attemptWanted(id: string): Promise<void> {
  const state = useAttemptsStore.getState();
  if (own(state.attempts, id) || own(state.reads, id)?.state === 'loading') return;
  const setRead = (read: AttemptRead | null) =>
    useAttemptsStore.setState((s) => {
      const { [id]: _done, ...reads } = s.reads;
      return { reads: read ? { ...reads, [id]: read } : reads };
    });
  if (!persistence?.get) {
    setRead({ state: 'missing' });
    return;
  }
  const listed = !!own(state.summaries, id);
  setRead({ state: 'loading' });
  try {
    const attempt = await persistence.get(id);
    useAttemptsStore.setState((s) => {
      const { [id]: _done, ...reads } = s.reads;
      if (!attempt) return { reads: { ...reads, [id]: { state: 'missing' } } };
      // Read by another screen, or deleted here (its removal may not have reached storage): leave it.
      const deleted = s.recentlyDeleted?.id === id || (listed && !own(s.summaries, id));
      if (own(s.attempts, id) || deleted) return { reads };
      return { reads, ...withAttempt(s, attempt) };
    });
  } catch (err) {
    setRead({ state: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * The attempt with this id, read whole on first use (null: no id). `state` is 'ready' once it is here,
 * 'missing' when nothing is saved under that id.
 */
export function useAttemptRead(id: string | null): {
  attempt: Attempt | undefined;
  state: 'ready' | AttemptRead['state'];
  message: string | null;
} {
  const attempt = useAttemptsStore((s) => (id === null ? undefined : own(s.attempts, id)));
  const read = useAttemptsStore((s) => (id === null ? undefined : own(s.reads, id)));
  const started = useAttemptsStore((s) => s.status !== 'loading');
  useEffect(() => {
    if (id !== null && started && !attempt) void attemptWanted(id);
  }, [id, started, attempt]);
  if (id === null) return { attempt, state: 'missing', message: null };
  if (attempt) return { attempt, state: 'ready', message: null };
  if (!read || !started) return { attempt, state: 'loading', message: null };
  return { attempt, state: read.state, message: read.state === 'failed' ? read.message : null };
}

export function attemptStarted(input: {
  id: string;
  promptId: string;
  promptTitle: string;
  now: number;
  mode?: Mode;
}) {
  const attempt = newAttempt(input);
  useAttemptsStore.setState((s) => ({ ...withAttempt(s, attempt), justStarted: attempt.id }));
  persistence?.schedule(attempt);
  return attempt;
}

/** A screen opened an attempt. Returns true once, when it is the attempt just started here. */
export function attemptOpened(id: string): boolean {
  if (useAttemptsStore.getState().justStarted !== id) return false;
  useAttemptsStore.setState({ justStarted: null });
  return true;
}

export function sectionEdited(id: string, section: SectionId, text: string, now: number) {
  update(id, (a) => ({ ...a, answers: { ...a.answers, [section]: { text, updatedAt: now } } }), now);
}

export function diagramEdited(id: string, source: string, now: number) {
  update(id, (a) => ({ ...a, diagram: { source, updatedAt: now } }), now);
}

/** A section was graded: the grade becomes its latest and joins its history with the text it graded. */
export function gradeRecorded(id: string, grade: Grade, gradedText: string) {
  update(id, (a) => withGradeRecorded(a, grade, gradedText), grade.gradedAt);
}

/** The candidate scored a section themselves (0-4), for its current text. */
export function selfScoreGiven(id: string, section: SectionId, score: number, now: number) {
  update(id, (a) => withSelfScore(a, section, score, now), now);
}

/** Starts a timed drill of one to three sections of a prompt (5 minutes each unless told). */
export function drillStarted(input: {
  id: string;
  promptId: string;
  promptTitle: string;
  sections: readonly SectionId[];
  now: number;
  reviewOf?: string | null;
  perSectionMs?: number;
}) {
  const mode = drillMode(input.sections, input.reviewOf ?? null, input.perSectionMs);
  return attemptStarted({ ...input, mode });
}

/** A shared attempt was imported (after the user confirmed): added, or replacing an earlier import of it. */
export function attemptImported(attempt: Attempt) {
  const existing = own(useAttemptsStore.getState().summaries, attempt.id);
  if (existing && existing.provenance.importedFrom === null) return;
  const next = { ...attempt, revision: existing?.revision ?? 0 };
  useAttemptsStore.setState((s) => withAttempt(s, next));
  persistence?.schedule(next);
}

/** A study partner's review of this attempt arrived. */
export function partnerReviewReceived(id: string, review: PartnerReview, now: number) {
  update(id, (a) => ({ ...a, reviews: [...a.reviews.filter((r) => r.id !== review.id), review] }), now);
}

/** Deletes an attempt (read whole first, so "Undo" can bring every part of it back). */
export async function attemptDeleted(id: string): Promise<void> {
  if (!own(useAttemptsStore.getState().summaries, id)) return;
  await attemptWanted(id);
  const attempt = own(useAttemptsStore.getState().attempts, id);
  if (!attempt) return;
  useAttemptsStore.setState((s) => {
    const { [id]: _removed, ...rest } = s.attempts;
    const { [id]: _summary, ...summaries } = s.summaries;
    return { attempts: rest, summaries, recentlyDeleted: attempt };
  });
  try {
    await persistence?.flush();
    await persistence?.remove(id);
  } catch (err) {
    saveStatusChanged({
      state: 'error',
      kind: 'unknown',
      message: `the attempt could not be deleted from storage (${err instanceof Error ? err.message : String(err)})`,
    });
  }
}

export function deletionUndone(): void {
  const attempt = useAttemptsStore.getState().recentlyDeleted;
  if (!attempt) return;
  // A fresh revision base: the stored record is gone, so the next save writes it anew.
  const restored = { ...attempt, revision: 0 };
  useAttemptsStore.setState((s) => ({ ...withAttempt(s, restored), recentlyDeleted: null }));
  persistence?.schedule(restored);
}

export function deletionForgotten(): void {
  useAttemptsStore.setState({ recentlyDeleted: null });
}

/** The user settled a disagreement between two tabs: this version replaces the tab's copy and is saved. */
export function versionChosen(attempt: Attempt): void {
  useAttemptsStore.setState((s) => withAttempt(s, attempt));
  persistence?.schedule(attempt);
}

/** An attempt came back from the kept-aside records; storage already holds it. */
export function attemptRestored(attempt: Attempt): void {
  useAttemptsStore.setState((s) => withAttempt(s, attempt));
}

export const useAttempt = (id: string) => useAttemptsStore((s) => own(s.attempts, id));

/** The summaries of every saved attempt, in no particular order (a stable array while none changes). */
export const useSummaries = () => useAttemptsStore(useShallow((s) => Object.values(s.summaries)));
