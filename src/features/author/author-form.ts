// The authoring form's state (all strings, as typed) and its conversion to a prompt, validated with the
// same schema as packs and prompt files, so what the form accepts is exactly what exports cleanly.
import { PackPromptSchema, type PackPrompt } from '@/domain/pack/pack-schema';
import { findSecret } from '@/domain/pack/secrets';
import type { DIFFICULTIES } from '@/domain/content-schema';
import { SECTION_IDS, type SectionId } from '@/domain/sections';

export interface ScaleRow {
  label: string;
  value: string;
  unit: string;
}
export interface FollowUpRow {
  section: SectionId;
  question: string;
}

export interface AuthorForm {
  author: string;
  id: string;
  title: string;
  summary: string;
  difficulty: (typeof DIFFICULTIES)[number];
  minutes: string;
  tags: string;
  body: string;
  scale: ScaleRow[];
  followUps: FollowUpRow[];
  /** One note per line, per section. */
  reference: Record<SectionId, string>;
}

const BODY_TEMPLATE = `## The brief

Who the client is, what they want built, and why now.

## Context

Users, data, volumes and what exists today.

## Constraints

- Latency, budget, privacy and anything else that is fixed.

## What the interviewer listens for

- The two or three things that separate a strong answer.`;

export function emptyForm(author = ''): AuthorForm {
  return {
    author,
    id: '',
    title: '',
    summary: '',
    difficulty: 'intermediate',
    minutes: '45',
    tags: '',
    body: BODY_TEMPLATE,
    scale: [0, 1, 2].map(() => ({ label: '', value: '', unit: '' })),
    followUps: (['retrieval', 'evals', 'safety'] as const).map((section) => ({ section, question: '' })),
    reference: Object.fromEntries(SECTION_IDS.map((id) => [id, ''])) as Record<SectionId, string>,
  };
}

export function formOf(prompt: PackPrompt, author: string): AuthorForm {
  return {
    author,
    id: prompt.id,
    title: prompt.title,
    summary: prompt.summary,
    difficulty: prompt.difficulty,
    minutes: String(prompt.minutes),
    tags: prompt.tags.join(', '),
    body: prompt.body,
    scale: prompt.scale.map((f) => ({ label: f.label, value: String(f.value), unit: f.unit })),
    followUps: prompt.followUps.map((f) => ({ section: f.section, question: f.question })),
    reference: Object.fromEntries(SECTION_IDS.map((id) => [id, prompt.reference[id].join('\n')])) as Record<
      SectionId,
      string
    >,
  };
}

/** zod's messages in the words of the form. */
function plainMessage(issue: {
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
}): string {
  const unit = issue.origin === 'array' ? 'item(s)' : issue.origin === 'string' ? 'characters' : '';
  if (issue.code === 'too_small' && unit) return `needs at least ${String(issue.minimum)} ${unit}`;
  if (issue.code === 'too_big' && unit) return `at most ${String(issue.maximum)} ${unit}`;
  if (issue.code === 'too_small') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `must be at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.message.includes('number')) return 'must be a number';
  return issue.message;
}

const KEY_ADVICE = 'remove it: a prompt is shared, and keys never are';

/** Fields holding text that looks like an API key or token, by form path (the same check imports make). */
function keyLikeText(form: AuthorForm): Map<string, string> {
  const problems = new Map<string, string>();
  const check = (path: string, text: string) => {
    const kind = findSecret(text);
    if (kind) problems.set(path, `looks like it contains ${kind}; ${KEY_ADVICE}`);
  };
  for (const path of ['author', 'id', 'title', 'summary', 'tags', 'body'] as const) check(path, form[path]);
  form.scale.forEach((r, i) => {
    check(`scale.${i}.label`, r.label);
    check(`scale.${i}.unit`, r.unit);
  });
  form.followUps.forEach((f, i) => check(`followUps.${i}.question`, f.question));
  for (const id of SECTION_IDS) {
    const kinds = form.reference[id].split('\n').map(findSecret);
    const line = kinds.findIndex(Boolean);
    if (line >= 0)
      problems.set(
        `reference.${id}`,
        `line ${line + 1} looks like it contains ${kinds[line]}; ${KEY_ADVICE}`,
      );
  }
  return problems;
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The prompt the form describes, or the problems by field path (`scale.1.value`, `reference.cost`). */
export function validateForm(form: AuthorForm): { prompt: PackPrompt | null; problems: Map<string, string> } {
  const candidate = {
    id: form.id.trim(),
    title: form.title.trim(),
    summary: form.summary.trim(),
    difficulty: form.difficulty,
    minutes: num(form.minutes),
    tags: form.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    source: 'community' as const,
    scale: form.scale.map((r) => ({ label: r.label.trim(), value: num(r.value), unit: r.unit.trim() })),
    followUps: form.followUps.map((f) => ({ section: f.section, question: f.question.trim() })),
    reference: Object.fromEntries(
      SECTION_IDS.map((id) => [
        id,
        form.reference[id]
          .split('\n')
          .map((l) => l.replace(/^\s*[-*]\s*/, '').trim())
          .filter(Boolean),
      ]),
    ),
    body: form.body.trim(),
  };
  const problems = keyLikeText(form);
  if (!form.author.trim() && !problems.has('author'))
    problems.set('author', 'Say who wrote it (your name or handle)');
  const parsed = PackPromptSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!problems.has(path)) problems.set(path, plainMessage(issue));
    }
  return { prompt: parsed.success && problems.size === 0 ? parsed.data : null, problems };
}
