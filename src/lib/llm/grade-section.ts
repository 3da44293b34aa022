// Grades one section against an OpenAI-compatible endpoint: cache lookup, the planned request, and the
// loop that carries out what src/domain/llm/attempt-decision.ts decides (adapt, retry, repair, fail),
// then the checks that turn a reply into a Grade. With samples = 3 it asks three times and keeps the median.
import { GradeSchema, type Grade } from '@/domain/grade-schema';
import type { GradeOutcome } from '@/domain/grading';
import {
  decideNext,
  INITIAL_ATTEMPT_STATE,
  type AttemptOutcome,
  type AttemptState,
} from '@/domain/llm/attempt-decision';
import { contextFix, effectiveContextWindow } from '@/domain/llm/context-window';
import { explainFailure, type Failure } from '@/domain/llm/failure';
import { capInjectedScore, combineSamples, scrubGradeText } from '@/domain/llm/grade-adjust';
import { emptySectionGrade, gradeFromReply } from '@/domain/llm/grade-from-reply';
import { gradeCacheKey } from '@/domain/llm/grade-cache';
import { buildRepairMessages, type ChatMessage } from '@/domain/llm/grading-prompt';
import type { GradeReply } from '@/domain/llm/reply-schema';
import { requestTypicalTokens } from '@/domain/llm/token-estimate';
import type { SectionId } from '@/domain/sections';
import { LlmFailure } from './client';
import {
  addUsage,
  formatJsonOf,
  planFor,
  requestBody,
  sleep,
  usageOf,
  wholeAnswer,
  type RunContext,
  type Tally,
} from './grading-request';
import { streamCompletion, type CompletionResult } from './stream-completion';

export type { GradeEvent, RunContext } from './grading-request';

/** A section gets this many timeouts' worth of time in all, retries included. */
const DEADLINE_TIMEOUTS = 4;

type Asked = { ok: true; reply: GradeReply; model: string | null } | { ok: false; failure: Failure };

interface Attempting {
  run: RunContext;
  section: SectionId;
  tally: Tally;
  deadlineAt: number;
  attempts: number;
  replyTokens: number;
  onFirstToken: () => void;
}

/** One sample: requests until the decision function accepts a reply or gives up. */
async function askOnce(a: Attempting, baseMessages: ChatMessage[]): Promise<Asked> {
  const { run, section } = a;
  let profile = run.profile.get();
  let state: AttemptState = INITIAL_ATTEMPT_STATE;
  let tail: ChatMessage[] = [];
  let firstToken = false;
  let messages = baseMessages;
  for (;;) {
    if (run.signal?.aborted) return { ok: false, failure: { kind: 'aborted' } };
    const remaining = a.deadlineAt - run.now();
    if (remaining <= 0) return { ok: false, failure: { kind: 'deadline' } };
    const plan = planFor(run, profile.format);
    const planned = plan.requests.find((r) => r.section === section);
    if (planned?.ok) messages = planned.messages;
    const sent = [...messages, ...tail];
    a.attempts++;
    let outcome: AttemptOutcome;
    let result: CompletionResult | null = null;
    try {
      result = await streamCompletion(run.client, requestBody(run, profile, sent, plan.replyTokens), {
        ...(run.signal ? { signal: run.signal } : {}),
        idleTimeoutMs: run.cfg.timeoutMs,
        deadlineMs: remaining,
        onFirstToken: () => {
          if (firstToken) return;
          firstToken = true;
          run.emit({ type: 'first-token', section });
          a.onFirstToken();
        },
      });
      addUsage(a.tally, result, sent);
      outcome = {
        type: 'replied',
        content: result.content,
        refusal: result.refusal,
        finishReason: result.finishReason,
        promptTokens: result.usage?.promptTokens ?? null,
        sentTokens: requestTypicalTokens(sent, formatJsonOf(profile.format)),
      };
    } catch (err) {
      const failure: Failure =
        err instanceof LlmFailure ? err.failure : { kind: 'unknown', detail: String(err) };
      outcome = { type: 'failed', failure };
    }
    const [decision, next] = decideNext(outcome, state, {
      policy: run.policy,
      provider: run.cfg.provider,
      profile,
      random: Math.random(),
    });
    state = next;
    switch (decision.action) {
      case 'accept':
        run.profile.learn(profile);
        return { ok: true, reply: decision.reply, model: result?.model ?? null };
      case 'adapt':
        a.attempts--;
        profile = decision.profile;
        run.profile.learn(profile);
        break;
      case 'retry':
        if (decision.delayMs >= a.deadlineAt - run.now()) return { ok: false, failure: { kind: 'deadline' } };
        run.emit({
          type: 'retrying',
          section,
          attempt: a.attempts + 1,
          delayMs: decision.delayMs,
          reason: decision.failure.kind,
        });
        await sleep(decision.delayMs, run.signal);
        break;
      case 'repair':
        // Room for the bad output: what the window has left after the request and the reply reserve.
        tail = buildRepairMessages(
          decision.badOutput,
          decision.error,
          Math.min(8_000, Math.max(0, plan.promptBudget - (planned?.promptTokens ?? 0)) * 3),
        );
        break;
      case 'fail':
        return { ok: false, failure: decision.failure };
    }
  }
}

/** Grades one section; never throws: every failure becomes an error outcome with a plain message. */
export async function gradeSection(
  run: RunContext,
  section: SectionId,
  onFirstToken: () => void,
): Promise<GradeOutcome> {
  const { cfg, input } = run;
  const text = input.answers[section] ?? '';
  const rubric = input.rubrics[section];
  const endpoint = cfg.baseUrl;
  const contextWindow = effectiveContextWindow(cfg);
  const deadlineMs = cfg.timeoutMs * DEADLINE_TIMEOUTS;
  const a: Attempting = {
    run,
    section,
    tally: { tokensIn: 0, tokensOut: 0, cachedTokens: 0 },
    deadlineAt: run.now() + deadlineMs,
    attempts: 0,
    replyTokens: cfg.maxOutputTokens,
    onFirstToken,
  };
  const failWith = (message: string, kind: Failure['kind']): GradeOutcome => {
    run.emit({ type: 'error', section, kind, message });
    return { section, ok: false, error: message };
  };
  const fail = (failure: Failure): GradeOutcome =>
    failWith(
      explainFailure(failure, {
        provider: cfg.provider,
        baseUrl: cfg.baseUrl,
        model: cfg.model,
        runtime: run.runtime,
        ...(run.origin ? { origin: run.origin } : {}),
        timeoutMs: cfg.timeoutMs,
        maxOutputTokens: a.replyTokens,
        contextWindow,
        deadlineMs,
        attempts: a.attempts,
        apiKey: cfg.apiKey,
      }),
      failure.kind,
    );
  const succeed = (grade: Grade, cached: boolean): GradeOutcome => {
    run.emit({ type: 'done', section, grade, cached });
    return { section, ok: true, grade };
  };

  run.emit({ type: 'started', section });
  if (!text.trim()) {
    return succeed(
      emptySectionGrade({ section, text, rubric, model: cfg.model, endpoint, now: input.now }),
      false,
    );
  }
  const key = gradeCacheKey({
    baseUrl: cfg.baseUrl,
    model: cfg.model,
    rubricVersion: rubric.version,
    promptId: input.prompt.id,
    section,
    sectionText: text,
    diagram: input.diagram,
    samples: cfg.samples,
  });
  if (run.cache && !run.fresh) {
    try {
      const hit = GradeSchema.safeParse(await run.cache.get(key));
      if (hit.success && hit.data.section === section) return succeed(hit.data, true);
    } catch {
      // A broken cache must not stop grading: fall through to a fresh request.
    }
  }

  const plan = planFor(run, run.profile.get().format);
  a.replyTokens = plan.replyTokens;
  const planned = plan.requests.find((r) => r.section === section);
  if (!planned || !planned.ok) {
    const why = planned?.error ?? 'This section was not planned.';
    return failWith(
      `${why} Nothing was sent: ${contextFix(cfg.provider, contextWindow)}.`,
      'context-overflow',
    );
  }

  const startedAt = run.now();
  // Started now, so the detector runs while the model thinks; awaited when the first reply is in.
  const checking = run.injectionChecks();
  const grades: Grade[] = [];
  for (let i = 0; i < cfg.samples; i++) {
    const asked = await askOnce(a, planned.messages);
    if (!asked.ok) return fail(asked.failure);
    const check = (await checking).find((c) => c.section === section);
    grades.push(
      gradeFromReply(asked.reply, {
        section,
        text,
        wholeAnswer: wholeAnswer(input),
        rubric,
        model: asked.model ?? cfg.model,
        endpoint,
        usage: usageOf(run, a.tally, startedAt, asked.model ?? cfg.model),
        injection: check?.injection ?? { detected: false, reasons: [] },
        now: input.now,
      }),
    );
  }
  // A hostile or careless endpoint may echo the key (e.g. the Authorization header) in its reply.
  let grade = scrubGradeText(combineSamples(grades), cfg.apiKey);
  const restScore = (await checking).find((c) => c.section === section)?.offlineScore ?? null;
  if (restScore !== null) grade = capInjectedScore(grade, restScore);
  try {
    await run.cache?.set(key, grade);
  } catch {
    // Not caching is only slower next time.
  }
  return succeed(grade, false);
}
