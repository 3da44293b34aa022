import { describe, expect, it } from 'vitest';
import { validateForm, formOf } from '@/features/author/author-form';
import { fieldName } from '@/domain/pack/field-names';
import { parseIncomingLink, shareOutput } from '@/domain/pack/incoming';
import { buildPack } from '@/domain/pack/pack-parse';
import { legal, packPromptOf } from './fixtures';

const KEY = 'sk-proj-abcdefghijklmnopqrstuvwx1234';
const prompt = packPromptOf(legal, { id: 'clause-finder' });

describe('key-like text in an authored prompt', () => {
  it('is flagged in the field where it was typed, naming the line, and the prompt cannot be saved', () => {
    const form = formOf(prompt, 'Ada');
    expect(validateForm(form).prompt).not.toBeNull();
    const withKey = { ...form, reference: { ...form.reference, task: `Names the users.\nUse ${KEY} here.` } };
    const { prompt: saved, problems } = validateForm(withKey);
    expect(saved).toBeNull();
    expect(problems.get('reference.task')).toBe(
      'line 2 looks like it contains an API key (sk-…); remove it: a prompt is shared, and keys never are',
    );
    expect(
      validateForm({ ...form, summary: 'Authorization: Bearer abcdefghijklmnop0123456789' }).problems.get(
        'summary',
      ),
    ).toMatch(/^looks like it contains a bearer token/);
    expect(
      validateForm({ ...form, summary: 'Uses sk-learn for a task-based baseline.' }).prompt,
    ).not.toBeNull();
  });

  it('is refused on import with the place named as a person sees it', () => {
    const reference = { ...prompt.reference, task: ['Names the users.', `Use ${KEY} here.`] };
    const pack = buildPack({
      id: 'week-3',
      title: 'Week 3',
      author: 'Ada',
      prompts: [{ ...prompt, reference }],
    });
    const payload = shareOutput({ kind: 'pack', pack }, '').fragment.replace('#/import/', '');
    const r = parseIncomingLink(payload);
    expect(!r.ok && r.problems).toEqual([
      'prompt 1, reference notes for User task, line 2 looks like it contains an API key (sk-…); keys are never imported',
    ]);
  });
});

describe('fieldName', () => {
  it.each([
    [['pack', 'prompts', '0', 'reference', 'task', '1'], 'prompt 1, reference notes for User task, line 2'],
    [['prompts', '2', 'body'], 'prompt 3, brief'],
    [['prompts', '0', 'scale', '1', 'value'], 'prompt 1, scale fact 2, value'],
    [['prompts', '0', 'followUps', '0', 'question'], 'prompt 1, follow-up 1, question'],
    [['prompts', '0', 'tags', '3'], 'prompt 1, tag 4'],
    [['description'], 'pack description'],
    [['attempt', 'answers', 'cost'], 'attempt, answer for Cost'],
    [['review', 'sections', 'evals', 'notes'], 'review, Evals, notes'],
    [['prompt', 'reference', 'safety', '0'], 'the prompt, reference notes for Safety, line 1'],
    [[], '(top level)'],
  ])('%j is "%s"', (path, name) => expect(fieldName(path)).toBe(name));
});
