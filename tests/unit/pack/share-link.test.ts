import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseIncomingLink, parseIncomingText, shareOutput } from '@/domain/pack/incoming';
import { decodePayload, encodePayload, LINK_PREFIX } from '@/domain/pack/share-codec';
import type { SharedAttempt } from '@/domain/pack/share-schema';
import { studyPack } from './fixtures';

const APP = 'http://127.0.0.1:4173/';
const payloadOf = (fragment: string) => fragment.replace('#/import/', '');

const attempt: SharedAttempt = {
  id: 'att-1',
  promptId: 'legal-rag',
  promptTitle: 'Build a RAG system for legal documents',
  author: 'Ben',
  createdAt: 1_700_000_000_000,
  answers: { task: 'Lawyers find clauses. My key is sk-abcdefghijklmnopqrstuvwxyz123', data: 'DMS export' },
  diagram: 'flowchart LR\n  A --> B',
};

describe('share links', () => {
  it('round-trips a pack and an attempt, redacting keys on the way out', () => {
    const pack = studyPack();
    const packOut = shareOutput({ kind: 'pack', pack }, APP);
    const back = parseIncomingLink(payloadOf(packOut.fragment));
    expect(back.ok && back.value.kind === 'pack' && back.value.pack).toEqual(pack);

    const out = shareOutput({ kind: 'attempt', attempt, prompt: null }, APP);
    expect(out.url.startsWith(`${APP}#/import/${LINK_PREFIX}`)).toBe(true);
    expect(out.url).not.toContain('sk-');
    const r = parseIncomingLink(payloadOf(out.fragment));
    expect(r.ok && r.value.kind === 'attempt' && r.value.attempt.answers.task).toBe(
      'Lawyers find clauses. My key is [redacted: looked like a key]',
    );
    const file = parseIncomingText(out.fileText);
    expect(file.ok && file.value.kind).toBe('attempt');
  });

  it('gives a plain message for truncated, altered, foreign and bomb links', () => {
    const good = payloadOf(shareOutput({ kind: 'pack', pack: studyPack() }, APP).fragment);
    const problem = (p: string) => {
      const r = parseIncomingLink(p);
      return r.ok ? 'ok' : r.problems[0];
    };
    expect(problem(good.slice(0, good.length - 40))).toMatch(/cut short/);
    expect(problem(`${good.slice(0, 20)}<script>`)).toMatch(/characters a share link never has/);
    expect(problem('x9.abc')).toMatch(/not made by this app/);
    expect(problem('')).toMatch(/nothing after/);
    const bomb =
      LINK_PREFIX +
      btoa(String.fromCharCode(...deflateSync(new Uint8Array(3_000_000).fill(32), { level: 9 })))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    expect(problem(bomb)).toMatch(/unpacks to more than 1.0 MB/);
    expect(problem(encodePayload('{"format":"x"}'))).toMatch(/^format: this is not a Design Dojo/);
    expect(problem(encodePayload('not json'))).toMatch(/not valid JSON/);
    expect(decodePayload(encodePayload('héllo ✓')).ok).toBe(true);
  });

  it('still reads links made before the preset dictionary (d1.)', () => {
    const json = JSON.stringify({ hello: 'wörld' });
    const d1 = `d1.${btoa(String.fromCharCode(...deflateSync(new TextEncoder().encode(json))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    expect(decodePayload(d1)).toEqual({ ok: true, value: json });
    expect(encodePayload(json).startsWith('d2.')).toBe(true);
  });

  it('refuses an imported attempt that carries a key', () => {
    const text = JSON.stringify({
      format: 'design-dojo-share',
      formatVersion: 1,
      kind: 'attempt',
      prompt: null,
      attempt: { ...attempt, answers: { task: 'Bearer abcdefghijklmnopqrstuvwxyz0123' } },
    });
    const r = parseIncomingText(text);
    expect(!r.ok && r.problems[0]).toBe(
      'attempt, answer for User task looks like it contains a bearer token; keys are never imported',
    );
  });
});
