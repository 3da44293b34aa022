// What an import would change, computed before anything is stored, so the preview can show what is new,
// what changes and which ids collide, and nothing is overwritten without confirmation.
import { canonicalJson } from './checksum';
import { namespacedPromptId } from './namespace';
import type { Pack } from './pack-schema';

export interface PromptChange {
  id: string;
  /** The id it lives under in this library. */
  libraryId: string;
  title: string;
}

interface PackImportPlan {
  packId: string;
  /** Set when a pack with the same id is already in the library: importing replaces it. */
  replaces: { title: string; author: string } | null;
  added: PromptChange[];
  changed: PromptChange[];
  unchanged: PromptChange[];
  removed: PromptChange[];
  /** Prompt ids equal to a built-in prompt's: they are kept apart under the pack's namespace. */
  builtInClashes: string[];
  /** True when confirming would change nothing. */
  noChange: boolean;
}

export function planPackImport(
  pack: Pack,
  existing: Pack | undefined,
  builtInIds: Iterable<string>,
): PackImportPlan {
  const builtIn = new Set(builtInIds);
  const old = new Map((existing?.prompts ?? []).map((p) => [p.id, p]));
  const change = (p: { id: string; title: string }): PromptChange => ({
    id: p.id,
    libraryId: namespacedPromptId(pack.id, p.id),
    title: p.title,
  });
  const added: PromptChange[] = [];
  const changed: PromptChange[] = [];
  const unchanged: PromptChange[] = [];
  for (const p of pack.prompts) {
    const before = old.get(p.id);
    if (!before) added.push(change(p));
    else if (canonicalJson(before) === canonicalJson(p)) unchanged.push(change(p));
    else changed.push(change(p));
  }
  const incoming = new Set(pack.prompts.map((p) => p.id));
  const removed = [...old.values()].filter((p) => !incoming.has(p.id)).map(change);
  return {
    packId: pack.id,
    replaces: existing ? { title: existing.title, author: existing.author } : null,
    added,
    changed,
    unchanged,
    removed,
    builtInClashes: pack.prompts.filter((p) => builtIn.has(p.id)).map((p) => p.id),
    noChange: !!existing && existing.checksum === pack.checksum,
  };
}

type AttemptImportPlan = { kind: 'new' } | { kind: 'replace'; importedAt: number | null } | { kind: 'own' };

/** Whether a shared attempt is new here, replaces an earlier import of it, or is this user's own attempt. */
export function planAttemptImport(
  existing: { provenance: { importedFrom: string | null; importedAt: number | null } } | undefined,
): AttemptImportPlan {
  if (!existing) return { kind: 'new' };
  if (existing.provenance.importedFrom === null) return { kind: 'own' };
  return { kind: 'replace', importedAt: existing.provenance.importedAt };
}
