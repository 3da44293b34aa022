import { create } from 'zustand';
import { newAttempt, type Attempt, type ClockEvent, type FollowUpTurn, type Mode } from '@/domain/attempt';
import type { Grade } from '@/domain/grade-schema';
import type { SectionId } from '@/domain/sections';

/** What the store needs from storage; the app passes IndexedDB, tests an in-memory fake. */
export interface AttemptPersistence {
  loadAll(): Promise<{ attempts: Attempt[]; damaged: { key: string; reason: string }[] }>;
  /** Debounced write of the latest version of an attempt. */
  schedule(attempt: Attempt): void;
  flush(): Promise<void>;
  remove(id: string): Promise<void>;
}

export type SaveState =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'error'; message: string; kind: 'quota' | 'unavailable' | 'conflict' | 'unknown' };

interface AttemptsState {
  status: 'loading' | 'ready' | 'error';
  loadError: string | null;
  attempts: Record<string, Attempt>;
  damaged: { key: string; reason: string }[];
  save: SaveState;
  recentlyDeleted: Attempt | null;
}

export const useAttemptsStore = create<AttemptsState>()(() => ({
  status: 'loading',
  loadError: null,
  attempts: {},
  damaged: [],
  save: { state: 'idle' },
  recentlyDeleted: null,
}));

let persistence: AttemptPersistence | null = null;

/** Connects the store to storage and loads every saved attempt. */
export async function attemptsStoreStarted(p: AttemptPersistence): Promise<void> {
  persistence = p;
  try {
    const { attempts, damaged } = await p.loadAll();
    useAttemptsStore.setState({
      status: 'ready',
      attempts: Object.fromEntries(attempts.map((a) => [a.id, a])),
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

function update(id: string, change: (a: Attempt) => Attempt | null, now: number): void {
  const current = useAttemptsStore.getState().attempts[id];
  if (!current) return;
  const changed = change(current);
  if (!changed || changed === current) return;
  const next = { ...changed, updatedAt: now };
  useAttemptsStore.setState((s) => ({ attempts: { ...s.attempts, [id]: next } }));
  persistence?.schedule(next);
}

export function attemptStarted(input: {
  id: string;
  promptId: string;
  promptTitle: string;
  now: number;
  mode?: Mode;
}) {
  const attempt = newAttempt(input);
  useAttemptsStore.setState((s) => ({ attempts: { ...s.attempts, [attempt.id]: attempt } }));
  persistence?.schedule(attempt);
  return attempt;
}

export function sectionEdited(id: string, section: SectionId, text: string, now: number) {
  update(id, (a) => ({ ...a, answers: { ...a.answers, [section]: { text, updatedAt: now } } }), now);
}

export function diagramEdited(id: string, source: string, now: number) {
  update(id, (a) => ({ ...a, diagram: { source, updatedAt: now } }), now);
}

export function sectionFocused(id: string, section: SectionId, now: number, clockEvent: ClockEvent | null) {
  update(
    id,
    (a) =>
      a.currentSection === section && !clockEvent
        ? null
        : { ...a, currentSection: section, clock: clockEvent ? [...a.clock, clockEvent] : a.clock },
    now,
  );
}

export function clockEventRecorded(id: string, clock: ClockEvent[], now: number) {
  update(id, (a) => ({ ...a, clock }), now);
}

export function gradeRecorded(id: string, grade: Grade) {
  update(id, (a) => ({ ...a, grades: { ...a.grades, [grade.section]: grade } }), grade.gradedAt);
}

export function followUpsChanged(id: string, followUps: FollowUpTurn[], now: number) {
  update(id, (a) => ({ ...a, followUps }), now);
}

export async function attemptDeleted(id: string): Promise<void> {
  const attempt = useAttemptsStore.getState().attempts[id];
  if (!attempt) return;
  useAttemptsStore.setState((s) => {
    const { [id]: _removed, ...rest } = s.attempts;
    return { attempts: rest, recentlyDeleted: attempt };
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
  useAttemptsStore.setState((s) => ({
    attempts: { ...s.attempts, [attempt.id]: restored },
    recentlyDeleted: null,
  }));
  persistence?.schedule(restored);
}

export function deletionForgotten(): void {
  useAttemptsStore.setState({ recentlyDeleted: null });
}

export function flushAttempts(): Promise<void> {
  return persistence?.flush() ?? Promise.resolve();
}

export const useAttempt = (id: string) => useAttemptsStore((s) => s.attempts[id]);
