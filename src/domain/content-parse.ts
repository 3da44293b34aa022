import type { z } from 'zod';
import { FrontMatterError, splitFrontMatter } from './front-matter.ts';
import {
  PromptFrontMatterSchema,
  RubricFrontMatterSchema,
  type Prompt,
  type Rubric,
  type RubricSet,
} from './content-schema.ts';
import { SECTION_IDS } from './sections.ts';

/** A content file that failed to parse: the message names the file and the field. */
export class ContentError extends Error {
  constructor(
    readonly origin: string,
    readonly issues: string[],
  ) {
    super(`${origin}: ${issues.join('; ')}`);
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(front matter)'}: ${i.message}`);
}

function parseDoc<T extends z.ZodType>(
  raw: string,
  origin: string,
  schema: T,
): { data: z.infer<T>; body: string } {
  let doc;
  try {
    doc = splitFrontMatter(raw);
  } catch (err) {
    throw new ContentError(origin, [err instanceof FrontMatterError ? err.message : String(err)]);
  }
  const parsed = schema.safeParse(doc.data);
  if (!parsed.success) throw new ContentError(origin, describeIssues(parsed.error));
  return { data: parsed.data, body: doc.body };
}

/** Parses one prompt file. Throws ContentError naming the file and field. */
export function parsePrompt(raw: string, origin: string): Prompt {
  const { data, body } = parseDoc(raw, origin, PromptFrontMatterSchema);
  if (body.length < 80) throw new ContentError(origin, ['body: the brief must be at least 80 characters']);
  const expectedName = `${data.id}.md`;
  if (origin.includes('/') && !origin.endsWith(`/${expectedName}`)) {
    throw new ContentError(origin, [`id: "${data.id}" must match the file name (${expectedName})`]);
  }
  return { ...data, body, origin };
}

/** Parses one rubric file. Throws ContentError naming the file and field. */
export function parseRubric(raw: string, origin: string): Rubric {
  const { data, body } = parseDoc(raw, origin, RubricFrontMatterSchema);
  if (origin.includes('/') && !origin.endsWith(`/${data.section}.md`)) {
    throw new ContentError(origin, [
      `section: "${data.section}" must match the file name (${data.section}.md)`,
    ]);
  }
  return { ...data, body, origin };
}

const MISSING_RUBRIC = 'missing rubric for this section';

/** True for the error parseContent reports for a section that has no rubric file. */
export function isMissingRubric(error: ContentError): boolean {
  return error.issues.length === 1 && error.issues[0] === MISSING_RUBRIC;
}

export interface ContentLoadResult {
  prompts: Prompt[];
  rubrics: RubricSet;
  errors: ContentError[];
}

/** Parses every prompt and rubric; collects all errors instead of stopping at the first. */
export function parseContent(
  promptFiles: Record<string, string>,
  rubricFiles: Record<string, string>,
): ContentLoadResult {
  const errors: ContentError[] = [];
  const prompts: Prompt[] = [];
  for (const [path, raw] of Object.entries(promptFiles)) {
    try {
      prompts.push(parsePrompt(raw, path));
    } catch (err) {
      errors.push(err instanceof ContentError ? err : new ContentError(path, [String(err)]));
    }
  }
  const seen = new Set<string>();
  for (const p of prompts) {
    if (seen.has(p.id)) errors.push(new ContentError(p.origin, [`id: duplicate prompt id "${p.id}"`]));
    seen.add(p.id);
  }
  const rubrics: Partial<RubricSet> = {};
  for (const [path, raw] of Object.entries(rubricFiles)) {
    try {
      const r = parseRubric(raw, path);
      rubrics[r.section] = r;
    } catch (err) {
      errors.push(err instanceof ContentError ? err : new ContentError(path, [String(err)]));
    }
  }
  for (const id of SECTION_IDS) {
    if (!rubrics[id]) errors.push(new ContentError(`rubrics/${id}.md`, [MISSING_RUBRIC]));
  }
  const SOURCE_ORDER = { interview: 0, portfolio: 1, community: 2 };
  prompts.sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.title.localeCompare(b.title));
  return { prompts, rubrics: rubrics as RubricSet, errors };
}
