// The library's view of the built-in prompts (no reference notes or follow-ups) and the content
// errors: small enough for the first load. The full content loads with the screens that need it.
import index from 'virtual:design-dojo-content/index';
import type { Prompt } from '@/domain/content-schema';

export type PromptCard = Omit<Prompt, 'reference' | 'followUps'>;

export interface PromptIndex {
  prompts: PromptCard[];
  /** One message per invalid file ("path: field: problem"); those files are skipped. */
  errors: string[];
}

export function builtInPromptIndex(): PromptIndex {
  return index;
}
