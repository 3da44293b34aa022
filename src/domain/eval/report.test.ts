import { describe, expect, it } from 'vitest';
import { confusionSvg } from './confusion-svg';
import { lastLine, markdownReport, textReport, type ReportMeta } from './report';
import { summarize, type CaseOutcome } from './summary';

const base: Omit<CaseOutcome, 'id' | 'label' | 'predicted' | 'scores'> = {
  section: 'latency',
  kind: 'normal',
  flags: [],
  evidenceVerified: { verified: 0, total: 0 },
  latencyMs: 5,
  tokens: { in: 1000, out: 200, cached: 500 },
  costUsd: 0.001,
  error: null,
};
const outcomes: CaseOutcome[] = [
  { ...base, id: 'a', label: 0, predicted: 0, scores: [0] },
  { ...base, id: 'b', label: 4, predicted: 3, scores: [3] },
  { ...base, id: 'c', label: 2, predicted: 2, scores: [2], kind: 'injection', flags: ['possible-injection'] },
];
const meta: ReportMeta = {
  set: 'tiny.jsonl',
  grader: 'llm',
  graderDetail: 'llm (model-x)',
  command: 'npm run eval -- --set tiny.jsonl --grader llm',
  problems: [{ line: 4, message: 'score: Too big' }],
  warnings: [],
};

describe('reports', () => {
  const s = summarize(outcomes);

  it('ends the text report with the one-line summary', () => {
    const text = textReport(s, meta);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe(lastLine(s));
    expect(lastLine(s)).toMatch(/^eval: 3 cases, within-one 100\.0%, qwk \d\.\d{3}$/);
    expect(text).toContain('skipped line 4: score: Too big');
    expect(text).toContain('Tokens in 3000 (cached 1500), out 600');
    expect(text).toContain('Cost $0.0030 total');
  });

  it('writes Markdown with the command, the goals and the heat map link', () => {
    const md = markdownReport(s, meta, 'report.confusion.svg');
    expect(md).toContain('npm run eval -- --set tiny.jsonl --grader llm');
    expect(md).toContain('![Confusion matrix: human score by grader score](report.confusion.svg)');
    expect(md).toContain('| within-one | >= 90.0% | 100.0% | met |');
    expect(md).toContain('- line 4: score: Too big');
  });

  it('draws one shaded cell per matrix entry with escaped text', () => {
    const svg = confusionSvg(s.confusion, 'A <b> & c');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect x=/g)).toHaveLength(25);
    expect(svg).toContain('A &#60;b&#62; &#38; c');
    expect(svg).not.toContain('<b>');
  });
});
