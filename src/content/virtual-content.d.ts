declare module 'virtual:design-dojo-content/full' {
  import type { BuiltInContent } from '@/content/load-content';
  const content: BuiltInContent;
  export default content;
}
declare module 'virtual:design-dojo-content/index' {
  import type { PromptIndex } from '@/content/load-prompt-index';
  const index: PromptIndex;
  export default index;
}
