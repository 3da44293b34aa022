// Shapes the requests of one grading run: the run context every section shares, the shared messages
// (built once per response format), the request body for what the endpoint accepts, and usage/cost.
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { Grade, Usage } from '@/domain/grade-schema';
import type { GradeAllInput } from '@/domain/grading';
import type { EndpointProfile } from '@/domain/llm/endpoint-profile';
import type { FailureKind } from '@/domain/llm/failure';
import type { GradeCache } from '@/domain/llm/grade-cache';
import type { InjectionCheck } from '@/domain/llm/injection-check';
import { effectiveContextWindow } from '@/domain/llm/context-window';
import type { ChatMessage } from '@/domain/llm/grading-prompt';
import type { LlmConfig } from '@/domain/llm/llm-config';
import { estimateCostUsd } from '@/domain/llm/price-table';
import { planRequests, type RequestPlan } from '@/domain/llm/request-plan';
import { typicalTokens } from '@/domain/llm/token-estimate';
import { PROVIDER_PRESETS, type FormatMode } from '@/domain/llm/provider-presets';
import { GradeReplySchema } from '@/domain/llm/reply-schema';
import type { RetryPolicy } from '@/domain/llm/retry-policy';
import { SECTION_IDS, type SectionId } from '@/domain/sections';
import type { ChatClient } from './client';
import type { CompletionResult } from './stream-completion';

export type GradeEvent =
  | { type: 'started'; section: SectionId }
  | { type: 'first-token'; section: SectionId }
  | { type: 'retrying'; section: SectionId; attempt: number; delayMs: number; reason: string }
  | { type: 'done'; section: SectionId; grade: Grade; cached: boolean }
  | { type: 'error'; section: SectionId; kind: FailureKind; message: string };

/** Everything one grading run shares across its sections. */
export interface RunContext {
  cfg: LlmConfig;
  client: ChatClient;
  input: GradeAllInput;
  /** Random per run, the same in every request of the run so the prefix stays identical. */
  nonce: string;
  runtime: 'browser' | 'node';
  origin?: string;
  signal?: AbortSignal;
  cache?: GradeCache;
  fresh: boolean;
  policy: RetryPolicy;
  profile: { get(): EndpointProfile; learn(p: EndpointProfile): void };
  emit(event: GradeEvent): void;
  now(): number;
  /** The run's injection checks, computed once on first use (in the page's grading worker in a browser). */
  injectionChecks(): Promise<readonly InjectionCheck[]>;
}

const JSON_SCHEMA_FORMAT = (() => {
  const rf = zodResponseFormat(GradeReplySchema, 'section_grade');
  return { type: 'json_schema' as const, json_schema: { ...rf.json_schema } };
})();

/** The response_format as sent, so its tokens count against the context window. */
export function formatJsonOf(format: FormatMode): string {
  if (format === 'json_schema') return JSON.stringify(JSON_SCHEMA_FORMAT);
  if (format === 'json_object') return JSON.stringify({ type: 'json_object' });
  return '';
}

const planCache = new WeakMap<RunContext, Map<FormatMode, RequestPlan>>();

/** The run's requests for one response format, planned once to fit the context window. */
export function planFor(run: RunContext, format: FormatMode): RequestPlan {
  let byFormat = planCache.get(run);
  if (!byFormat) planCache.set(run, (byFormat = new Map()));
  let plan = byFormat.get(format);
  if (!plan) {
    const sections = run.input.sections.filter((id) => (run.input.answers[id] ?? '').trim());
    plan = planRequests(run.input, sections, {
      nonce: run.nonce,
      format,
      formatJson: formatJsonOf(format),
      contextWindow: effectiveContextWindow(run.cfg),
      maxOutputTokens: run.cfg.maxOutputTokens,
    });
    byFormat.set(format, plan);
  }
  return plan;
}

export function requestBody(
  run: RunContext,
  profile: EndpointProfile,
  messages: ChatMessage[],
  replyTokens: number = run.cfg.maxOutputTokens,
): ChatCompletionCreateParamsStreaming {
  const body: ChatCompletionCreateParamsStreaming & Record<string, unknown> = {
    model: run.cfg.model,
    messages,
    stream: true,
  };
  if (profile.temperature) body.temperature = 0;
  body[profile.maxTokensParam] = replyTokens;
  if (profile.streamOptions) body.stream_options = { include_usage: true };
  if (profile.promptCacheKey) body.prompt_cache_key = `design-dojo:${run.input.prompt.id}`;
  if (profile.format === 'json_schema') body.response_format = JSON_SCHEMA_FORMAT;
  if (profile.format === 'json_object') body.response_format = { type: 'json_object' };
  return body;
}

export function wholeAnswer(input: GradeAllInput): string {
  return [...SECTION_IDS.map((id) => input.answers[id] ?? ''), input.diagram].join('\n\n');
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export interface Tally {
  tokensIn: number;
  tokensOut: number;
  cachedTokens: number;
}

export function addUsage(tally: Tally, result: CompletionResult, sent: ChatMessage[]): void {
  if (result.usage) {
    tally.tokensIn += result.usage.promptTokens;
    tally.tokensOut += result.usage.completionTokens;
    tally.cachedTokens += result.usage.cachedTokens;
  } else {
    // Servers that send no usage still cost compute: estimate at ~4 characters per token.
    tally.tokensIn += typicalTokens(sent.map((m) => m.content).join('\n'));
    tally.tokensOut += typicalTokens(result.content + result.refusal);
  }
}

export function usageOf(run: RunContext, tally: Tally, startedAt: number, model: string): Usage {
  const local = PROVIDER_PRESETS[run.cfg.provider].local;
  const costUsd = local
    ? 0
    : (estimateCostUsd(tally, run.cfg.model, run.cfg.prices) ??
      estimateCostUsd(tally, model, run.cfg.prices));
  return { ...tally, latencyMs: Math.max(0, run.now() - startedAt), costUsd };
}
