// Saved attempts for the review and progress specs, written straight into IndexedDB so a test can start
// with weeks of history at fixed timestamps. Records are built with the app's own pure helpers.
import { expect, type Page } from '@playwright/test';
import { hashText, newAttempt, withGradeRecorded, type Attempt } from '../../src/domain/attempt';
import type { Grade } from '../../src/domain/grade-schema';
import { SECTION_IDS, type SectionId } from '../../src/domain/sections';

export const DAY = 86_400_000;
/** Monday 2 November 2026, 09:00 UTC: every seeded timestamp counts from here. */
export const T0 = Date.UTC(2026, 10, 2, 9, 0);

const CRITERIA = ['Decision', 'Numbers', 'Trade-off'];

export function seedGrade(section: SectionId, score: number, at: number, text: string, llm = false): Grade {
  return {
    section,
    score,
    rubricVersion: '1.1.0',
    grader: llm
      ? { kind: 'llm', model: 'scripted-model', endpoint: 'http://127.0.0.1' }
      : { kind: 'offline', version: '1.2.0' },
    criteria: CRITERIA.map((label, i) => ({
      id: label.toLowerCase(),
      label,
      verdict: i < score - 1 ? 'met' : 'missing',
      found: '',
      missing: '',
    })),
    evidence: text ? [{ quote: text.split('.')[0]!, verified: true }] : [],
    reasoning: 'Seeded grade.',
    missing: [],
    nextStep: 'Add a number.',
    followUp: null,
    flags: [],
    answerHash: hashText(text),
    gradedAt: at,
    usage: null,
  };
}

/** A graded attempt at `at`: every listed section answered with `text(section)` and graded with its score. */
export function seededAttempt(input: {
  id: string;
  at: number;
  scores: Partial<Record<SectionId, number>>;
  promptId?: string;
  promptTitle?: string;
  text?: (section: SectionId, score: number) => string;
  llm?: boolean;
  minutes?: number;
}): Attempt {
  const text = input.text ?? ((s, score) => `For ${s} we decide step ${score}. It costs ${score * 10} ms.`);
  let a = newAttempt({
    id: input.id,
    promptId: input.promptId ?? 'legal-rag',
    promptTitle: input.promptTitle ?? 'Build a RAG system for legal documents',
    now: input.at,
  });
  for (const section of SECTION_IDS) {
    const score = input.scores[section];
    if (score === undefined) continue;
    const body = text(section, score);
    a = { ...a, answers: { ...a.answers, [section]: { text: body, updatedAt: input.at } } };
    a = withGradeRecorded(a, seedGrade(section, score, input.at + 60_000, body, input.llm), body);
  }
  const end = input.at + (input.minutes ?? 30) * 60_000;
  return { ...a, updatedAt: end, clock: [...a.clock, { kind: 'end', at: end, reason: 'submitted' }] };
}

/** Opens the app, writes the attempts into its IndexedDB, and reloads so the app reads them. */
export async function seedAttempts(page: Page, attempts: Attempt[]): Promise<void> {
  await page.goto('/#/attempts');
  await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible();
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('design-dojo');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('attempts', 'readwrite');
      for (const r of records) tx.objectStore('attempts').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, attempts);
  await page.reload();
}
