import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseContent } from '@/domain/content-parse';
import { promptFileName, promptToMarkdown } from '@/domain/pack/prompt-markdown';
import { content, packPromptOf } from './fixtures';

const root = resolve(import.meta.dirname, '../../..');
const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(root, dir))
      .filter((n) => n.endsWith('.md'))
      .map((n) => [`${dir}/${n}`, readFileSync(join(root, dir, n), 'utf8')]),
  );

describe('prompt export as prompts/<id>.md', () => {
  it('passes the content check unchanged when dropped into prompts/, for every built-in prompt re-exported', () => {
    for (const builtIn of content.prompts) {
      const authored = packPromptOf(builtIn, {
        id: 'group-authored',
        source: 'community',
        title: 'Design: a "quoted" title, with: colons # and hashes',
        summary: "It's tricky: yes, no, true - and [brackets] {braces} & more.",
        scale: [
          { label: 'Users, daily', value: 1200, unit: 'people' },
          { label: 'Budget', value: 2.5, unit: 'USD {per} month' },
          { label: 'true', value: 0, unit: 'no' },
        ],
      });
      const file = `prompts/${promptFileName(authored)}`;
      const result = parseContent(
        { ...read('prompts'), [file]: promptToMarkdown(authored) },
        read('rubrics'),
      );
      expect(result.errors.map((e) => e.message)).toEqual([]);
      const parsed = result.prompts.find((p) => p.id === 'group-authored')!;
      expect({ ...parsed, origin: undefined }).toEqual({ ...authored, origin: undefined });
    }
  });

  it('lays the file out like the repository files', () => {
    const md = promptToMarkdown(packPromptOf(content.prompts.find((p) => p.id === 'legal-rag')!));
    expect(md).toMatch(/^---\nid: legal-rag\ntitle: Build a RAG system for legal documents\nsummary: /);
    expect(md).toContain('\nscale:\n  - { label: Documents, value: 2400000, unit: pages }\n');
    expect(md).toContain('\nfollowUps:\n  - section: retrieval\n    question: ');
    expect(md).toContain('\nreference:\n  task:\n    - "Identifies users');
    expect(md).toContain('\n---\n\n## The brief\n');
  });
});
