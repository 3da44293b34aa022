import { beforeEach, describe, expect, it } from 'vitest';
import { findPrompt, importedPromptsOf } from '@/content/prompt-lookup';
import {
  authoredById,
  packById,
  packImported,
  packRemoved,
  packsStoreStarted,
  promptAuthored,
  usePacksStore,
  type PacksPersistence,
  type PacksSnapshot,
} from '@/stores/packs-store';
import { content, legal, packPromptOf, studyPack } from './fixtures';

function memory(initial?: PacksSnapshot) {
  const box = { value: initial, failNext: false, writes: 0 };
  const persistence: PacksPersistence = {
    load: () => Promise.resolve(box.value),
    save: (value) => {
      if (box.failNext) {
        box.failNext = false;
        return Promise.reject(new Error('quota exceeded'));
      }
      box.writes++;
      box.value = structuredClone(value);
      return Promise.resolve();
    },
  };
  return { box, persistence };
}

beforeEach(() => usePacksStore.setState({ status: 'idle', error: null, packs: {}, authored: {} }));

describe('packs store', () => {
  it('loads, imports, replaces and removes packs, saving each change', async () => {
    const { box, persistence } = memory({ packs: [], authored: [] });
    await packsStoreStarted(persistence);
    expect(usePacksStore.getState().status).toBe('ready');
    expect(await packImported(studyPack(), 'week-3.json', 1000)).toBeNull();
    expect(box.value?.packs.map((p) => [p.pack.id, p.source, p.importedAt])).toEqual([
      ['week-3', 'week-3.json', 1000],
    ]);
    expect(await packImported(studyPack({ title: 'Week 3 (v2)' }), 'link', 2000)).toBeNull();
    expect(box.value?.packs.map((p) => p.pack.title)).toEqual(['Week 3 (v2)']);
    expect(await packRemoved('week-3')).toBeNull();
    expect(box.value?.packs).toEqual([]);
  });

  it('changes nothing when the write fails', async () => {
    const { box, persistence } = memory({ packs: [], authored: [] });
    await packsStoreStarted(persistence);
    box.failNext = true;
    expect(await packImported(studyPack(), 'f.json', 1)).toBe('Could not save: quota exceeded');
    expect(usePacksStore.getState().packs).toEqual({});
    expect(box.value).toEqual({ packs: [], authored: [] });
  });

  it('keeps authored prompts under the local pack', async () => {
    const { box, persistence } = memory();
    await packsStoreStarted(persistence);
    expect(await promptAuthored(packPromptOf(legal, { id: 'my-prompt' }), 'Ada', 5)).toBeNull();
    expect(box.value?.authored[0]).toMatchObject({ author: 'Ada', prompt: { id: 'my-prompt' } });
  });
});

describe('prompt lookup', () => {
  it('never lets an imported prompt shadow a built-in one', () => {
    const imported = importedPromptsOf(studyPack());
    expect(imported.map((p) => p.id)).toEqual(['pack:week-3/contract-search', 'pack:week-3/legal-rag']);
    expect(findPrompt('legal-rag', content.prompts, imported)?.origin).toBe('prompts/legal-rag.md');
    expect(findPrompt('pack:week-3/legal-rag', content.prompts, imported)?.origin).toBe('pack:week-3');
    expect(findPrompt('pack:other/legal-rag', content.prompts, imported)).toBeUndefined();
  });
});

describe('lookups by an id from the address', () => {
  it('find only what was stored, never what every object inherits', async () => {
    const { persistence } = memory({ packs: [], authored: [] });
    await packsStoreStarted(persistence);
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(authoredById(usePacksStore.getState(), id)).toBeUndefined();
      expect(packById(usePacksStore.getState(), id)).toBeUndefined();
    }
    expect(await promptAuthored(packPromptOf(legal, { id: 'constructor' }), 'Ada', 5)).toBeNull();
    expect(authoredById(usePacksStore.getState(), 'constructor')?.author).toBe('Ada');
    expect(authoredById(usePacksStore.getState(), 'toString')).toBeUndefined();
  });
});
