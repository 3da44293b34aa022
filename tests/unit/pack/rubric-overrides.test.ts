import { describe, expect, it } from 'vitest';
import { importedPromptsOf, rubricsForPrompt } from '@/content/prompt-lookup';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';
import { parsePackValue } from '@/domain/pack/pack-parse';
import { withRubricSource } from '@/domain/pack/rubric-overrides';
import { content, studyPack } from './fixtures';

const { origin: _origin, ...task } = content.rubrics.task;
const override = { ...task, id: 'strict-task', version: '2.0.0', title: 'User task (our group)' };

describe('rubric overrides', () => {
  it('grade a pack prompt with the override and record it on the grade', () => {
    const pack = studyPack({ rubricOverrides: [override] });
    expect(parsePackValue(JSON.parse(JSON.stringify(pack))).ok).toBe(true);
    const [prompt] = importedPromptsOf(pack);
    const rubrics = rubricsForPrompt(prompt, content.rubrics);
    expect(rubrics.task.version).toBe('2.0.0+pack.week-3.strict-task');
    expect(rubrics.data).toBe(content.rubrics.data);
    const outcomes = gradeAllOffline({
      prompt: prompt!,
      rubrics,
      answers: { task: 'Lawyers find clauses; success is cited answers within 8 seconds.' },
      diagram: '',
      sections: ['task', 'data'],
      now: 1000,
    });
    const grades = outcomes.flatMap((o) => (o.ok ? [withRubricSource(o.grade, rubrics)] : []));
    expect(grades.find((g) => g.section === 'task')).toMatchObject({
      rubricVersion: '2.0.0+pack.week-3.strict-task',
      rubricSource: 'pack:week-3/strict-task@2.0.0',
    });
    expect(grades.find((g) => g.section === 'data')?.rubricSource).toBeUndefined();
    expect(rubricsForPrompt(content.prompts[0], content.rubrics)).toBe(content.rubrics);
  });

  it('refuses two overrides for one section', () => {
    const pack = studyPack({ rubricOverrides: [override, { ...override, id: 'other' }] });
    const r = parsePackValue(JSON.parse(JSON.stringify(pack)));
    expect(!r.ok && r.problems).toEqual(['rubric overrides: more than one override for the section "task"']);
  });
});
