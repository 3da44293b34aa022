// Grades one section against an OpenAI-compatible endpoint: cache lookup, request, format fallback,
// retries, one repair round, and the checks that turn a reply into a Grade.
import { GradeSchema, type Grade } from '@/domain/grade-schema';
import type { GradeOutcome } from '@/domain/grading';
import { detectInjection } from '@/domain/injection';
import { adaptToRejection } from '@/domain/llm/endpoint-profile';
import { explainFailure, type Failure } from '@/domain/llm/failure';
import { emptySectionGrade, gradeFromReply } from '@/domain/llm/grade-from-reply';
import { gradeCacheKey } from '@/domain/llm/grade-cache';
import { buildRepairMessages, buildSectionAsk, type ChatMessage } from '@/domain/llm/grading-prompt';
import { parseGradeReply } from '@/domain/llm/reply-schema';
import { retryDelayMs } from '@/domain/llm/retry-policy';
import type { SectionId } from '@/domain/sections';
import { LlmFailure } from './client';
import {
  addUsage,
  requestBody,
  sharedMessages,
  sleep,
  usageOf,
  wholeAnswer,
  type RunContext,
  type Tally,
} from './grading-request';
import { streamCompletion, type CompletionResult } from './stream-completion';

export type { GradeEvent, RunContext } from './grading-request';

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
  let attempts = 0;
  const fail = (failure: Failure): GradeOutcome => {
    const message = explainFailure(failure, {
      provider: cfg.provider,
      baseUrl: cfg.baseUrl,
      model: cfg.model,
      runtime: run.runtime,
      ...(run.origin ? { origin: run.origin } : {}),
      timeoutMs: cfg.timeoutMs,
      maxOutputTokens: cfg.maxOutputTokens,
      attempts,
      apiKey: cfg.apiKey,
    });
    run.emit({ type: 'error', section, kind: failure.kind, message });
    return { section, ok: false, error: message };
  };
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
  });
  if (run.cache && !run.fresh) {
    try {
      const hit = GradeSchema.safeParse(await run.cache.get(key));
      if (hit.success && hit.data.section === section) return succeed(hit.data, true);
    } catch {
      // A broken cache must not stop grading: fall through to a fresh request.
    }
  }

  const ask = buildSectionAsk(input, section, run.nonce);
  let profile = run.profile.get();
  let tail: ChatMessage[] = [];
  let retries = 0;
  let timeouts = 0;
  let adaptations = 0;
  let repaired = false;
  let firstToken = false;
  const tally: Tally = { tokensIn: 0, tokensOut: 0, cachedTokens: 0 };
  const startedAt = run.now();
  /** Waits before the next attempt when the policy allows one; false means give up. */
  const backOff = async (failure: Failure): Promise<boolean> => {
    if (failure.kind === 'timeout') timeouts++;
    const delay = retryDelayMs(failure, retries + 1, run.policy, Math.random(), timeouts);
    if (delay === null) return false;
    retries++;
    run.emit({ type: 'retrying', section, attempt: attempts + 1, delayMs: delay, reason: failure.kind });
    await sleep(delay, run.signal);
    return true;
  };

  for (;;) {
    if (run.signal?.aborted) return fail({ kind: 'aborted' });
    const messages = [...sharedMessages(run, profile.format), ask, ...tail];
    attempts++;
    let result: CompletionResult;
    try {
      result = await streamCompletion(run.client, requestBody(run, profile, messages), {
        ...(run.signal ? { signal: run.signal } : {}),
        idleTimeoutMs: cfg.timeoutMs,
        onFirstToken: () => {
          if (firstToken) return;
          firstToken = true;
          run.emit({ type: 'first-token', section });
          onFirstToken();
        },
      });
    } catch (err) {
      const failure =
        err instanceof LlmFailure ? err.failure : ({ kind: 'unknown', detail: String(err) } as Failure);
      if (failure.kind === 'aborted') return fail(failure);
      const adapted =
        failure.kind === 'bad-request' &&
        adaptations < 5 &&
        adaptToRejection(profile, failure.detail ?? '', cfg.provider);
      if (adapted) {
        adaptations++;
        attempts--;
        profile = adapted;
        run.profile.learn(adapted);
        continue;
      }
      if (!(await backOff(failure))) return fail(failure);
      continue;
    }
    addUsage(tally, result, messages);
    if (result.refusal.trim() || result.finishReason === 'content_filter') {
      return fail({ kind: 'refusal', detail: result.refusal.trim() || 'the provider filtered the reply' });
    }
    const parsed = parseGradeReply(result.content);
    if (!parsed.ok && !result.finishReason) {
      // The stream stopped without a finish reason: a cut connection, worth a retry, not a repair.
      const failure: Failure = { kind: 'truncated', detail: 'the stream ended without a finish reason' };
      if (!(await backOff(failure))) return fail(failure);
      continue;
    }
    if (!parsed.ok) {
      if (result.finishReason === 'length') return fail({ kind: 'length' });
      if (!repaired) {
        repaired = true;
        tail = buildRepairMessages(result.content, parsed.error);
        continue;
      }
      return fail({ kind: 'invalid-output', detail: parsed.error });
    }
    run.profile.learn(profile);
    const injection = detectInjection(text);
    const grade = gradeFromReply(parsed.reply, {
      section,
      text,
      wholeAnswer: wholeAnswer(input),
      rubric,
      model: result.model ?? cfg.model,
      endpoint,
      usage: usageOf(run, tally, startedAt, result.model ?? cfg.model),
      injection,
      now: input.now,
    });
    try {
      await run.cache?.set(key, grade);
    } catch {
      // Not caching is only slower next time.
    }
    return succeed(grade, false);
  }
}
