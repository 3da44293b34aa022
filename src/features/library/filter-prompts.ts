import type { PromptCard } from '@/content/load-prompt-index';
import { packOf } from '@/content/prompt-lookup';
import type { LibrarySearch, PromptLength } from '@/hooks/use-route';

export const LENGTH_LABELS: Record<PromptLength, string> = {
  short: 'Up to 40 min',
  medium: '41–50 min',
  long: 'Over 50 min',
};

/** Which length bucket a prompt's suggested time falls in. */
export function lengthOf(minutes: number): PromptLength {
  return minutes <= 40 ? 'short' : minutes <= 50 ? 'medium' : 'long';
}

export const sourceLabel = (p: Pick<PromptCard, 'source'>) =>
  p.source === 'interview'
    ? 'Interview prompt'
    : p.source === 'portfolio'
      ? 'Portfolio system'
      : 'Community prompt';

/** Everything a card shows, lower-cased, so a search finds any visible word (difficulty and time included). */
function haystack(p: PromptCard): string {
  const pack = packOf(p);
  return [
    p.title,
    p.summary,
    p.tags.join(' '),
    p.difficulty,
    `${p.minutes} min`,
    sourceLabel(p),
    pack ? `${pack.title} ${pack.author}` : '',
    p.body,
  ]
    .join(' ')
    .toLowerCase();
}

/** Prompts matching every selected tag, the difficulty, the length and every word of the query. */
export function filterPrompts(prompts: PromptCard[], search: LibrarySearch): PromptCard[] {
  const words = search.q.toLowerCase().split(/\s+/).filter(Boolean);
  return prompts.filter((p) => {
    if (!search.tags.every((t) => p.tags.includes(t))) return false;
    if (search.difficulty && p.difficulty !== search.difficulty) return false;
    if (search.length && lengthOf(p.minutes) !== search.length) return false;
    const hay = haystack(p);
    return words.every((w) => hay.includes(w));
  });
}

/** Every tag used by the prompts, most used first. */
export function allTags(prompts: PromptCard[]): string[] {
  const counts = new Map<string, number>();
  for (const p of prompts) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}
