import { describe, expect, it } from 'vitest';
import { canonicalJson, packChecksum, sha256Hex } from '@/domain/pack/checksum';
import { planPackImport } from '@/domain/pack/import-plan';
import { packToText, parsePackText, parsePackValue } from '@/domain/pack/pack-parse';
import { findSecret, redactSecrets } from '@/domain/pack/secrets';
import { legal, packPromptOf, studyPack } from './fixtures';

const problemsOf = (value: unknown) => {
  const r = parsePackValue(value);
  return r.ok ? [] : r.problems;
};

describe('checksum', () => {
  it('is SHA-256 of canonical JSON', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('é'.repeat(100))).toHaveLength(64);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

describe('parsing a pack', () => {
  it('accepts a built pack and its file text', () => {
    const pack = studyPack();
    const r = parsePackText(packToText(pack));
    expect(r.ok && r.value.prompts.map((p) => p.id)).toEqual(['contract-search', 'legal-rag']);
  });

  it('ignores unknown fields without breaking the checksum', () => {
    const pack = {
      ...studyPack(),
      homepage: 'https://example.org',
      prompts: studyPack().prompts.map((p) => ({ ...p, extra: 1 })),
    };
    const r = parsePackValue(pack);
    expect(r.ok).toBe(true);
    expect(r.ok && 'homepage' in r.value).toBe(false);
  });

  it('names the field of each problem', () => {
    expect(problemsOf({ ...studyPack(), format: 'other' })[0]).toMatch(
      /^format: this is not a Design Dojo pack/,
    );
    expect(problemsOf({ ...studyPack(), formatVersion: 2 })[0]).toMatch(
      /^formatVersion: the pack is format version 2/,
    );
    expect(problemsOf({ ...studyPack(), checksum: `sha256:${'0'.repeat(64)}` })[0]).toMatch(
      /^checksum: does not match/,
    );
    const badTitle = studyPack();
    badTitle.prompts[0]!.title = 'x';
    expect(problemsOf(badTitle)[0]).toMatch(/^prompt 1, title: /);
    expect(problemsOf(studyPack({ id: 'local' }))[0]).toMatch(/^pack id: "local" is reserved/);
  });

  it('refuses duplicate ids, oversized fields, too many prompts and oversized files', () => {
    const dup = studyPack({ prompts: [packPromptOf(legal), packPromptOf(legal)] });
    expect(problemsOf(dup)).toEqual(['prompts: the id "legal-rag" is used more than once']);
    const huge = studyPack({ prompts: [packPromptOf(legal, { body: 'x'.repeat(60_000) })] });
    expect(problemsOf(huge)[0]).toMatch(/^prompt 1, brief: 60,000 characters; the limit per field is 50,000/);
    const many = { ...studyPack(), prompts: Array.from({ length: 201 }, () => packPromptOf(legal)) };
    expect(problemsOf(many)[0]).toBe('prompts: 201 prompts; the limit is 200');
    const r = parsePackText(' '.repeat(5_000_001));
    expect(!r.ok && r.problems[0]).toBe('the pack is 5.0 MB; the limit is 1.0 MB');
    const cut = packToText(studyPack()).slice(0, 500);
    expect(!parsePackText(cut).ok && (parsePackText(cut) as { problems: string[] }).problems[0]).toMatch(
      /not valid JSON, perhaps cut short/,
    );
  });

  it('refuses a field that looks like an API key', () => {
    const pack = studyPack({ description: 'use my key sk-proj-abcdefghijklmnopqrstuv1234' });
    expect(problemsOf(pack)).toEqual([
      'pack description looks like it contains an API key (sk-…); keys are never imported',
    ]);
    expect(findSecret('Authorization: Bearer abcdefghijklmnop0123456789')).toBe('a bearer token');
    expect(findSecret('the sk-learn library and a task-based skeleton')).toBeNull();
    expect(redactSecrets('key sk-abcdefghijklmnopqrstuvwxyz here')).toBe(
      'key [redacted: looked like a key] here',
    );
  });

  it('checks its own checksum helper against the built pack', () => {
    const pack = studyPack();
    expect(packChecksum(pack)).toBe(pack.checksum);
  });
});

describe('import plan', () => {
  it('shows new, changed, removed prompts and built-in clashes', () => {
    const before = studyPack();
    const after = studyPack({
      prompts: [
        packPromptOf(legal, { id: 'contract-search', title: 'Search our contracts, v2' }),
        packPromptOf(legal, { id: 'new-one' }),
      ],
    });
    const plan = planPackImport(after, before, ['legal-rag', 'support-agent-evals']);
    expect(plan.replaces).toEqual({ title: 'Week 3: retrieval', author: 'Ada' });
    expect(plan.changed.map((p) => p.libraryId)).toEqual(['pack:week-3/contract-search']);
    expect(plan.added.map((p) => p.id)).toEqual(['new-one']);
    expect(plan.removed.map((p) => p.id)).toEqual(['legal-rag']);
    expect(planPackImport(before, undefined, ['legal-rag']).builtInClashes).toEqual(['legal-rag']);
    expect(planPackImport(before, before, []).noChange).toBe(true);
  });
});
