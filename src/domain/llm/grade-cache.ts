import { hashText } from '../attempt';
import type { Grade } from '../grade-schema';
import type { SectionId } from '../sections';
import { GRADER_PROMPT_VERSION } from './grading-prompt';

/** Where LLM grades are kept between runs: IndexedDB in the app, a Map in tests. May be sync or async. */
export interface GradeCache {
  get(key: string): Promise<Grade | undefined> | Grade | undefined;
  set(key: string, grade: Grade): Promise<void> | void;
}

export interface CacheKeyParts {
  /** The endpoint, so the same model name on two servers is not confused. */
  baseUrl: string;
  model: string;
  rubricVersion: string;
  promptId: string;
  section: SectionId;
  sectionText: string;
  diagram: string;
  graderPromptVersion?: string;
  /** Grades per section (a median of 3 is a different grade from a single one). */
  samples?: number;
}

/**
 * The key of one section's grade: the same answer, diagram, model, rubric version, prompt and grader
 * prompt version give the same key. Two independent 32-bit FNV hashes keep accidental collisions rare.
 */
export function gradeCacheKey(parts: CacheKeyParts): string {
  const canonical = JSON.stringify([
    parts.graderPromptVersion ?? GRADER_PROMPT_VERSION,
    parts.baseUrl.replace(/\/+$/, ''),
    parts.model,
    parts.rubricVersion,
    parts.promptId,
    parts.section,
    parts.sectionText.trim(),
    parts.diagram.trim(),
    ...(parts.samples && parts.samples > 1 ? [parts.samples] : []),
  ]);
  const reversed = [...canonical].reverse().join('');
  return `llm-grade:${parts.section}:${hashText(canonical)}${hashText(reversed)}`;
}

/** A cache in memory, for tests and CLIs. */
export function memoryGradeCache(map = new Map<string, Grade>()): GradeCache & { map: Map<string, Grade> } {
  return { map, get: (k) => map.get(k), set: (k, g) => void map.set(k, g) };
}
