// Real candidates and real design write-ups state decisions in running prose, not tidy bullets: a
// pipeline told step by step, a trade-off told as what was given up, headings that lost their markup.
// And they explain things to the reader, which decides nothing for this system.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { flagNames } from '../grade-schema';
import { HEDGE } from './cue-patterns';
import { TRADEOFF } from './reason-patterns';
import { sentenceSignals } from './signals';
import { splitSentences } from './text-index';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

describe('a design told step by step', () => {
  it('reads a present-tense step of the pipeline as a design statement', () => {
    expect(sentenceSignals('vector search finds the 20 closest tables.').weakCue).toBe(true);
    expect(sentenceSignals('a small model re-ranks them and keeps the top 5.').weakCue).toBe(true);
    // ... but not a clause that starts with a pronoun or a linking word.
    expect(sentenceSignals('this means collecting logs from every component.').weakCue).toBe(false);
    expect(sentenceSignals('it helps the team focus.').weakCue).toBe(false);
  });

  it('credits a retrieval pipeline described in prose as concrete decisions', () => {
    const g = grade(
      'retrieval',
      'Similarity search finds candidate chunks by meaning. A cross-encoder reranks the candidates against the question.',
    );
    expect(g.score).toBe(2);
  });
});

describe('text that explains to the reader', () => {
  it('marks sentences addressed to "you" and illustrations as explaining, not deciding', () => {
    expect(sentenceSignals('which model you call matters: gpt-4o costs 30x more.').explains).toBe(true);
    expect(sentenceSignals('for example, a user asks for the top 5 cities.').explains).toBe(true);
    expect(sentenceSignals('we route simple questions to gpt-4o-mini.').explains).toBe(false);
    // "your" inside a word is not the reader.
    expect(sentenceSignals('the youth support team answers first.').explains).toBe(false);
  });

  it('marks surveys, dated market facts, general framings and analogies as explaining', () => {
    const explains = (s: string) => sentenceSignals(s).explains;
    expect(explains('80% of support teams that adopted an assistant reported faster resolution.')).toBe(true);
    expect(explains('as of 2026, the fastest hosted models start streaming in under 600 ms.')).toBe(true);
    expect(explains('at the time of writing, a mid-size model lists at $2 per million input tokens.')).toBe(
      true,
    );
    expect(explains('as of this writing, two vendors offer a batch discount.')).toBe(true);
    expect(explains('we write the time of each request to the log.')).toBe(false);
    expect(explains('in a typical llm product, the bill grows with tokens.')).toBe(true);
    expect(explains('routing every question to the largest model is like hiring a surgeon.')).toBe(true);
    expect(explains('most companies that ship an assistant cut handle time within a month.')).toBe(true);
    expect(explains('one client moved every prompt change behind a flag after an outage.')).toBe(true);
    expect(explains("acme's helpdesk, for example, halved its backlog with drafts.")).toBe(true);
    expect(explains('a team member approves every draft before it is sent.')).toBe(false);
    expect(explains('we use the small model, which costs 12x less than the large one.')).toBe(false);
    // The system's own words to a user are quoted, not addressed to the reader.
    expect(explains('with no match we reply "i found nothing you have access to" and stop.')).toBe(false);
    expect(explains('recall@10 is reported per language on the golden set.')).toBe(false);
  });

  it('does not lift claims about other teams and the market to Adequate or Strong', () => {
    const task = grade(
      'task',
      'Agents spend hours searching old tickets. According to a 2025 survey, 80% of support teams that adopted an assistant reported faster resolution than teams without one. So we set out to build an assistant that agents actually trust.',
    );
    const latency = grade(
      'latency',
      'Users judge speed by the first token. As of 2026, the fastest hosted models start streaming in under 600 ms, because they run on dedicated hardware. Most of the delay is elsewhere in the pipeline.',
    );
    expect([task.score, latency.score]).toEqual([1, 1]);
  });

  it('gives an explanation of what drives cost no credit for decisions it never makes', () => {
    const g = grade(
      'cost',
      [
        'Which model you call matters most: GPT-4o costs roughly 30x more per token than GPT-4o-mini.',
        'Every token you send is billed, so your system prompt and retrieved context count too.',
        'For example, a 2,000-token prompt sent 10,000 times a day adds up quickly.',
      ].join(' '),
    );
    expect(g.score).toBeLessThanOrEqual(1);
  });
});

describe('a trade-off told as what an option would give up', () => {
  it('reads "while degrading", "while hurting" and "at the cost of adding" as a trade-off', () => {
    expect(TRADEOFF.test('a smaller model would have been quicker while degrading answer quality')).toBe(
      true,
    );
    expect(TRADEOFF.test('bigger chunks keep more context, while hurting precision')).toBe(true);
    expect(TRADEOFF.test('one index for all tenants, at the cost of adding a filter to every query')).toBe(
      true,
    );
    expect(TRADEOFF.test('while reading the logs we saw nothing')).toBe(false);
  });

  it('lifts a measured latency fix whose rejected option is weighed in prose to Strong', () => {
    const g = grade(
      'latency',
      [
        'We measured p95 at 31 s, mostly sequential tool calls.',
        'A smaller model would have been quicker while degrading answer quality.',
        'We kept the model, streamed the first tokens and ran the two lookups in parallel (3 s instead of 7 s): p95 is now 8 s.',
      ].join(' '),
    );
    expect(g.score).toBe(3);
  });
});

describe('headings pasted without their markup', () => {
  it('stand alone instead of becoming the subject of the next sentence', () => {
    expect(splitSentences('Intent Agent\nThis module reads the question and picks a workspace.')).toEqual([
      'Intent Agent',
      'This module reads the question and picks a workspace.',
    ]);
  });

  it('split bullets pasted inline into their items', () => {
    expect(splitSentences('Vector stores • Pinecone (managed) • pgvector (inside Postgres)')).toEqual([
      'Vector stores',
      'Pinecone (managed)',
      'pgvector (inside Postgres)',
    ]);
  });

  it('leave a line that wraps mid-phrase joined to the next one', () => {
    expect(splitSentences('We store the chunks in\nPostgres with pgvector.')).toEqual([
      'We store the chunks in Postgres with pgvector.',
    ]);
    expect(splitSentences('Retrieval uses BM25 and\nVector search together.')).toEqual([
      'Retrieval uses BM25 and Vector search together.',
    ]);
  });
});

describe('a story of what happened', () => {
  it('reads "we\'d built" as the past ("we had built"), and "we\'d route" as a choice', () => {
    expect(sentenceSignals("we'd built a lookup agent for the sales team.").decisionCue).toBe(false);
    expect(sentenceSignals("i'd read every paper on it.").decisionCue).toBe(false);
    expect(sentenceSignals("we'd route refund requests to a human.").decisionCue).toBe(true);
    expect(sentenceSignals("we'll cache answers for an hour.").decisionCue).toBe(true);
  });
});

describe('whiteboard forms in prose', () => {
  it('reads "label - detail" like "label: detail", and an imperative after a label as a choice', () => {
    const dash = sentenceSignals('error rate — http 5xx, timeouts and rate-limit hits per model');
    expect(dash.weakCue).toBe(true);
    const fix = sentenceSignals('the fix: redact emails and phone numbers before the api call.');
    expect(fix.decisionCue).toBe(true);
  });

  it('credits a metric list written as "name - what is measured"', () => {
    const g = grade(
      'monitoring',
      [
        'Infrastructure first:',
        '- Error rate — HTTP 5xx, timeouts and rate-limit hits per model',
        '- Latency — p50 and p95 per endpoint',
        '- Token cost — input and output tokens per feature',
      ].join('\n'),
    );
    expect(g.score).toBe(2);
  });

  it('reads short items under a lead-in line as the detail of that line', () => {
    const g = grade(
      'retrieval',
      [
        'Each chunk carries:',
        '- the article title and section heading',
        '- the product version it applies to',
        '- the access group allowed to read it',
      ].join('\n'),
    );
    expect(g.score).toBe(2);
  });
});

describe('section words that real write-ups use', () => {
  it('counts instrumenting and percentiles as monitoring, so such an answer is not scored as if empty', () => {
    const g = grade(
      'monitoring',
      'We instrument the streaming path: every generation records time to first token and total time. We read the percentiles per endpoint (p50, p95 and p99 of both), not the average, because a 6 s p95 hides behind a fine mean.',
      { rubrics: TEST_RUBRICS },
    );
    expect(g.score).toBeGreaterThanOrEqual(1);
  });

  it('counts risks and sensitive categories as safety, so a risk-and-control answer is not off-section', () => {
    const g = grade(
      'safety',
      'Main risk: a misread email lands in the wrong queue or gets an auto-drafted reply. We never auto-send sensitive categories, and low-confidence mail goes to a human queue with the draft unsent.',
      { rubrics: TEST_RUBRICS },
    );
    expect(flagNames(g)).not.toContain('off-section');
    expect(g.score).toBeGreaterThanOrEqual(1);
  });
});

describe('a plain story is sparse, not padded', () => {
  it('flags padding only when vague, hedged or buzzword sentences fill the space', () => {
    const story = [
      'Every Monday the returns desk starts the week behind.',
      'Parcels that arrived over the weekend wait in a pile while three clerks read the notes that came with them.',
      'Half of those notes say the same thing in different words, and the other half ask a question the shop answered long ago on its help pages.',
      'Nobody on the desk likes this part of the job.',
      'It is slow, it is repetitive, and it pushes the refunds that customers actually care about to Wednesday.',
      'The clerks told us they would rather spend the morning on the awkward cases: the broken item with no receipt, the gift sent to the wrong town.',
      'So the first version sorts the easy notes and leaves the awkward ones to people, who know the shop and its customers far better than any model we could train this year.',
      'That is the whole bar for the first release, and the rest of this design follows from it.',
    ].join(' ');
    expect(flagNames(grade('task', story))).not.toContain('padding');
  });
});

describe('aspiration is not a decision', () => {
  it('reads "we aim to", "we believe", "our vision is" as hedged, and a goal with a figure as a target', () => {
    expect(HEDGE.test('we aim to give every agent instant answers.')).toBe(true);
    expect(HEDGE.test('we believe retrieval quality is what matters.')).toBe(true);
    expect(HEDGE.test('our vision is an assistant that knows everything.')).toBe(true);
    const goal = sentenceSignals('our goal is p95 under 2 s for the first token.');
    expect([goal.hedged, goal.target]).toEqual([false, true]);
  });
});
