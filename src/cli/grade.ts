// `npm run grade -- <answer.md> --prompt <id> [--grader offline|llm] [--base-url URL] [--model M]
//   [--context-window N] [--samples 3] [--json]`
// Grades a Markdown answer (## <Section title> headings, optional ## Architecture diagram) offline or
// with an OpenAI-compatible model. The key comes from OPENAI_API_KEY and is never printed.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAnswerMarkdown } from '@/domain/answer-markdown';
import { countsTowardTotal } from '@/domain/evidence';
import { flagNames } from '@/domain/grade-schema';
import type { GradeAllInput, GradeOutcome } from '@/domain/grading';
import { MIN_CONTEXT_WINDOW } from '@/domain/llm/context-window';
import { redactUrl, scrubSecret, urlHasCredentials } from '@/domain/llm/failure';
import { scoreSpread } from '@/domain/llm/grade-adjust';
import { estimateGrading } from '@/domain/llm/grading-estimate';
import { describeEstimate } from '@/domain/llm/token-estimate';
import { LlmConfigSchema } from '@/domain/llm/llm-config';
import { inferProvider, PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';
import { MAX_SCORE, SECTION_IDS, sectionMeta } from '@/domain/sections';
import { gradeWithLlm } from '@/lib/llm/grade-with-llm';
import { loadContentFromDisk } from '@/lib/node/content-files';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

const USAGE = `Usage: npm run grade -- <answer.md> --prompt <id> [--grader offline|llm] [--base-url URL] [--model M]
  [--context-window N] [--samples 1|3] [--concurrency N] [--fresh] [--json]
The answer file uses "## <Section title>" headings (e.g. "## User task", "## Data sources") and may end with
"## Architecture diagram" holding a \`\`\`mermaid block. For --grader llm the key is read from OPENAI_API_KEY.
--context-window is the tokens the server keeps (prompt + reply), e.g. 4096 for a stock Ollama; requests are
planned to fit it. --samples 3 grades each section three times and keeps the median.`;

function cell(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function printTable(outcomes: GradeOutcome[], io: CliIo): void {
  io.out(`${cell('Section', 16)}  ${cell('Score', 5)}  ${cell('Flags', 44)}  Next step`);
  io.out(`${'-'.repeat(16)}  ${'-'.repeat(5)}  ${'-'.repeat(44)}  ${'-'.repeat(40)}`);
  for (const o of outcomes) {
    const title = sectionMeta(o.section).title;
    if (o.ok) {
      const spread = scoreSpread(o.grade);
      const notes = [
        ...flagNames(o.grade),
        ...(spread ? [`samples ${spread.text}${spread.uncertain ? ' (uncertain)' : ''}`] : []),
        ...(o.grade.cappedFrom !== undefined ? [`capped from ${o.grade.cappedFrom}`] : []),
        ...(countsTowardTotal(o.grade) ? [] : ['not counted']),
      ];
      io.out(
        `${cell(title, 16)}  ${cell(`${o.grade.score}/${MAX_SCORE}`, 5)}  ${cell(notes.join(', ') || '-', 44)}  ${cell(o.grade.nextStep, 90)}`,
      );
    } else {
      io.out(`${cell(title, 16)}  ${cell('error', 5)}  ${cell('-', 44)}  ${o.error}`);
    }
  }
}

function totals(outcomes: GradeOutcome[]) {
  const graded = outcomes.flatMap((o) => (o.ok ? [o.grade] : []));
  const counted = graded.filter(countsTowardTotal);
  return {
    score: counted.reduce((s, g) => s + g.score, 0),
    max: SECTION_IDS.length * MAX_SCORE,
    graded: counted.length,
    failed: outcomes.length - graded.length,
    /** Graded, but resting on no verified quote: shown, not counted. */
    notCounted: graded.length - counted.length,
    /** Scores capped because text aimed at the grader was found. */
    capped: graded.filter((g) => g.cappedFrom !== undefined).length,
    uncertain: graded.filter((g) => scoreSpread(g)?.uncertain).length,
  };
}

function totalNotes(t: ReturnType<typeof totals>): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const notes = [
    t.failed ? `${plural(t.failed, 'section', 'sections')} failed` : '',
    t.notCounted
      ? `${plural(t.notCounted, 'grade', 'grades')} not counted: no quote verified in the answer`
      : '',
    t.capped
      ? `${plural(t.capped, 'section', 'sections')} capped: text aimed at the grader was found, so only the rest of the section counts`
      : '',
    t.uncertain ? `${plural(t.uncertain, 'section', 'sections')} uncertain: samples differ by 2 or more` : '',
  ].filter(Boolean);
  return notes.length ? ` (${notes.join('; ')})` : '';
}

/** Reads the answer file, or says in one line why it cannot. */
function readAnswerFile(file: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    if (statSync(file).isDirectory()) return { ok: false, error: `${file} is a folder, not an answer file.` };
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'File not found'
        : code === 'ELOOP'
          ? 'Symbolic link loop'
          : code === 'EACCES' || code === 'EPERM'
            ? 'Permission denied'
            : code === 'EISDIR'
              ? 'A folder, not a file'
              : `Cannot read it (${code ?? (err instanceof Error ? err.message : String(err))})`;
    return { ok: false, error: `${why}: ${file}` };
  }
}

/** Runs the CLI and returns the exit code (0 ok, 1 grading or input error, 2 usage error). */
export async function runGradeCli(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        prompt: { type: 'string' },
        grader: { type: 'string', default: 'offline' },
        'base-url': { type: 'string' },
        model: { type: 'string' },
        concurrency: { type: 'string' },
        'context-window': { type: 'string' },
        samples: { type: 'string' },
        fresh: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.err(`Give exactly one answer file.\n${USAGE}`);
    return 2;
  }
  if (values.grader !== 'offline' && values.grader !== 'llm') {
    io.err(`--grader must be "offline" or "llm", not "${values.grader}".`);
    return 2;
  }
  const contextWindow = values['context-window'] === undefined ? undefined : Number(values['context-window']);
  if (
    contextWindow !== undefined &&
    (!Number.isInteger(contextWindow) || contextWindow < MIN_CONTEXT_WINDOW)
  ) {
    io.err(`--context-window must be a whole number of tokens, at least ${MIN_CONTEXT_WINDOW} (e.g. 4096).`);
    return 2;
  }
  const samples = values.samples === undefined ? 1 : Number(values.samples);
  if (samples !== 1 && samples !== 3) {
    io.err('--samples must be 1 or 3.');
    return 2;
  }
  if (values.grader === 'offline' && (contextWindow !== undefined || samples !== 1)) {
    io.err('--context-window and --samples apply only to --grader llm.');
    return 2;
  }
  const read = readAnswerFile(file);
  if (!read.ok) {
    io.err(read.error);
    return 1;
  }
  const parsed = parseAnswerMarkdown(read.text);
  for (const w of (parsed as { warnings?: string[] }).warnings ?? []) io.err(`Warning: ${file}, ${w}`);
  const content = loadContentFromDisk();
  const validIds = content.prompts.map((p) => p.id).sort();
  const promptId = values.prompt ?? parsed.promptId;
  if (!promptId) {
    io.err(`Give the prompt with --prompt <id>. Valid ids: ${validIds.join(', ')}`);
    return 2;
  }
  const prompt = content.prompts.find((p) => p.id === promptId);
  if (!prompt) {
    io.err(
      `Unknown prompt id "${promptId}". Valid ids: ${validIds.join(', ') || '(none: prompts/ is empty)'}`,
    );
    return 1;
  }
  const missingRubrics = SECTION_IDS.filter((id) => !content.rubrics[id]);
  if (missingRubrics.length) {
    io.err(
      `Rubrics are missing or invalid for: ${missingRubrics.join(', ')}. Run npm run test:content for details.`,
    );
    return 1;
  }
  if (parsed.sectionsFound.length === 0) {
    io.err(
      `No sections found in ${file}. Use "## <Section title>" headings, one per section: ${SECTION_IDS.map((id) => `"## ${sectionMeta(id).title}"`).join(', ')}.`,
    );
    return 1;
  }
  const input: GradeAllInput = {
    prompt,
    rubrics: content.rubrics,
    otherPrompts: content.prompts.filter((p) => p.id !== prompt.id),
    answers: parsed.answers,
    diagram: parsed.diagram,
    sections: SECTION_IDS,
    now: Date.now(),
  };

  let outcomes: GradeOutcome[];
  let graderLabel = 'offline';
  if (values.grader === 'offline') {
    outcomes = gradeAllOffline(input);
  } else {
    const baseUrl = values['base-url'] ?? io.env.OPENAI_BASE_URL ?? PROVIDER_PRESETS.openai.baseUrl;
    if (urlHasCredentials(baseUrl)) {
      io.err(
        `The base URL ${redactUrl(baseUrl)} carries credentials; they would end up in logs and reports. Remove them and put the key in OPENAI_API_KEY.`,
      );
      return 2;
    }
    const provider = inferProvider(baseUrl);
    const apiKey = io.env.OPENAI_API_KEY ?? '';
    if (PROVIDER_PRESETS[provider].apiKey === 'required' && !apiKey) {
      io.err(`Set OPENAI_API_KEY to grade with ${PROVIDER_PRESETS[provider].label} (${baseUrl}).`);
      return 1;
    }
    const cfgParse = LlmConfigSchema.safeParse({
      provider,
      baseUrl,
      apiKey,
      model: values.model ?? io.env.OPENAI_MODEL ?? PROVIDER_PRESETS[provider].exampleModels[0] ?? '',
      ...(values.concurrency ? { maxConcurrency: Number(values.concurrency) } : {}),
      ...(contextWindow !== undefined ? { contextWindow } : {}),
      samples,
    });
    if (!cfgParse.success) {
      io.err(
        scrubSecret(
          `Invalid LLM settings: ${cfgParse.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          apiKey,
        ),
      );
      return 2;
    }
    const cfg = cfgParse.data;
    graderLabel = `llm ${cfg.model} at ${cfg.baseUrl}`;
    io.err(
      `Grading ${SECTION_IDS.length} sections with ${cfg.model} at ${cfg.baseUrl}: ${describeEstimate(estimateGrading(input, cfg)).replace('in Settings', 'in the default price table')}…`,
    );
    outcomes = await gradeWithLlm({
      cfg,
      input,
      fresh: values.fresh,
      ...(io.signal ? { signal: io.signal } : {}),
      onEvent: (e) => {
        const title = sectionMeta(e.section).title;
        if (e.type === 'done')
          io.err(`  ${title}: ${e.grade.score}/${MAX_SCORE}${e.cached ? ' (cached)' : ''}`);
        if (e.type === 'error') io.err(`  ${title}: error`);
        if (e.type === 'retrying')
          io.err(`  ${title}: retrying in ${Math.round(e.delayMs / 100) / 10} s (${e.reason})`);
      },
    });
  }

  const total = totals(outcomes);
  if (values.json) {
    io.out(JSON.stringify({ promptId: prompt.id, file, grader: graderLabel, total, outcomes }, null, 2));
  } else {
    io.out(`${prompt.title} (${prompt.id}), graded ${graderLabel}\n`);
    printTable(outcomes, io);
    io.out(`\nTotal: ${total.score}/${total.max}${totalNotes(total)}`);
    if (parsed.unknownHeadings.length)
      io.err(`Note: headings that name no section were kept as text: ${parsed.unknownHeadings.join(', ')}`);
  }
  return total.failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.exitCode = await runGradeCli(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    env: process.env,
    signal: controller.signal,
  });
}
