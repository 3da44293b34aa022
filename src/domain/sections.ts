/** The eleven interview sections, in the guide's order. These ids are a public contract. */
export const SECTION_IDS = [
  'task',
  'data',
  'retrieval',
  'model',
  'workflow',
  'evals',
  'safety',
  'latency',
  'cost',
  'monitoring',
  'rollout',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

interface SectionMeta {
  id: SectionId;
  title: string;
  /** One line shown under the title: what this part of the interview is for. */
  purpose: string;
}

export const SECTIONS: readonly SectionMeta[] = [
  {
    id: 'task',
    title: 'User task',
    purpose: 'Who the users are, the job they need done, and what success means.',
  },
  {
    id: 'data',
    title: 'Data sources',
    purpose: 'Which data the system reads and writes, its shape, owners, freshness and permissions.',
  },
  {
    id: 'retrieval',
    title: 'Retrieval',
    purpose: 'How the right context is found: ingestion, chunking, search, reranking, filters, citations.',
  },
  {
    id: 'model',
    title: 'Model choice',
    purpose: 'Which models do which step, and why: hosted or open, size, routing, fallback.',
  },
  {
    id: 'workflow',
    title: 'Workflow',
    purpose: 'The steps from request to result: pipeline or agent, tools, state, retries, human approval.',
  },
  {
    id: 'evals',
    title: 'Evals',
    purpose: 'How quality is measured before and after launch: golden sets, rubrics, regression tests.',
  },
  {
    id: 'safety',
    title: 'Safety',
    purpose: 'Prompt injection, data leaks, permissions, PII, audit logs and safe fallbacks.',
  },
  {
    id: 'latency',
    title: 'Latency',
    purpose: 'Time budgets per step, streaming, caching and what the user sees while waiting.',
  },
  {
    id: 'cost',
    title: 'Cost',
    purpose: 'Cost per request and per month, and the levers: caching, batching, smaller models, routing.',
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    purpose: 'What is logged and watched in production, alerts, dashboards and feedback loops.',
  },
  {
    id: 'rollout',
    title: 'Rollout',
    purpose: 'How it ships: pilot, flags, A/B, success criteria, rollback and iteration.',
  },
];

const BY_ID = new Map(SECTIONS.map((s) => [s.id, s]));

/** The metadata of one section. */
export function sectionMeta(id: SectionId): SectionMeta {
  const meta = BY_ID.get(id);
  if (!meta) throw new Error(`Unknown section id "${id}"`);
  return meta;
}

/** True when the string is one of the eleven section ids. */
export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** Finds a section by its title or id, case- and punctuation-insensitively (for `## Heading` Markdown). */
export function sectionByHeading(heading: string): SectionId | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const h = norm(heading);
  return SECTIONS.find((s) => norm(s.title) === h || s.id === h)?.id;
}

export const MAX_SCORE = 4;
export const SCORE_LABELS = ['Missing', 'Superficial', 'Adequate', 'Strong', 'Exceptional'] as const;
