import { z } from 'zod';

/** Flags the model may raise itself; `empty` and `unverified-evidence` are decided in code. */
const MODEL_FLAG_KINDS = [
  'possible-injection',
  'off-section',
  'off-prompt',
  'padding',
  'copied-rubric',
  'copied-model-answer',
  'unanswered-questions',
  'term-salad',
] as const;

/**
 * The one schema for an LLM grade reply: it builds the `response_format` sent to the server and parses
 * the reply. Key order is generation order (evidence -> reasoning -> criteria -> missing -> score ->
 * nextStep -> followUp -> flags), so the model quotes and reasons before it scores. No string length
 * limits: strict mode does not enforce them everywhere and a long but valid reply is trimmed, not failed.
 */
export const GradeReplySchema = z.object({
  evidence: z
    .array(z.string())
    .describe('Verbatim quotes (a sentence or clause each, copied exactly) from the graded section.'),
  reasoning: z.string().describe('How the quotes meet or miss the rubric levels for this section.'),
  criteria: z
    .array(
      z.object({
        id: z.string().describe('The criterion id from the rubric.'),
        verdict: z.enum(['met', 'partial', 'missing']),
        found: z.string().describe('What the section does for this criterion.'),
        missing: z.string().describe('What it would need to fully meet it; empty when met.'),
      }),
    )
    .describe('One entry per rubric criterion of this section, using its id.'),
  missing: z.array(z.string()).describe('The most important things a strong answer would add.'),
  score: z.number().int().min(0).max(4).describe('0-4, matching the level descriptions.'),
  nextStep: z.string().describe('One concrete thing to do next to improve this section.'),
  followUp: z.string().nullable().describe('One follow-up question an interviewer would ask next.'),
  flags: z
    .array(z.object({ kind: z.enum(MODEL_FLAG_KINDS), detail: z.string() }))
    .describe('Only when they apply; usually empty.'),
});
export type GradeReply = z.infer<typeof GradeReplySchema>;

/** The schema as JSON Schema, for servers that only get it spelled out in the prompt. */
export function gradeReplyJsonSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(GradeReplySchema) as Record<string, unknown>;
  return schema;
}

/**
 * The JSON text of a reply. The reply as it is (or its outermost object) is tried first, because a
 * valid grade may quote an answer's own ``` fences inside its strings; a fenced block is the fallback
 * for models that wrap their JSON in Markdown.
 */
function extractJsonText(raw: string): string {
  // Reasoning models served locally sometimes emit <think>...</think> before the JSON.
  const text = raw.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const outer = outermostObject(text);
  if (parsesAsJson(outer)) return outer;
  const fenced = text.match(/```(?:json|JSON)?[ \t]*\n([\s\S]*?)\n[ \t]*```/);
  if (fenced?.[1] !== undefined) return outermostObject(fenced[1].trim());
  return outer;
}

function outermostObject(text: string): string {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start ? text.slice(start, end + 1) : text;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

type ReplyParse = { ok: true; reply: GradeReply } | { ok: false; error: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 6)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Parses a reply with the grade schema; an invalid reply is an error, never a score. */
export function parseGradeReply(raw: string): ReplyParse {
  if (!raw.trim()) return { ok: false, error: 'the reply was empty' };
  let json: unknown;
  try {
    json = JSON.parse(extractJsonText(raw));
  } catch (err) {
    return {
      ok: false,
      error: `the reply is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  const parsed = GradeReplySchema.safeParse(json);
  return parsed.success
    ? { ok: true, reply: parsed.data }
    : { ok: false, error: `the JSON does not match the grade schema (${describeIssues(parsed.error)})` };
}
