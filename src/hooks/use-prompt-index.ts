import { builtInPromptIndex, type PromptIndex } from '@/content/load-prompt-index';

/** The prompt cards for the library and any content-file errors (first-load sized). */
export function usePromptIndex(): PromptIndex {
  return builtInPromptIndex();
}
