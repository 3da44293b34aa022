// Loads the built-in prompts/ and rubrics/ through Vite's import.meta.glob and parses them with
// the domain schemas, so the app and `npm test` see exactly the same content.
import { parseContent, type ContentLoadResult } from '@/domain/content-parse';

const promptFiles = import.meta.glob('/prompts/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const rubricFiles = import.meta.glob('/rubrics/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

const strip = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace(/^\//, ''), v]));

let cached: ContentLoadResult | undefined;

/** The built-in content, parsed once. Errors are returned, not thrown, so the app can show them. */
export function builtInContent(): ContentLoadResult {
  cached ??= parseContent(strip(promptFiles), strip(rubricFiles));
  return cached;
}
