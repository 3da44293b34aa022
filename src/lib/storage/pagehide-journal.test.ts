// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { takeJournal, writeJournal } from './pagehide-journal';

const attempt = (id: string, updatedAt: number, text: string) => {
  const a = newAttempt({ id, promptId: 'p', promptTitle: 'P', now: 1 });
  return { ...a, updatedAt, answers: { ...a.answers, task: { text, updatedAt } } };
};

describe('pagehide journal', () => {
  it('recovers a journalled attempt newer than the stored one, once', () => {
    writeJournal([attempt('a', 20, 'newer'), attempt('b', 5, 'older')]);
    const { attempts, recovered } = takeJournal([attempt('a', 10, 'stored'), attempt('b', 9, 'stored b')]);
    expect(recovered.map((a) => a.id)).toEqual(['a']);
    expect(attempts.find((a) => a.id === 'a')?.answers.task.text).toBe('newer');
    expect(attempts.find((a) => a.id === 'b')?.answers.task.text).toBe('stored b');
    expect(takeJournal([]).recovered).toEqual([]);
  });

  it('adds a journalled attempt IndexedDB never saw and ignores garbage', () => {
    localStorage.setItem(
      'design-dojo:unsaved-journal',
      JSON.stringify([{ id: 'x' }, attempt('c', 3, 'new')]),
    );
    const { attempts, recovered } = takeJournal([]);
    expect(recovered.map((a) => a.id)).toEqual(['c']);
    expect(attempts).toHaveLength(1);
    localStorage.setItem('design-dojo:unsaved-journal', '{not json');
    expect(takeJournal([]).attempts).toEqual([]);
  });

  it('never writes back a version based on a revision another tab has replaced: both are kept', () => {
    // Tab B saw revision 3, tab A saved revision 4 since, then B closed with unsaved typing.
    const theirs = { ...attempt('a', 10, 'saved by tab A'), revision: 4 };
    const mine = { ...attempt('a', 20, 'typed in tab B'), revision: 3 };
    writeJournal([mine]);
    const { attempts, recovered, conflicts } = takeJournal([theirs]);
    expect(recovered).toEqual([]);
    expect(attempts).toEqual([theirs]);
    expect(conflicts).toEqual([{ mine, theirs }]);
    expect(takeJournal([theirs]).conflicts).toEqual([]);
  });

  it('reports no conflict when the other version holds the same text', () => {
    writeJournal([{ ...attempt('a', 20, 'same'), revision: 1 }]);
    expect(takeJournal([{ ...attempt('a', 10, 'same'), revision: 2 }]).conflicts).toEqual([]);
  });
});
