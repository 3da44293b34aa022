// The off-prompt check only works when the caller passes the other known prompts. These tests hold the two
// callers users meet, the app's grader input and `npm run grade`, to that.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGradeCli } from '@/cli/grade';
import { answerToMarkdown } from '@/domain/answer-markdown';
import { newAttempt } from '@/domain/attempt';
import { SECTION_IDS } from '@/domain/sections';
import { builtInContent } from '@/content/load-content';
import { gradeInput } from '@/features/attempt/grade-mutation';

const dir = mkdtempSync(join(tmpdir(), 'dojo-off-prompt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Another prompt's model-answer outline, one section per heading: what the app shows after grading. */
function outlineOf(promptId: string): Record<string, string> {
  const other = builtInContent().prompts.find((p) => p.id === promptId);
  if (!other) throw new Error(`no built-in prompt ${promptId}`);
  return Object.fromEntries(
    SECTION_IDS.map((id) => [id, other.reference[id].map((n) => `- ${n}`).join('\n')]),
  );
}

describe('off-prompt answers are judged against the other built-in prompts', () => {
  it('the app passes every other built-in prompt to the grader, never the attempt’s own', () => {
    const { prompts, rubrics } = builtInContent();
    const prompt = prompts.find((p) => p.id === 'legal-rag')!;
    const attempt = newAttempt({ id: 'a1', promptId: prompt.id, promptTitle: prompt.title, now: 0 });
    const input = gradeInput({ attempt, prompt, rubrics, sections: SECTION_IDS }, 0);
    expect(input.otherPrompts?.map((p) => p.id).sort()).toEqual(
      prompts
        .map((p) => p.id)
        .filter((id) => id !== 'legal-rag')
        .sort(),
    );
  });

  it('npm run grade caps another prompt’s model answer at 1 per section and flags it off-prompt', async () => {
    const path = join(dir, 'sql-outline.md');
    writeFileSync(path, answerToMarkdown({ answers: outlineOf('sql-analytics-assistant'), diagram: '' }));
    const out: string[] = [];
    const code = await runGradeCli([path, '--prompt', 'legal-rag'], {
      out: (l) => out.push(l),
      err: () => undefined,
      env: {},
    });
    const text = out.join('\n');
    expect(code).toBe(0);
    for (const line of text.split('\n').filter((l) => /^\w[\w ]+\s+\d\/4/.test(l))) {
      expect(line).toMatch(/\s[01]\/4\s+.*off-prompt/);
    }
    expect(text).toMatch(/Total: (\d|1[01])\/44/);
  });
});
