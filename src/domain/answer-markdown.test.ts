import { describe, expect, it } from 'vitest';
import { answerToMarkdown, parseAnswerMarkdown } from './answer-markdown';

describe('parseAnswerMarkdown', () => {
  it('is not fooled by lines that only look like fences or headings', () => {
    const parsed = parseAnswerMarkdown(
      [
        '## User task',
        'Inline ``` not`a fence``` in a sentence.',
        '<!--',
        '## Cost',
        'a note to self inside an HTML comment',
        '-->',
        '    ## Latency (indented: code, not a heading)',
        '## Retrieval',
        'Hybrid search.',
      ].join('\n'),
    );
    expect(parsed.sectionsFound).toEqual(['task', 'retrieval']);
    expect(parsed.answers.task).toContain('## Cost');
    expect(parsed.answers.retrieval).toBe('Hybrid search.');
    expect(parsed.warnings).toEqual([]);
  });

  it('closes a fence left open before the next section heading and says where', () => {
    const parsed = parseAnswerMarkdown(
      [
        '# Title',
        '',
        '## Workflow',
        'Steps:',
        '```python',
        'def route(q): ...',
        '',
        '## Retrieval',
        'Hybrid search with a reranker.',
        '',
        '## Evals',
        'Golden set of 200 questions.',
      ].join('\n'),
    );
    expect(parsed.sectionsFound).toEqual(['workflow', 'retrieval', 'evals']);
    expect(parsed.answers.workflow).toBe('Steps:\n```python\ndef route(q): ...\n```');
    expect(parsed.answers.retrieval).toBe('Hybrid search with a reranker.');
    expect(parsed.answers.evals).toBe('Golden set of 200 questions.');
    expect(parsed.warnings).toEqual([
      'line 5: the code block opened with ``` is never closed; it was ended before "## Retrieval" (line 8)',
    ]);
  });

  it('reports every unclosed fence with its line in the file as written', () => {
    const parsed = parseAnswerMarkdown(
      ['## Task', '~~~', 'x', '## Data sources', '```', 'y', '## Model choice', 'z'].join('\r\n'),
    );
    expect(parsed.sectionsFound).toEqual(['task', 'data', 'model']);
    expect(parsed.warnings).toEqual([
      'line 2: the code block opened with ~~~ is never closed; it was ended before "## Data sources" (line 4)',
      'line 5: the code block opened with ``` is never closed; it was ended before "## Model choice" (line 7)',
    ]);
    expect(parsed.answers.data).toBe('```\ny\n```');
    expect(parsed.answers.model).toBe('z');
  });

  it('warns when an open fence runs to the end of the file', () => {
    const parsed = parseAnswerMarkdown('## Cost\n\n```\n$0.01 per call\n## Not a section');
    expect(parsed.answers.cost).toBe('```\n$0.01 per call\n## Not a section');
    expect(parsed.warnings).toEqual([
      'line 3: the code block opened with ``` is never closed; everything after it is read as code',
    ]);
  });

  it('reads back what answerToMarkdown writes, fences inside answers and diagram included', () => {
    const answers = {
      task: 'Users.\n\n```md\n## Retrieval\n```',
      retrieval: 'Search.\n\n````\n```\n````',
    };
    const md = answerToMarkdown({
      promptId: 'legal-rag',
      promptTitle: 'Legal RAG',
      answers,
      diagram: 'flowchart LR\n  a["```"] --> b',
    });
    const parsed = parseAnswerMarkdown(md);
    expect(parsed).toMatchObject({
      title: 'Legal RAG',
      promptId: 'legal-rag',
      diagram: 'flowchart LR\n  a["```"] --> b',
      warnings: [],
      unknownHeadings: [],
    });
    expect(parsed.answers.task).toBe(answers.task);
    expect(parsed.answers.retrieval).toBe(answers.retrieval);
    expect(parsed.sectionsFound).toHaveLength(11);
  });
});
