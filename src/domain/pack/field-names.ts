// Where something is in a pack, an attempt or a review, in the words of the screens that show it
// ("prompt 1, reference notes for User task, line 2"), not as an internal path (`prompts.0.reference.task.1`).
import { SECTIONS } from '../sections';

const sectionTitle = (id: string) => SECTIONS.find((s) => s.id === id)?.title ?? id;
const nth = (index: string) => String(Number(index) + 1);
const isIndex = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);

const PROMPT_FIELDS: Record<string, string> = {
  id: 'id',
  title: 'title',
  summary: 'summary',
  difficulty: 'difficulty',
  minutes: 'minutes',
  tags: 'tags',
  source: 'source',
  body: 'brief',
  scale: 'scale facts',
  followUps: 'follow-ups',
  reference: 'reference notes',
};

const PLAIN: Record<string, string> = {
  description: 'description',
  author: 'author',
  reviewer: 'reviewer name',
  overall: 'overall comments',
  diagram: 'diagram',
  promptTitle: 'prompt title',
  promptId: 'prompt id',
  createdAt: 'date',
  followUps: 'follow-ups',
  question: 'question',
  notes: 'notes',
  checked: 'ticked criteria',
  score: 'score',
  attemptId: 'attempt id',
};

const PACK_FIELDS = new Set(['id', 'title', 'author', 'description', 'createdAt', 'checksum']);

/** One prompt's fields after `prompts.<n>` (or the attempt's `prompt`). */
function promptPart(rest: string[]): string[] {
  const [field, a, b] = rest;
  if (field === undefined) return [];
  if (field === 'reference' && a !== undefined)
    return [`reference notes for ${sectionTitle(a)}`, ...(isIndex(b) ? [`line ${nth(b!)}`] : [])];
  if (field === 'scale' && isIndex(a)) return [`scale fact ${nth(a!)}`, ...(b ? [b] : [])];
  if (field === 'followUps' && isIndex(a)) return [`follow-up ${nth(a!)}`, ...(b ? [PLAIN[b] ?? b] : [])];
  if (field === 'tags' && isIndex(a)) return [`tag ${nth(a!)}`];
  return [PROMPT_FIELDS[field] ?? field, ...rest.slice(1)];
}

/** What a person reading the screen would call the field at `path`. */
export function fieldName(path: readonly (string | number)[]): string {
  const parts = path.map(String);
  if (parts[0] === 'pack') parts.shift();
  const [head, a, b, ...rest] = parts;
  if (head === undefined) return '(top level)';
  let words: string[];
  if (head === 'prompts' && isIndex(a))
    words = [`prompt ${nth(a!)}`, ...promptPart([b!, ...rest].filter(Boolean))];
  else if (head === 'prompt') words = ['the prompt', ...promptPart(parts.slice(1))];
  else if (head === 'rubricOverrides' && isIndex(a))
    words = [`rubric override ${nth(a!)}`, ...[b, ...rest].filter((p): p is string => !!p)];
  else if (
    (head === 'attempt' || head === 'review') &&
    (a === 'answers' || a === 'sections' || a === 'grades')
  )
    words = [
      head,
      `${a === 'answers' ? 'answer for ' : a === 'grades' ? 'grade for ' : ''}${sectionTitle(b ?? '')}`,
      ...rest.map((p) => PLAIN[p] ?? p),
    ];
  else if (head === 'attempt' || head === 'review')
    words = [head, ...[a, b, ...rest].filter((p): p is string => !!p).map((p) => PLAIN[p] ?? p)];
  else if (parts.length === 1 && PACK_FIELDS.has(head)) words = [`pack ${PLAIN[head] ?? head}`];
  else words = [PLAIN[head] ?? head, ...parts.slice(1)];
  return words.join(', ');
}
