import { describe, expect, it } from 'vitest';
import { ContentError, parseContent, parsePrompt } from './content-parse';
import { SECTION_IDS } from './sections';

const GOOD_REFERENCE = Object.fromEntries(
  SECTION_IDS.map((id) => [
    id,
    ['A concrete point a strong answer covers.', 'Another concrete point with a number: 95%.'],
  ]),
);

function promptFile(overrides: Record<string, unknown> = {}): string {
  const fm = {
    id: 'demo-prompt',
    title: 'Design a demo assistant',
    summary: 'A small demo prompt used by tests.',
    difficulty: 'foundation',
    minutes: 45,
    tags: ['rag'],
    source: 'community',
    scale: [
      { label: 'Users', value: 100, unit: 'users' },
      { label: 'Docs', value: 1000, unit: 'pages' },
      { label: 'Queries', value: 50, unit: 'per day' },
    ],
    followUps: [
      { section: 'retrieval', question: 'How would you chunk the documents?' },
      { section: 'evals', question: 'How big is your golden set and why?' },
      { section: 'cost', question: 'What does one answer cost at peak?' },
    ],
    reference: GOOD_REFERENCE,
    ...overrides,
  };
  return `---\n${JSON.stringify(fm, null, 2)}\n---\n## The brief\n${'Build a demo assistant that answers questions with citations. '.repeat(3)}`;
}

describe('parsePrompt', () => {
  it('parses a valid prompt file (YAML is a superset of JSON)', () => {
    const p = parsePrompt(promptFile(), 'prompts/demo-prompt.md');
    expect(p.id).toBe('demo-prompt');
    expect(p.body).toContain('The brief');
    expect(p.reference.rollout).toHaveLength(2);
  });

  it('names the file and the field of a problem', () => {
    expect(() => parsePrompt(promptFile({ minutes: 'forty' }), 'prompts/demo-prompt.md')).toThrow(
      /prompts\/demo-prompt\.md: minutes: /,
    );
    const missingSection = { ...GOOD_REFERENCE } as Record<string, unknown>;
    delete missingSection.cost;
    expect(() => parsePrompt(promptFile({ reference: missingSection }), 'prompts/demo-prompt.md')).toThrow(
      /reference\.cost/,
    );
  });

  it('rejects unknown keys, a bad section id and an id that does not match the file', () => {
    expect(() => parsePrompt(promptFile({ extra: 1 }), 'prompts/demo-prompt.md')).toThrow(ContentError);
    expect(() =>
      parsePrompt(
        promptFile({ followUps: [{ section: 'vibes', question: 'What is the vibe here today?' }] }),
        'x.md',
      ),
    ).toThrow(/followUps\.0\.section/);
    expect(() => parsePrompt(promptFile(), 'prompts/other-name.md')).toThrow(/must match the file name/);
  });

  it('explains missing or broken front matter', () => {
    expect(() => parsePrompt('# no front matter', 'p.md')).toThrow(/missing YAML front matter/);
    expect(() => parsePrompt('---\nid: [unclosed\n---\nbody', 'p.md')).toThrow(/invalid YAML/);
  });
});

describe('parseContent', () => {
  it('collects every error and reports missing rubrics', () => {
    const r = parseContent({ 'prompts/a.md': 'nope', 'prompts/demo-prompt.md': promptFile() }, {});
    expect(r.prompts.map((p) => p.id)).toEqual(['demo-prompt']);
    expect(r.errors.map((e) => e.origin)).toContain('prompts/a.md');
    expect(r.errors.filter((e) => e.message.includes('missing rubric'))).toHaveLength(11);
  });
});
