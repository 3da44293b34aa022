// Rules that misread ordinary design writing: each case here is a sentence a candidate could write
// that an earlier rule scored wrongly (offline-1.7.0).
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { checkSalad } from './no-substance';
import { sentenceSignals } from './signals';
import { indexText } from './text-index';

const hedged = (s: string) => sentenceSignals(s).hedged;

describe('an example list or a fact about the problem is not a hedge', () => {
  it('reads a plain list of three or more examples as examples, not options', () => {
    expect(hedged('the intent agent selects the right workspace, such as mobility, ads, or delivery.')).toBe(
      false,
    );
    expect(hedged('each call is tagged with its environment, such as production, staging, or dev.')).toBe(
      false,
    );
  });

  it('still reads two options, or named products, as a choice not made', () => {
    expect(hedged('we store vectors in a database like pinecone or weaviate.')).toBe(true);
    expect(hedged('retrieval improves with something, e.g. with a reranker or a better index.')).toBe(true);
    expect(hedged('traces go to a tool such as datadog, langsmith or grafana.')).toBe(true);
  });

  it('reads "can be" with a size or a difficulty as a fact, with a participle as an option', () => {
    expect(hedged('contracts can be 400 pages long, so we chunk by clause.')).toBe(false);
    expect(hedged('it can be difficult to find the relevant article.')).toBe(false);
    expect(hedged('results can be cached for an hour.')).toBe(true);
    expect(hedged('the store can be a managed service.')).toBe(true);
    expect(hedged('each layer can be independently flagged.')).toBe(true);
  });
});

describe('a trade-off is a cost accepted, not a second gain', () => {
  const tradeoff = (s: string) => sentenceSignals(s).tradeoff;

  it('reads "while reducing cost" and "while adding citations" as gains', () => {
    expect(tradeoff('the cache answers repeat questions while reducing cost per answer.')).toBe(false);
    expect(tradeoff('the summary step keeps answers short while adding citations to each claim.')).toBe(
      false,
    );
    expect(tradeoff('streaming shows the first words sooner while lowering the bill.')).toBe(false);
  });

  it('still reads a change that costs something as a trade-off', () => {
    expect(tradeoff('the reranker lifts precision while adding 300 ms per query.')).toBe(true);
    expect(tradeoff('the reranker lifts precision while adding latency.')).toBe(true);
    expect(tradeoff('a smaller model answers faster while reducing accuracy on long questions.')).toBe(true);
    expect(tradeoff('a smaller model would be quicker while degrading quality.')).toBe(true);
  });
});

describe('a table of metrics with thresholds is a decision, not a term list', () => {
  const table = [
    '| Signal | What to track | How to measure | Alert threshold |',
    '|---|---|---|---|',
    '| Quality | Answer correctness, citations, refusals | LLM judge, thumbs, fallback rate | Judge score < 7/10 or unsafe answer |',
    '| Cost | Input tokens, output tokens, cache hits | Tokens per call, cache hit rate | Cost per chat > budget or trend spike |',
    '| Latency | End-to-end time, TTFT, tokens per second | p50, p95, p99 ms | p95 latency > 5 s or SLA breach |',
    '| Safety | Leaks, injection attempts, drift | Automated checks, review samples, user flags | Leak rate > 0 or injection detected |',
  ].join('\n');

  it('does not flag the table as term salad', () => {
    expect(checkSalad(indexText(table)).salad).toBe(false);
  });

  it('still flags a table of bare terms', () => {
    const terms = [
      '| Signal | Metrics |',
      '|---|---|',
      '| Quality | judge, thumbs, citations, refusals, fallbacks |',
    ];
    const more = [
      '| Cost | tokens, cache, routing, budget, spend |',
      '| Latency | ttft, p50, p95, p99, tps |',
    ];
    expect(checkSalad(indexText([...terms, ...more].join('\n'))).salad).toBe(true);
  });
});

describe('a result reported after the fact does not justify a design', () => {
  const grade = gradeWith(testPrompt(SPECIFIC_NOTES));
  const steps = [
    'The first version of the workflow was simple:',
    '- The user asks a question and picks the tables',
    '- The system retrieves the table schemas from the catalogue',
    '- The LLM generates SQL and the response streams back via WebSocket',
    'This worked because users already knew which tables to query.',
  ];

  it('keeps a design with one measured outcome at Adequate', () => {
    const g = grade('workflow', [...steps, 'The first-shot acceptance rate was around 20%.'].join('\n'));
    expect(g.score).toBe(2);
  });

  it('still reads a figure of the design itself as a number for Strong', () => {
    const g = grade(
      'workflow',
      [...steps, 'Each step has a 5-second timeout and the whole run is capped at 20 s.'].join('\n'),
    );
    expect(g.score).toBeGreaterThanOrEqual(3);
  });

  it('marks a reported result, not a choice told in the past tense', () => {
    expect(sentenceSignals('the average review time per email dropped to under 45 seconds.').reported).toBe(
      true,
    );
    expect(
      sentenceSignals('claude code access kept expanding to over 25% of the organisation.').reported,
    ).toBe(true);
    expect(sentenceSignals('we capped the context at 4,000 tokens.').reported).toBe(false);
  });
});

describe('what a kind of thing can be, said of no system, is an aside', () => {
  it('reads "a model can be fast and cheap" as general', () => {
    expect(sentenceSignals('a model can be fast and cheap but produce hallucinations.').explains).toBe(true);
    expect(sentenceSignals('an agent can also be tricked by a poisoned page.').explains).toBe(true);
    expect(sentenceSignals('our model can be swapped per tenant.').explains).toBe(false);
  });
});

describe('a table of results beside a data source does not make the passage another section', () => {
  const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

  it('reads the source, not the measured figures, to decide which section it answers', () => {
    const g = grade(
      'data',
      [
        'Here is a table of how the review bot did before and after I added our own history:',
        '| Metric | Before | After |',
        '|---|---|---|',
        '| False positive rate | 31% | 9% |',
        '| Time to review a pull request | 50 seconds | 14 seconds |',
        '| Team satisfaction (1-10) | 4 | 8 |',
        '| Suggestions actually accepted | 15% | 52% |',
        'The fix was simple. I wrote a script that read the last 800 merged pull requests in our repo.',
        'It pulled out recurring patterns: naming rules, error handling styles, test habits.',
      ].join('\n'),
      { rubrics: TEST_RUBRICS },
    );
    expect(g.flags.map((f) => f.kind)).not.toContain('off-section');
    expect(g.score).toBeGreaterThanOrEqual(1);
  });
});

describe('"never" and "always" in a story tell what happened, not a rule', () => {
  it('reads a past "never did" as story and a present "never" as a rule', () => {
    const cue = (s: string) => sentenceSignals(s).decisionCue;
    expect(
      cue('in production, it began promising things the company never did, and it always was too late.'),
    ).toBe(false);
    expect(cue('the assistant never sends a refund without a person.')).toBe(true);
    expect(cue('card numbers are never logged.')).toBe(true);
    expect(cue('criteria text is parsed into a schema and never concatenated into instructions.')).toBe(true);
    expect(cue('refunds go out only after approval.')).toBe(true);
  });

  it('keeps an anecdote about another team at Superficial', () => {
    const grade = gradeWith(testPrompt(SPECIFIC_NOTES));
    const g = grade(
      'rollout',
      [
        'We have watched this happen across many launches.',
        'One customer shipped a new system prompt to their support bot late on a Thursday.',
        'It passed a quick internal check and looked fine.',
        'In production, it began promising refunds the company never made and contradicting the help centre.',
        'By the next morning, 2,400 tickets had received wrong answers.',
        'A percentage rollout with quality gates would have caught it within the first 40 conversations.',
      ].join(' '),
    );
    expect(g.score).toBe(1);
  });
});

describe('a failure named as a metric is measured, not handled', () => {
  const failure = (s: string) => sentenceSignals(s).failure;

  it('reads "fallback rates" in a list of what to track as a metric', () => {
    expect(
      failure(
        'quality | correctness, helpfulness | llm judge, user ratings, fallback rates | judge score < 7/10',
      ),
    ).toBe(false);
    expect(failure('we chart error counts and timeout ratios per model.')).toBe(false);
  });

  it('still reads a failure handled', () => {
    expect(failure('when the judge times out, the answer falls back to the cached draft.')).toBe(true);
    expect(failure('we retry rate-limited calls twice.')).toBe(true);
    expect(failure('alert when the fallback rate exceeds 5% and fall back to the previous prompt.')).toBe(
      true,
    );
  });
});
