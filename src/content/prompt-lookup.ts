// One lookup for every prompt the app can open: the built-in ones, and those imported in packs or written
// in the app, which live under `pack:<packId>/<promptId>` so they can never shadow a built-in prompt.
import type { Prompt, RubricSet } from '@/domain/content-schema';
import type { Pack, RubricOverride } from '@/domain/pack/pack-schema';
import { rubricsWithOverrides } from '@/domain/pack/rubric-overrides';
import { namespacedPromptId, splitPromptId } from '@/domain/pack/namespace';

export interface PackRef {
  id: string;
  title: string;
  author: string;
}

/** An imported or authored prompt: `id` is namespaced, `packPromptId` is its id inside the pack. */
export interface ImportedPrompt extends Prompt {
  pack: PackRef;
  packPromptId: string;
  /** The pack's rubric overrides: they grade this prompt instead of the built-in rubrics. */
  rubricOverrides: readonly RubricOverride[];
}

export function importedPromptsOf(
  pack: Pick<Pack, 'id' | 'title' | 'author' | 'prompts'> & Partial<Pick<Pack, 'rubricOverrides'>>,
): ImportedPrompt[] {
  const ref = { id: pack.id, title: pack.title, author: pack.author };
  return pack.prompts.map((p) => ({
    ...p,
    id: namespacedPromptId(pack.id, p.id),
    packPromptId: p.id,
    origin: `pack:${pack.id}`,
    pack: ref,
    rubricOverrides: pack.rubricOverrides ?? [],
  }));
}

/** The prompt with this id: built-in ids resolve only to built-in prompts, namespaced ids only to packs. */
export function findPrompt(
  id: string,
  builtIn: readonly Prompt[],
  imported: readonly ImportedPrompt[],
): Prompt | ImportedPrompt | undefined {
  return splitPromptId(id) ? imported.find((p) => p.id === id) : builtIn.find((p) => p.id === id);
}

/** Built-in prompts first, then imported ones. */
export function allPrompts(builtIn: readonly Prompt[], imported: readonly ImportedPrompt[]): Prompt[] {
  return [...builtIn, ...imported];
}

export function isImported(p: Prompt): p is ImportedPrompt {
  return 'pack' in p && !!splitPromptId(p.id);
}

/** The pack a prompt (or prompt card) came from, or null for a built-in one. */
export function packOf(p: { id: string }): PackRef | null {
  return 'pack' in p && splitPromptId(p.id) ? (p as { pack: PackRef }).pack : null;
}

/** The rubrics a prompt is graded with: the built-in set, with its pack's overrides applied. */
export function rubricsForPrompt(prompt: Prompt | undefined, rubrics: RubricSet): RubricSet {
  if (!prompt || !isImported(prompt)) return rubrics;
  return rubricsWithOverrides(rubrics, prompt.pack.id, prompt.rubricOverrides);
}
