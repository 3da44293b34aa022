// Imported packs and prompts written in the app (the "local" pack), persisted under one kv key. The
// storage layer and the pack schemas load only when the store is first used, keeping zod off the first
// load. Nothing is written until an import was validated and confirmed, and a failed write is shown,
// never swallowed.
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Pack, PackPrompt } from '@/domain/pack/pack-schema';
import { LOCAL_PACK_ID } from '@/domain/pack/limits';
import { importedPromptsOf, type ImportedPrompt } from '@/content/prompt-lookup';

export interface StoredPack {
  pack: Pack;
  importedAt: number;
  /** A file name, a URL, or "link". */
  source: string;
}

export interface AuthoredPrompt {
  prompt: PackPrompt;
  author: string;
  updatedAt: number;
}

export interface PacksSnapshot {
  packs: StoredPack[];
  authored: AuthoredPrompt[];
}

/** How the store reads and writes its one value; the app uses the kv store, tests an in-memory fake. */
export interface PacksPersistence {
  load(): Promise<PacksSnapshot | undefined>;
  save(value: PacksSnapshot): Promise<void>;
}

interface PacksState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  packs: Record<string, StoredPack>;
  authored: Record<string, AuthoredPrompt>;
}

export const usePacksStore = create<PacksState>()(() => ({
  status: 'idle',
  error: null,
  packs: {},
  authored: {},
}));

/** The stored pack with this id: own keys only, so an id such as `constructor` or `__proto__` names nothing. */
export function packById(s: Pick<PacksState, 'packs'>, packId: string): StoredPack | undefined {
  return Object.hasOwn(s.packs, packId) ? s.packs[packId] : undefined;
}

/** The prompt written here under this id: own keys only, like `packById`. */
export function authoredById(s: Pick<PacksState, 'authored'>, promptId: string): AuthoredPrompt | undefined {
  return Object.hasOwn(s.authored, promptId) ? s.authored[promptId] : undefined;
}

const KV_KEY = 'packs';

async function kvPersistence(): Promise<PacksPersistence> {
  const [{ kvGet, kvSet }, { PacksSnapshotSchema }] = await Promise.all([
    import('@/lib/storage/kv'),
    import('@/domain/pack/stored-packs'),
  ]);
  return {
    load: () => kvGet(KV_KEY, PacksSnapshotSchema),
    save: (value) => kvSet(KV_KEY, value),
  };
}

let persistence: Promise<PacksPersistence> | null = null;
let started: Promise<void> | null = null;

/** Loads the saved packs once (later calls wait for the same load). Pass a persistence in tests. */
export function packsStoreStarted(p?: PacksPersistence): Promise<void> {
  if (p) {
    persistence = Promise.resolve(p);
    started = null;
  }
  if (started) return started;
  persistence ??= kvPersistence();
  usePacksStore.setState({ status: 'loading' });
  started = persistence
    .then((store) => store.load())
    .then((saved) =>
      usePacksStore.setState({
        status: 'ready',
        packs: Object.fromEntries((saved?.packs ?? []).map((s) => [s.pack.id, s])),
        authored: Object.fromEntries((saved?.authored ?? []).map((a) => [a.prompt.id, a])),
      }),
    )
    .catch((error: unknown) =>
      usePacksStore.setState({
        status: 'error',
        error: `Imported packs could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
  return started;
}

/** Writes the next state; on failure nothing changes in memory either, and the error is returned. */
async function commit(next: Pick<PacksState, 'packs' | 'authored'>): Promise<string | null> {
  await packsStoreStarted();
  if (usePacksStore.getState().status !== 'ready')
    return usePacksStore.getState().error ?? 'storage unavailable';
  try {
    const store = await persistence!;
    await store.save({ packs: Object.values(next.packs), authored: Object.values(next.authored) });
  } catch (error) {
    return `Could not save: ${error instanceof Error ? error.message : String(error)}`;
  }
  usePacksStore.setState(next);
  return null;
}

/** A confirmed import: adds the pack or replaces the one with its id. Resolves to an error message or null. */
export function packImported(pack: Pack, source: string, now: number): Promise<string | null> {
  const s = usePacksStore.getState();
  return commit({
    packs: { ...s.packs, [pack.id]: { pack, source, importedAt: now } },
    authored: s.authored,
  });
}

export function packRemoved(packId: string): Promise<string | null> {
  const { [packId]: _removed, ...packs } = usePacksStore.getState().packs;
  return commit({ packs, authored: usePacksStore.getState().authored });
}

export function promptAuthored(prompt: PackPrompt, author: string, now: number): Promise<string | null> {
  const s = usePacksStore.getState();
  return commit({
    packs: s.packs,
    authored: { ...s.authored, [prompt.id]: { prompt, author, updatedAt: now } },
  });
}

export function authoredPromptDeleted(promptId: string): Promise<string | null> {
  const { [promptId]: _removed, ...authored } = usePacksStore.getState().authored;
  return commit({ packs: usePacksStore.getState().packs, authored });
}

/** The authored prompts as a pack (for the library and for export). */
export function localPackOf(
  authored: Record<string, AuthoredPrompt>,
): Pick<Pack, 'id' | 'title' | 'author' | 'prompts'> {
  const list = Object.values(authored).toSorted((a, b) => a.prompt.title.localeCompare(b.prompt.title));
  return {
    id: LOCAL_PACK_ID,
    title: 'Written in this app',
    author: list[0]?.author ?? 'you',
    prompts: list.map((a) => a.prompt),
  };
}

/** Starts loading saved packs when a screen that shows them mounts. */
export function usePacksLoaded(): PacksState['status'] {
  useEffect(() => void packsStoreStarted(), []);
  return usePacksStore((s) => s.status);
}

/** Every imported and authored prompt, namespaced `pack:<packId>/<promptId>`, with its pack and author. */
export function useImportedPrompts(): ImportedPrompt[] {
  usePacksLoaded();
  const packs = usePacksStore((s) => s.packs);
  const authored = usePacksStore((s) => s.authored);
  return useMemo(() => {
    const local = localPackOf(authored);
    const authoredPrompts = importedPromptsOf(local).map((p) => ({
      ...p,
      pack: { ...p.pack, author: authoredById({ authored }, p.packPromptId)?.author ?? p.pack.author },
    }));
    return [...Object.values(packs).flatMap((s) => importedPromptsOf(s.pack)), ...authoredPrompts];
  }, [packs, authored]);
}

/** True while saved packs are still loading and `promptId` names a pack's prompt (so "not found" waits). */
export function usePacksPending(promptId: string | undefined): boolean {
  const needed = !!promptId && promptId.startsWith('pack:');
  const pending = usePacksStore((s) => s.status === 'idle' || s.status === 'loading');
  useEffect(() => {
    if (needed) void packsStoreStarted();
  }, [needed]);
  return needed && pending;
}
