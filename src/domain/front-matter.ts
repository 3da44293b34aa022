import { parse as parseYaml, YAMLParseError } from 'yaml';

interface FrontMatterDoc {
  data: unknown;
  body: string;
}

export class FrontMatterError extends Error {}

/** Splits `---\nYAML\n---\nBody` and parses the YAML. Throws FrontMatterError with a readable reason. */
export function splitFrontMatter(raw: string): FrontMatterDoc {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!text.startsWith('---\n'))
    throw new FrontMatterError('missing YAML front matter (the file must start with ---)');
  const end = text.indexOf('\n---', 4);
  if (end < 0) throw new FrontMatterError('front matter is not closed by a --- line');
  const yamlText = text.slice(4, end);
  const afterFence = text.indexOf('\n', end + 4);
  const body = afterFence < 0 ? '' : text.slice(afterFence + 1);
  try {
    return { data: parseYaml(yamlText), body: body.trim() };
  } catch (err) {
    const msg = err instanceof YAMLParseError ? err.message.split('\n')[0] : String(err);
    throw new FrontMatterError(`invalid YAML in front matter: ${msg}`);
  }
}
