import type { PromptCard } from '@/content/load-prompt-index';

/** Prompts matching every selected tag and every word of the query (title, summary, tags, brief). */
export function filterPrompts(prompts: PromptCard[], query: string, tags: string[]): PromptCard[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return prompts.filter((p) => {
    if (!tags.every((t) => p.tags.includes(t))) return false;
    const hay = `${p.title} ${p.summary} ${p.tags.join(' ')} ${p.body}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Every tag used by the prompts, most used first. */
export function allTags(prompts: PromptCard[]): string[] {
  const counts = new Map<string, number>();
  for (const p of prompts) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}
