// LLM grades kept in the kv store so re-grading an unchanged answer with the same model and rubric
// costs nothing. A cache that cannot be read or written never blocks grading: it just misses.
import type { GradeCache } from '@/domain/llm/grade-cache';
import { GradeSchema } from '@/domain/grade-schema';
import { kvGet, kvSet } from './kv';

export function createIdbGradeCache(): GradeCache {
  return {
    get: async (key) => {
      try {
        return await kvGet(key, GradeSchema);
      } catch {
        return undefined;
      }
    },
    set: async (key, grade) => {
      try {
        await kvSet(key, grade);
      } catch {
        // A full disk only costs a future cache hit.
      }
    },
  };
}
