import { describe, expect, it } from 'vitest';
import { negatedBefore, sentenceSignals } from './signals';
import { compileGroups, compileTerm, matchGroups, termSentences } from './term-match';
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

describe('term matching', () => {
  const index = indexText('Hybrid search feeds the Rerankers. Vector\u200B stores hold chunks. Top-k is 8.');

  it('matches plurals, wildcards, hyphen variants and invisible characters', () => {
    expect(termSentences(index, compileTerm('reranker')!)).toEqual([0]);
    expect(termSentences(index, compileTerm('rerank*')!)).toEqual([0]);
    expect(termSentences(index, compileTerm('vector store')!)).toEqual([1]);
    expect(termSentences(index, compileTerm('top k')!)).toEqual([2]);
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

describe('sentence signals', () => {
  const sig = (s: string) => sentenceSignals(indexText(s).sentences[0]!.lower);

  it('finds decisions, numbers with units, trade-offs, failures and targets', () => {
    const s = sig(
      "We'd use pgvector instead of Pinecone because it saves $400 a month, and if it times out after 2s we fall back to BM25, keeping p95 < 3 s.",
    );
    expect(s).toMatchObject({ decisionCue: true, tech: true, tradeoff: true, failure: true, target: true });
    expect(s.numbers).toEqual(expect.arrayContaining(['$400', '2s', '3s']));
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
