declare module 'virtual:design-dojo-content' {
  import type { BuiltInContent } from '@/content/load-content';
  const content: BuiltInContent;
  export default content;
}
