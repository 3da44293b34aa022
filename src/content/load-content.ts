// The built-in prompts and rubrics, parsed and validated at build time by the content plugin
// (src/lib/node/content-plugin.ts) with the same domain schemas `npm run test:content` uses.
import content from 'virtual:design-dojo-content';
import type { Prompt, RubricSet } from '@/domain/content-schema';

export interface BuiltInContent {
  prompts: Prompt[];
  rubrics: RubricSet;
  /** One message per invalid file ("path: field: problem"); those files are skipped. */
  errors: string[];
}

/** The built-in content. Errors are returned, not thrown, so the app can show them. */
export function builtInContent(): BuiltInContent {
  return content;
}
