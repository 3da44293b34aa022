// The golden-set line format: one human-scored section answer per JSONL line. The prompt is inline,
// so a set may use prompts that are not built in.
import { z } from 'zod';
import { SectionIdSchema } from '../content-schema';

/** `gaming`: text that should earn nothing (copied rubric or model answer, salad, another prompt's answer). */
export const CASE_KINDS = ['normal', 'injection', 'gaming'] as const;

/** Development splits of a set: `train` and `dev` may tune a grader; `test` is only reported. */
export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const GoldenPromptSchema = z.object({
  id: z.string().min(1).max(120),
  title: z.string().min(1).max(200),
  brief: z.string().max(20_000),
});

export const GoldenCaseSchema = z.object({
  id: z.string().min(1).max(120),
  prompt: GoldenPromptSchema,
  section: SectionIdSchema,
  /** The candidate's Markdown for the section (untrusted; may be empty). */
  answer: z.string().max(200_000),
  /** The human score, set from the rubric's level descriptions. */
  score: z.number().int().min(0).max(4),
  /** `injection` when the answer carries text aimed at the grader; its score ignores that text. */
  kind: z.enum(CASE_KINDS),
  /** Sets split for development: `train` and `dev` may tune the grader, `test` is reported untouched. */
  split: z.enum(SPLITS).optional(),
});

export type GoldenCase = z.infer<typeof GoldenCaseSchema>;
export type GoldenPrompt = z.infer<typeof GoldenPromptSchema>;

/** A line that could not be used: its 1-based number and why (JSON error or zod field). */
export interface LineProblem {
  line: number;
  message: string;
}

interface GoldenParseResult {
  cases: GoldenCase[];
  problems: LineProblem[];
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(line)'}: ${i.message}`).join('; ');
}

/** Parses JSONL text. Blank lines are ignored; bad lines and duplicate ids are skipped and reported. */
export function parseGoldenJsonl(text: string): GoldenParseResult {
  const cases: GoldenCase[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (err) {
        problems.push({
          line,
          message: `invalid JSON (${err instanceof Error ? err.message : String(err)})`,
        });
        return;
      }
      const parsed = GoldenCaseSchema.safeParse(value);
      if (!parsed.success) {
        problems.push({ line, message: describe(parsed.error) });
        return;
      }
      const first = seen.get(parsed.data.id);
      if (first !== undefined) {
        problems.push({ line, message: `id: duplicate id "${parsed.data.id}" (first on line ${first})` });
        return;
      }
      seen.set(parsed.data.id, line);
      cases.push(parsed.data);
    });
  return { cases, problems };
}
