import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewDraft } from '@/domain/pack/review-draft';
import { ReviewDraftSchema } from '@/domain/pack/review-draft';
import {
  reviewDraftEdited,
  reviewDraftLoaded,
  reviewDraftsFlushed,
  reviewDraftsStarted,
  useReviewDraftsStore,
  type ReviewDraftPersistence,
} from '@/stores/review-drafts-store';

function memory() {
  const box = { values: new Map<string, ReviewDraft>(), failNext: false, writes: 0 };
  const persistence: ReviewDraftPersistence = {
    load: (id) => Promise.resolve(box.values.get(id)),
    save: (draft) => {
      if (box.failNext) {
        box.failNext = false;
        return Promise.reject(new Error('quota exceeded'));
      }
      box.writes++;
      box.values.set(draft.id, structuredClone(draft));
      return Promise.resolve();
    },
  };
  return { box, persistence };
}

const draft = (change: Partial<ReviewDraft> = {}): ReviewDraft => ({
  version: 1,
  id: 'partner-attempt-1',
  reviewId: 'review-1',
  reviewer: 'Ada',
  overall: '',
  // Notes and ticks with no score yet: what a sent review cannot hold, and a draft must.
  sections: { task: { score: null, notes: 'Name a baseline.', checked: ['users'] } },
  updatedAt: 1_700_000_000_000,
  ...change,
});

const status = (id: string) => useReviewDraftsStore.getState().save[id];

beforeEach(() => useReviewDraftsStore.setState({ save: {} }));

describe('review drafts store', () => {
  it('keeps the latest edit, writes it once on flush, and reads it back', async () => {
    const { box, persistence } = memory();
    reviewDraftsStarted(persistence);
    reviewDraftEdited(draft({ overall: 'first' }), 60_000);
    reviewDraftEdited(draft({ overall: 'second' }), 60_000);
    expect(status('partner-attempt-1')).toBe('saving');
    // Before the write, a reopened review still gets what was typed.
    expect((await reviewDraftLoaded('partner-attempt-1'))?.overall).toBe('second');
    await reviewDraftsFlushed();
    expect(box.writes).toBe(1);
    expect(status('partner-attempt-1')).toBe('saved');
    const loaded = await reviewDraftLoaded('partner-attempt-1');
    expect(loaded).toEqual(draft({ overall: 'second' }));
    expect(ReviewDraftSchema.parse(loaded)).toEqual(loaded);
    expect(await reviewDraftLoaded('someone-else')).toBeNull();
  });

  it('shows a failed write and keeps the draft to write on the next flush', async () => {
    const { box, persistence } = memory();
    reviewDraftsStarted(persistence);
    box.failNext = true;
    reviewDraftEdited(draft(), 60_000);
    await reviewDraftsFlushed();
    expect(status('partner-attempt-1')).toEqual({
      error: 'The review draft could not be saved: quota exceeded',
    });
    expect(box.values.size).toBe(0);
    await reviewDraftsFlushed();
    expect(box.values.get('partner-attempt-1')).toEqual(draft());
    expect(status('partner-attempt-1')).toBe('saved');
  });
});
