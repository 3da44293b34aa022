// Real write-ups pasted from web pages lose their full stops: requirements and list items sit one a line
// ("The chatbot must allow ..." above "The system shall allow ..."), and steps open with the word that orders
// them ("then load the rate card"). Each line is its own sentence, and each such step is an instruction.
import { describe, expect, it } from 'vitest';
import { sentenceSignals } from './signals';
import { splitSentences } from './text-index';

describe('lines that lost their full stops', () => {
  it('reads a line that ends a clause, above a line that starts a sentence, as two sentences', () => {
    const text = [
      'The chatbot must answer questions from the policy pages',
      'The system shall let employees upload documents after an admin approves them',
    ].join('\n');
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('still joins a line that wraps mid-phrase or ends in punctuation or a quotation', () => {
    expect(splitSentences('We store every chunk in\nPostgres with its page number.')).toHaveLength(1);
    expect(splitSentences('We route refunds, returns and\nDelivery questions to one queue.')).toHaveLength(1);
    expect(
      splitSentences('A user asks: "where is my parcel?"\nThe bot answers from the tracking page.'),
    ).toHaveLength(1);
  });

  it('reads requirements written with "shall" and a chatbot as their subject as descriptions of the design', () => {
    expect(sentenceSignals('the system shall keep conversations private.').weakCue).toBe(true);
    expect(sentenceSignals('the chatbot must link the source page.').weakCue).toBe(true);
  });
});

describe('steps that open with the word that orders them', () => {
  it('reads "then", "else" and "first" before a verb as an instruction', () => {
    expect(sentenceSignals('then load the rate card valid on the shipment date.').decisionCue).toBe(true);
    expect(sentenceSignals('else route the line to a clerk.').decisionCue).toBe(true);
    expect(sentenceSignals("first, filter the chunks by the user's groups.").decisionCue).toBe(true);
  });

  it('does not read "then" before a noun as an instruction', () => {
    expect(sentenceSignals('then the index size matters more than anything else.').decisionCue).toBe(false);
  });
});
