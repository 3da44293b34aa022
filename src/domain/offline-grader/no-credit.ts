// Sets aside what earns nothing before the answer is analysed: sentences copied from the app's own
// content (rubrics, brief, model answer) and questions left unanswered. The rest is graded on its own.
import type { Flag } from '../grade-schema';
import type { SectionGradeInput } from '../grading';
import { findCopied, type CopySource } from './copied';
import { isQuestion } from './no-substance';
import { indexText, type TextIndex } from './text-index';

interface Kept {
  /** The index of what is left. */
  index: TextIndex;
  /** What is left, as text. */
  text: string;
  copies: Record<CopySource, number>;
  questions: number;
  sentences: number;
  originalWords: number;
}

type Input = Pick<SectionGradeInput, 'rubric' | 'rubrics' | 'prompt'>;

/** The answer without copied sentences and questions, indexed. */
export function withoutNoCredit(text: string, input: Input): Kept {
  const full = indexText(text);
  const copy = findCopied({
    index: full,
    rubric: input.rubric,
    rubrics: input.rubrics,
    prompt: input.prompt,
  });
  const question = full.sentences.map((s) => isQuestion(s.raw));
  const drop = full.sentences.map((_, i) => copy.bySentence[i] !== null || question[i]!);
  const questions = question.filter(Boolean).length;
  const base = {
    copies: copy.counts,
    questions,
    sentences: full.sentences.length,
    originalWords: full.words,
  };
  if (!drop.some(Boolean)) return { index: full, text, ...base };
  const keptText = full.sentences
    .filter((_, i) => !drop[i])
    .map((s) => s.raw)
    .join('\n\n');
  return { index: indexText(keptText), text: keptText, ...base };
}

const SOURCE_TEXT: Record<CopySource, string> = {
  rubric: 'the rubric',
  brief: "the prompt's brief",
  'model answer': 'the model answer',
};

/** One flag per kind of copy: "copied from the rubric" (or the brief), "copied from the model answer". */
export function copyFlags(copies: Record<CopySource, number>): Flag[] {
  const flags: Flag[] = [];
  const fromContent = (['rubric', 'brief'] as const).filter((k) => copies[k] > 0);
  if (fromContent.length)
    flags.push({
      kind: 'copied-rubric',
      detail: `Copied from ${fromContent.map((k) => `${SOURCE_TEXT[k]} (${copies[k]} sentence(s))`).join(' and ')}: earns nothing.`,
    });
  if (copies['model answer'] > 0)
    flags.push({
      kind: 'copied-model-answer',
      detail: `Copied from the model answer (${copies['model answer']} sentence(s)): earns nothing.`,
    });
  return flags;
}
