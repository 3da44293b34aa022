// A prompt as `prompts/<id>.md`, laid out like the repository's own files (front matter in the same key
// order, scale facts as flow maps, follow-ups as section/question pairs, reference notes per section), so
// an authored prompt can be sent as a pull request unchanged.
import type { PromptFrontMatter } from '../content-schema';
import { SECTION_IDS } from '../sections';

/** A YAML scalar: plain when that is unambiguous, otherwise double-quoted (JSON escapes are valid YAML). */
function scalar(value: string, inFlow = false): string {
  const plain =
    /^[A-Za-z][A-Za-z0-9 .'()%$/+&-]*$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !value.endsWith(' ') &&
    !(inFlow && /[,{}[\]]/.test(value));
  return plain ? value : JSON.stringify(value);
}

/** The file text of a prompt: front matter, a blank line, the Markdown brief. */
export function promptToMarkdown(prompt: PromptFrontMatter & { body: string }): string {
  const lines = [
    '---',
    `id: ${prompt.id}`,
    `title: ${scalar(prompt.title)}`,
    `summary: ${scalar(prompt.summary)}`,
    `difficulty: ${prompt.difficulty}`,
    `minutes: ${prompt.minutes}`,
    `tags: [${prompt.tags.join(', ')}]`,
    `source: ${prompt.source}`,
    'scale:',
    ...prompt.scale.map(
      (f) => `  - { label: ${scalar(f.label, true)}, value: ${f.value}, unit: ${scalar(f.unit, true)} }`,
    ),
    'followUps:',
    ...prompt.followUps.flatMap((f) => [`  - section: ${f.section}`, `    question: ${scalar(f.question)}`]),
    'reference:',
    ...SECTION_IDS.flatMap((section) => [
      `  ${section}:`,
      ...prompt.reference[section].map((note) => `    - ${JSON.stringify(note)}`),
    ]),
    '---',
    '',
    prompt.body.trim(),
    '',
  ];
  return lines.join('\n');
}

/** The file name a prompt is saved under in prompts/. */
export function promptFileName(prompt: Pick<PromptFrontMatter, 'id'>): string {
  return `${prompt.id}.md`;
}
