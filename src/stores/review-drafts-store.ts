// Partner reviews being written, one kv value per reviewed attempt, saved as the reviewer types (debounced,
// and at once when the page is hidden or left). A failed write stays pending and shows as the draft's
// status; it is retried on the next edit. zod and the storage layer load only when a review is opened.
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { ReviewDraft } from '@/domain/pack/review-draft';

/** How drafts are read and written; the app uses the kv store, tests an in-memory fake. */
export interface ReviewDraftPersistence {
  load(attemptId: string): Promise<ReviewDraft | undefined>;
  save(draft: ReviewDraft): Promise<void>;
}

type DraftSaveState = 'saving' | 'saved' | { error: string };

export const useReviewDraftsStore = create<{ save: Record<string, DraftSaveState> }>()(() => ({
  save: {},
}));

async function kvPersistence(): Promise<ReviewDraftPersistence> {
  const [{ kvGet, kvSet }, { ReviewDraftSchema, reviewDraftKey }] = await Promise.all([
    import('@/lib/storage/kv'),
    import('@/domain/pack/review-draft'),
  ]);
  return {
    load: (attemptId) => kvGet(reviewDraftKey(attemptId), ReviewDraftSchema),
    save: (draft) => kvSet(reviewDraftKey(draft.id), draft),
  };
}

let persistence: Promise<ReviewDraftPersistence> | null = null;
const pending = new Map<string, ReviewDraft>();
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

const statusOf = (id: string, state: DraftSaveState) =>
  useReviewDraftsStore.setState((s) => ({ save: { ...s.save, [id]: state } }));

/** Uses `p` for every later load and save (tests); the app's kv store otherwise. */
export function reviewDraftsStarted(p?: ReviewDraftPersistence): void {
  if (p) persistence = Promise.resolve(p);
  persistence ??= kvPersistence();
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', () => void reviewDraftsFlushed());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void reviewDraftsFlushed();
  });
}

/** Writes every pending draft now; never rejects (a failure becomes that draft's status). */
export async function reviewDraftsFlushed(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  reviewDraftsStarted();
  const drafts = [...pending.values()];
  pending.clear();
  const store = await persistence!;
  await Promise.all(
    drafts.map(async (draft) => {
      try {
        await store.save(draft);
        if (!pending.has(draft.id)) statusOf(draft.id, 'saved');
      } catch (error) {
        if (!pending.has(draft.id)) pending.set(draft.id, draft);
        const reason = error instanceof Error ? error.message : String(error);
        statusOf(draft.id, { error: `The review draft could not be saved: ${reason}` });
      }
    }),
  );
}

/** The reviewer changed a score, a tick, a note or their name: saved after a short quiet spell. */
export function reviewDraftEdited(draft: ReviewDraft, delayMs = 400): void {
  reviewDraftsStarted();
  pending.set(draft.id, draft);
  statusOf(draft.id, 'saving');
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void reviewDraftsFlushed(), delayMs);
}

/** The saved draft of a review of `attemptId`: undefined while loading, null when there is none. */
export async function reviewDraftLoaded(attemptId: string): Promise<ReviewDraft | null> {
  const waiting = pending.get(attemptId);
  if (waiting) return waiting;
  reviewDraftsStarted();
  try {
    return (await (await persistence!).load(attemptId)) ?? null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    statusOf(attemptId, { error: `The review draft could not be read: ${reason}` });
    return null;
  }
}

/** The draft of a review of `attemptId` once loaded (null: none saved), or undefined while loading. */
export function useReviewDraft(attemptId: string): ReviewDraft | null | undefined {
  const [loaded, setLoaded] = useState<{ id: string; draft: ReviewDraft | null } | null>(null);
  useEffect(() => {
    let live = true;
    void reviewDraftLoaded(attemptId).then((draft) => live && setLoaded({ id: attemptId, draft }));
    return () => {
      live = false;
    };
  }, [attemptId]);
  return loaded?.id === attemptId ? loaded.draft : undefined;
}
