// The stored shape of imported packs and authored prompts (kv key "packs"). Version 1; a change of
// shape needs a version bump and a migration, like every stored record.
import { z } from 'zod';
import { PackPromptSchema, PackSchema } from './pack-schema';

export const PACKS_STORE_VERSION = 1;

export const PacksSnapshotSchema = z.object({
  packs: z.array(z.object({ pack: PackSchema, importedAt: z.number(), source: z.string().max(500) })),
  authored: z.array(
    z.object({ prompt: PackPromptSchema, author: z.string().max(80), updatedAt: z.number() }),
  ),
});
