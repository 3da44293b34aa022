import { describe, expect, it } from 'vitest';
import { readBrief } from './brief';
import { findNumbers, numberKey } from './numbers';
import { namedSections } from './section-lexicon';
import { negatedBefore, sentenceSignals } from './signals';
import { gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import {
  compileGroups,
  compileTerm,
  groupLabel,
  matchGroups,
  stemMatches,
  termSentences,
} from './term-match';
import { foldToken, indexText, splitSentences } from './text-index';

describe('text index', () => {
  it('splits Markdown into sentences without list markers, fences or table rules', () => {
    const md =
      '## Retrieval\n- We use BM25. Then we rerank; top 8 survive.\n\n```\ncode line\n```\n| a | b |\n|---|---|\n1. Numbered item';
    expect(splitSentences(md)).toEqual([
      'Retrieval',
      'We use BM25.',
      'Then we rerank;',
      'top 8 survive.',
      'code line',
      'a | b',
      'Numbered item',
    ]);
  });

  it('joins a paragraph wrapped over lines, but not list items, headings or bold headings', () => {
    const md =
      'Tool arguments come only from the verified\nsender, e.g. the CRM account. Then we log it.\n**Privacy**\n- Audio is encrypted\n  at rest.\n- Deleted after 30 days.';
    expect(splitSentences(md)).toEqual([
      'Tool arguments come only from the verified sender, e.g. the CRM account.',
      'Then we log it.',
      '**Privacy**',
      'Audio is encrypted at rest.',
      'Deleted after 30 days.',
    ]);
  });

  it('folds simple plurals and reads "200ms" as "200 ms"', () => {
    expect(['rerankers', 'queries', 'process', 'status', 'ms'].map(foldToken)).toEqual([
      'reranker',
      'query',
      'process',
      'status',
      'ms',
    ]);
    expect(indexText('p95 is 200ms').tokens).toEqual(['p95', 'is', '200', 'ms']);
  });
});

describe('section names', () => {
  it('reads a section named mid-sentence as a tie, not a capitalised word opening a line', () => {
    const text = 'Cost: $2k a month.\nAlerts fire in Monitoring (see Evals/Rollout).\nLatency matters.';
    expect([...namedSections(text)].sort()).toEqual(['evals', 'monitoring', 'rollout']);
  });
});

describe('term matching', () => {
  const index = indexText('Hybrid search feeds the Rerankers. Vector\u200B stores hold chunks. Top-k is 8.');

  it('matches plurals, wildcards, hyphen variants and invisible characters', () => {
    expect(termSentences(index, compileTerm('reranker')!)).toEqual([0]);
    expect(termSentences(index, compileTerm('rerank*')!)).toEqual([0]);
    expect(termSentences(index, compileTerm('vector store')!)).toEqual([1]);
    expect(termSentences(index, compileTerm('top k')!)).toEqual([2]);
  });

  it('names a group by its first full term, never by a stem', () => {
    expect(groupLabel(compileGroups([['assumptions', 'assum*']])[0]!)).toBe('assumptions');
    expect(groupLabel(compileGroups([['escalat*', 'hand off']])[0]!)).toBe('hand off');
    expect(groupLabel(compileGroups([['rerank*']])[0]!)).toBe('rerank');
  });

  it('matches a one-character stem such as "$*"', () => {
    expect(termSentences(indexText('It costs $400 a month.'), compileTerm('$*')!)).toEqual([0]);
  });

  it('never matches a multi-word term across sentences', () => {
    expect(termSentences(index, compileTerm('rerankers vector')!)).toEqual([]);
  });

  it('counts each concept group once however often it appears', () => {
    const groups = compileGroups([['hybrid*', 'bm25'], ['chunk*'], ['citation*']]);
    const hits = matchGroups(
      indexText('Hybrid search, hybrid again, BM25 too. Chunks and chunking.'),
      groups,
    );
    expect(hits.map((h) => [h.group, h.term])).toEqual([
      [0, 'hybrid'],
      [1, 'chunk'],
    ]);
  });
});

describe('stems match only their own word', () => {
  it.each([
    ['retr', 'retrieval', false],
    ['retr', 'retries', true],
    ['retr', 'retrying', true],
    ['trac', 'track', false],
    ['trac', 'tracing', true],
    ['trac', 'traces', true],
    ['sampl', 'sampled', true],
    ['pars', 'parsimonious', false],
    ['split', 'splitting', true],
    ['dedup', 'deduplication', true],
    ['anonymi', 'anonymization', true],
    ['recall@', 'recall@10', true],
    ['qwen', 'qwen2', true],
  ])('%s* against "%s" is %s', (stem, token, want) => {
    expect(stemMatches(stem, token)).toBe(want);
  });
});

describe('"Found:" names only what the answer contains', () => {
  const found = (section: 'latency' | 'monitoring', text: string) =>
    gradeWith(testPrompt(() => []))(section, text)
      .criteria.map((c) => c.found)
      .join(' | ');

  it('does not credit retries for the word "retrieval"', () => {
    const text = 'Retrieval takes 300 ms of the 2 s budget, so we cap the candidate set at 50.';
    expect(found('latency', text)).not.toMatch(/retr(y|ies)/);
    expect(found('latency', 'If the model times out after 3 s we retry once with backoff.')).toMatch(
      /"retry"/,
    );
  });

  it('does not credit tracing for "track", nor redaction for "sample"', () => {
    const text = 'We track p95 latency per route on a dashboard and sample 200 answers a week for review.';
    const f = found('monitoring', text);
    expect(f).not.toMatch(/trac(e|ing)/);
    expect(f).not.toMatch(/redact/);
    expect(f).toMatch(/"sample"/);
  });
});

describe('sentence signals', () => {
  const sig = (s: string) => sentenceSignals(indexText(s).sentences[0]!.lower);

  it.each([
    ['We went with pgvector because the team already runs Postgres.', true, true],
    ['Elasticsearch turned out to be too slow, so we moved ranking into pgvector.', true, true],
    ['We switched to a smaller model after the first month.', true, false],
    ['In practice the nightly sync was not enough, which is why we added webhooks.', true, true],
  ])('reads an implicit decision in prose: %s', (text, decision, reason) => {
    const s = sig(text);
    expect(s.decisionCue).toBe(decision);
    expect(s.tradeoff).toBe(reason);
  });

  it('reads a part of the system described by what it does as a (weak) decision', () => {
    expect(sig('The table agent suggests the most relevant tables.').weakCue).toBe(true);
    expect(sig('This module removes unnecessary columns from the query.').weakCue).toBe(true);
  });

  it('finds decisions, numbers with units, trade-offs, failures and targets', () => {
    const s = sig(
      "We'd use pgvector instead of Pinecone because it saves $400 a month, and if it times out after 2s we fall back to BM25, keeping p95 < 3 s.",
    );
    expect(s).toMatchObject({ decisionCue: true, tech: true, tradeoff: true, failure: true, target: true });
    expect(s.numbers).toEqual(expect.arrayContaining(['$400', '2s', '3s']));
  });

  it('reads justification, decisions and numbers in the forms people write them', () => {
    for (const text of [
      'A smaller model would save ~15 s, but we have the slack, so quality wins.',
      'Citation precision outranks completeness: a miss is forgiven, a wrong citation is not.',
      'I would rather ship a shorter note that people trust over a complete one.',
      'The gain is not worth it at 6k queries a day.',
      'Content can lag by an hour; permissions cannot.',
    ])
      expect(sig(text).tradeoff, text).toBe(true);
    for (const text of [
      'Hybrid BM25 + dense, top 50 -> rerank to 8.',
      'Small model for triage, mid-tier model for the reply.',
      'The user is the clinician who signs the note, not the patient.',
      'Never auto-send a refund.',
    ])
      expect(sig(text).decisionCue, text).toBe(true);
    expect(sig('Budget: ~$3-4k/month, p95 >= 95% of 2-minute visits, 1.2M tokens.').numbers).toEqual(
      expect.arrayContaining(['4k', '95%', '2-minute', '1.2m']),
    );
  });

  it('treats options and filler as undecided', () => {
    expect(sig('We could use pgvector or maybe Pinecone.').hedged).toBe(true);
    expect(sig('We will use tools such as Datadog, LangSmith or Langfuse.').hedged).toBe(true);
    expect(sig("We'll track cost closely and optimise continuously.").vague).toBe(true);
    expect(sig("We'll cap spend at $600 a day.").hedged || sig("We'll cap spend at $600 a day.").vague).toBe(
      false,
    );
  });

  it('does not credit numbers or systems restated from the brief', () => {
    const brief = readBrief('About 40,000 tickets a day in Zendesk; 2 minutes p95; $15,000 a month.');
    const s = sentenceSignals('we stay under 120 s for 40k tickets in zendesk, within the $15k.', brief);
    expect(s.numbers).toEqual([]);
    expect(s.restated).toBe(3);
    expect(s.target || s.tech).toBe(false);
    expect(sentenceSignals('we target a p95 under 90 s in zendesk.', brief).target).toBe(true);
  });

  it('gives one key per quantity however it is written', () => {
    expect(numberKey('2 minutes')).toBe(numberKey('120 s'));
    expect(numberKey('$15,000')).toBe(numberKey('$15k'));
    expect(numberKey('40k')).toBe(numberKey('40,000'));
    expect(numberKey('5%')).not.toBe(numberKey('5 s'));
    expect(findNumbers('1,800 agents in 2026').map((n) => n.key)).toEqual(['n:1800']);
  });

  it('does not count years, bare model names or vague claims', () => {
    const s = sig('In 2026 we believe AI will be a cutting-edge, robust and seamless experience.');
    expect(s.numbers).toEqual([]);
    expect(s.tradeoff || s.failure || s.target).toBe(false);
    expect(s.buzz).toBe(3);
  });

  it('sees negation before a phrase', () => {
    const lower = 'we avoid a fully autonomous agent here';
    expect(negatedBefore(lower, lower.indexOf('fully'))).toBe(true);
    expect(negatedBefore('a fully autonomous agent runs it', 0)).toBe(false);
  });
});
