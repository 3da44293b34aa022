// The history the screenshot script writes into the app's IndexedDB: three weeks of attempts graded by the
// real offline grader at fixed timestamps, a partner review and self-scores on the latest one, a received
// attempt for the reviewer's side, and a study group's pack as a share link. Built with the app's own pure
// helpers, so every record is one the app itself could have written.
import {
  newAttempt,
  withGradeRecorded,
  withSelfScore,
  type Attempt,
  type PartnerReview,
} from '../../src/domain/attempt';
import type { Prompt, RubricSet } from '../../src/domain/content-schema';
import { gradeAllOffline } from '../../src/domain/offline-grader/grade-section';
import { PACK_FORMAT_VERSION, SHARE_FORMAT, SHARE_FORMAT_VERSION } from '../../src/domain/pack/limits';
import { buildPack } from '../../src/domain/pack/pack-parse';
import { PackPromptSchema } from '../../src/domain/pack/pack-schema';
import { encodePayload } from '../../src/domain/pack/share-codec';
import { attemptFromShared, sharedFromAttempt } from '../../src/domain/pack/shared-attempt';
import { SECTION_IDS, type SectionId } from '../../src/domain/sections';
import { loadContentFromDisk } from '../../src/lib/node/content-files';
import { KNOWLEDGE_MID, LEGAL_DRAFT, LEGAL_STRONG } from './screenshot-answers';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Wednesday 2 December 2026, 09:00 UTC: "today" in every screenshot. */
export const NOW = Date.UTC(2026, 11, 2, 9, 0);

export const IDS = {
  legalDraft: 'a7c1e0d2-legal-draft',
  knowledge: 'b3f9a4c8-knowledge',
  legalStrong: 'c5d2b7e1-legal-latest',
  received: 'd8e4c2a9-from-priya',
} as const;

const DIAGRAM = `flowchart LR
  L[Lawyer] --> W{Ethical wall and matter ACL}
  W --> Q[Query rewrite]
  Q --> H[Hybrid search: BM25 + vectors]
  H --> R[Cross-encoder rerank to 8]
  R --> G[Answer with inline citations]
  G --> V[Citation check against page text]
  V --> L`;

const content = loadContentFromDisk();
if (content.errors.length) throw new Error(`content does not load: ${content.errors[0]?.message}`);
const rubrics: RubricSet = content.rubrics;

function prompt(id: string): Prompt {
  const found = content.prompts.find((p) => p.id === id);
  if (!found) throw new Error(`no built-in prompt ${id}`);
  return found;
}

/** An attempt answered at `at` over `minutes`, every section graded by the offline grader a minute after. */
function gradedAttempt(
  id: string,
  promptId: string,
  answers: Record<SectionId, string>,
  at: number,
  minutes: number,
  diagram = '',
): Attempt {
  const p = prompt(promptId);
  const end = at + minutes * MINUTE;
  let a = newAttempt({ id, promptId, promptTitle: p.title, now: at });
  a = {
    ...a,
    answers: Object.fromEntries(
      SECTION_IDS.map((s, i) => [s, { text: answers[s], updatedAt: at + (i + 1) * (minutes / 12) * MINUTE }]),
    ) as Attempt['answers'],
    diagram: { source: diagram, updatedAt: end },
  };
  const outcomes = gradeAllOffline({
    prompt: p,
    rubrics,
    answers,
    diagram,
    sections: SECTION_IDS,
    now: end + MINUTE,
  });
  for (const o of outcomes) if (o.ok) a = withGradeRecorded(a, o.grade, answers[o.section]);
  return {
    ...a,
    updatedAt: end + MINUTE,
    clock: [...a.clock, { kind: 'end', at: end, reason: 'submitted' }],
  };
}

function latestAttempt(): Attempt {
  let a = gradedAttempt(IDS.legalStrong, 'legal-rag', LEGAL_STRONG, NOW - DAY, 52, DIAGRAM);
  const self: Partial<Record<SectionId, number>> = {
    task: 3,
    data: 3,
    retrieval: 4,
    model: 3,
    evals: 3,
    safety: 2,
  };
  for (const [s, score] of Object.entries(self))
    a = withSelfScore(a, s as SectionId, score, NOW - DAY + 50 * MINUTE);
  const review: PartnerReview = {
    id: 'review-sam-1',
    reviewer: 'Sam',
    createdAt: NOW - 3 * 3_600_000,
    overall:
      'Retrieval and evals are interview-ready. Model choice needs the comparison in numbers, and rollout should say who decides to widen the pilot.',
    sections: {
      task: { score: 3, notes: 'Clear users and targets; add how often they search today.', checked: [] },
      data: { score: 4, notes: 'The OCR confidence cut-off is a nice touch.', checked: [] },
      retrieval: { score: 4, notes: 'Pre-filter on the wall, with the reason. Exactly right.', checked: [] },
      model: {
        score: 1,
        notes: 'Which larger model, and what does the 2-point gain cost per month?',
        checked: [],
      },
      workflow: { score: 3, notes: '', checked: [] },
      evals: { score: 3, notes: 'Who labels the 300 questions, and how often do they change?', checked: [] },
      safety: { score: 2, notes: 'Injection through documents deserves a test set of its own.', checked: [] },
      latency: { score: 3, notes: '', checked: [] },
      cost: { score: 3, notes: '', checked: [] },
      monitoring: { score: 3, notes: '', checked: [] },
      rollout: { score: 1, notes: 'Who signs off on going firm-wide?', checked: [] },
    },
  };
  return { ...a, reviews: [review] };
}

/** The candidate's library: a weak first attempt, one at another prompt, and the latest strong one. */
export function candidateAttempts(): Attempt[] {
  return [
    gradedAttempt(IDS.legalDraft, 'legal-rag', LEGAL_DRAFT, NOW - 23 * DAY, 24),
    gradedAttempt(IDS.knowledge, 'internal-knowledge-assistant', KNOWLEDGE_MID, NOW - 12 * DAY, 41),
    latestAttempt(),
  ];
}

/** What a study partner has after importing Priya's shared attempt (read-only, ready to review). */
export function receivedAttempt(): Attempt {
  const sent = { ...latestAttempt(), id: IDS.received, reviews: [] };
  return attemptFromShared(sharedFromAttempt(sent, { includeGrades: true, author: 'Priya' }), 'a file', NOW);
}

/** A study group's week-3 pack (two prompts adapted from built-ins) as a `#/import/...` share link path. */
export function packLinkPath(): string {
  const adapt = (id: string, newId: string, title: string, summary: string) =>
    PackPromptSchema.parse({ ...prompt(id), id: newId, title, summary, source: 'community' });
  const pack = buildPack({
    id: 'ml-study-group-week-3',
    title: 'ML study group: week 3',
    author: 'Dana (study group lead)',
    description: "Two retrieval prompts with EU and multi-tenant twists, for Thursday's mock round.",
    createdAt: NOW - 2 * DAY,
    prompts: [
      adapt(
        'legal-rag',
        'legal-rag-eu-residency',
        'Legal RAG with strict EU data residency',
        'The legal RAG brief, but every byte and every model call must stay in the EU, and two clients forbid any hosted model.',
      ),
      adapt(
        'internal-knowledge-assistant',
        'multi-tenant-knowledge-assistant',
        'Knowledge assistant for 40 client tenants',
        'One assistant serving 40 client companies from one deployment, where a leak between tenants ends the contract.',
      ),
    ],
  });
  const envelope = { format: SHARE_FORMAT, formatVersion: SHARE_FORMAT_VERSION, kind: 'pack', pack };
  if (pack.formatVersion !== PACK_FORMAT_VERSION) throw new Error('pack format moved on');
  return `#/import/${encodePayload(JSON.stringify(envelope))}`;
}
