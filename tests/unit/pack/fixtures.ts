import { loadContentFromDisk } from '@/lib/node/content-files';
import type { Prompt } from '@/domain/content-schema';
import { buildPack } from '@/domain/pack/pack-parse';
import type { Pack, PackPrompt } from '@/domain/pack/pack-schema';

export const content = loadContentFromDisk();

/** A built-in prompt as a pack prompt (no origin). */
export function packPromptOf(p: Prompt, change: Partial<PackPrompt> = {}): PackPrompt {
  const { origin: _origin, ...rest } = p;
  return { ...rest, ...change };
}

export const legal = content.prompts.find((p) => p.id === 'legal-rag')!;

export function studyPack(change: Partial<Parameters<typeof buildPack>[0]> = {}): Pack {
  return buildPack({
    id: 'week-3',
    title: 'Week 3: retrieval',
    author: 'Ada',
    description: 'Two prompts for our Thursday session.',
    prompts: [
      packPromptOf(legal, { id: 'contract-search', title: 'Search our contracts' }),
      packPromptOf(legal, { id: 'legal-rag' }),
    ],
    ...change,
  });
}
