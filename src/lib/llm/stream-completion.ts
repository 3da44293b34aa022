// Streams one chat completion through the SDK with an idle timeout and the caller's AbortSignal,
// collecting content, refusal, finish reason and usage. Every failure leaves as an LlmFailure.
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { classifyError, LlmFailure, type ChatClient } from './client';

export interface CompletionResult {
  content: string;
  refusal: string;
  finishReason: string | null;
  usage: { promptTokens: number; completionTokens: number; cachedTokens: number } | null;
  model: string | null;
}

interface StreamOptions {
  signal?: AbortSignal;
  /** Give up when no byte arrives for this long (covers servers that accept and then hang). */
  idleTimeoutMs: number;
  /** Give up when the whole reply has not arrived within this long, however steadily bytes trickle in. */
  deadlineMs?: number;
  onFirstToken?: () => void;
}

export async function streamCompletion(
  client: ChatClient,
  body: ChatCompletionCreateParamsStreaming,
  opts: StreamOptions,
): Promise<CompletionResult> {
  const controller = new AbortController();
  let timedOut = false;
  let streaming = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.idleTimeoutMs);
  };
  let deadlineHit = false;
  const deadline =
    opts.deadlineMs !== undefined
      ? setTimeout(() => {
          deadlineHit = true;
          controller.abort();
        }, opts.deadlineMs)
      : undefined;
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) controller.abort();

  const result: CompletionResult = { content: '', refusal: '', finishReason: null, usage: null, model: null };
  let sawToken = false;
  const fail = (err: unknown) =>
    new LlmFailure(
      deadlineHit && !opts.signal?.aborted
        ? { kind: 'deadline' }
        : classifyError(err, {
            timedOut,
            userAborted: opts.signal?.aborted ?? false,
            streaming,
          }),
    );
  try {
    arm();
    const stream = await client.chat.completions.create(body, {
      signal: controller.signal,
      timeout: opts.idleTimeoutMs,
    });
    streaming = true;
    for await (const chunk of stream) {
      arm();
      if (chunk.model) result.model = chunk.model;
      if (chunk.usage) {
        result.usage = {
          promptTokens: chunk.usage.prompt_tokens ?? 0,
          completionTokens: chunk.usage.completion_tokens ?? 0,
          cachedTokens: chunk.usage.prompt_tokens_details?.cached_tokens ?? 0,
        };
      }
      const choice = chunk.choices[0];
      if (!choice) continue;
      const delta = choice.delta as { content?: string | null; refusal?: string | null } | undefined;
      if (delta?.content) result.content += delta.content;
      if (delta?.refusal) result.refusal += delta.refusal;
      if (!sawToken && (delta?.content || delta?.refusal)) {
        sawToken = true;
        opts.onFirstToken?.();
      }
      if (choice.finish_reason) result.finishReason = choice.finish_reason;
    }
  } catch (err) {
    throw fail(err);
  } finally {
    clearTimeout(timer);
    clearTimeout(deadline);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  // The SDK ends the iteration quietly when its signal fires, so the cause is checked here.
  if (opts.signal?.aborted) throw new LlmFailure({ kind: 'aborted' });
  if (deadlineHit) throw new LlmFailure({ kind: 'deadline' });
  if (timedOut) throw new LlmFailure({ kind: 'timeout' });
  // No finish reason means the stream may have been cut; the caller decides from the content.
  return result;
}
