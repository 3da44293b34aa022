// The built-in prompts and rubrics, parsed and validated at build time by the content plugin
// (src/lib/node/content-plugin.ts) with the same domain schemas `npm run test:content` uses.
import content from 'virtual:design-dojo-content/full';
import type { Prompt, RubricSet } from '@/domain/content-schema';

export interface BuiltInContent {
  prompts: Prompt[];
  rubrics: RubricSet;
}

/** Every built-in prompt (with reference notes and follow-ups) and the eleven rubrics. */
export function builtInContent(): BuiltInContent {
  return content;
}
