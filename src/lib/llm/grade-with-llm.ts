// Public entry point for LLM grading: one request per section, all in flight together under a
// concurrency limit, with the shared prefix first so providers can cache it.
import type { GradeAllInput, GradeOutcome } from '@/domain/grading';
import {
  endpointKey,
  initialProfile,
  type EndpointMemory,
  type EndpointProfile,
} from '@/domain/llm/endpoint-profile';
import type { GradeCache } from '@/domain/llm/grade-cache';
import { checkInjections, type InjectionCheck } from '@/domain/llm/injection-check';
import { scrubSecret } from '@/domain/llm/failure';
import {
  describeConfigProblem,
  LlmConfigSchema,
  type LlmConfig,
  type LlmConfigInput,
  type Strategy,
} from '@/domain/llm/llm-config';
import { FORMAT_MODES } from '@/domain/llm/provider-presets';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '@/domain/llm/retry-policy';
import { runScheduled } from '@/domain/llm/schedule';
import { createChatClient, detectRuntime, pageOrigin, type LlmTransport } from './client';
import { gradeSection, type GradeEvent, type RunContext } from './grade-section';

export type { GradeEvent } from './grade-section';

export interface GradeWithLlmOptions {
  cfg: LlmConfig | LlmConfigInput;
  input: GradeAllInput;
  signal?: AbortSignal;
  onEvent?: (event: GradeEvent) => void;
  cache?: GradeCache;
  /** Skip the cache lookup (the new grade is still stored). */
  fresh?: boolean;
  /** Overrides cfg.maxConcurrency. */
  concurrency?: number;
  /** Overrides cfg.strategy. */
  strategy?: Strategy;
  /** Where learnt request shapes are kept; a module-wide memory by default. */
  endpointMemory?: EndpointMemory;
  transport?: LlmTransport;
  retryPolicy?: Partial<RetryPolicy>;
  /**
   * Runs the injection checks (detector, and the offline score that caps a flagged section). In-process
   * by default; the page passes its grading worker, so the detector's first large patterns compile
   * off the main thread. If it fails, the checks run in-process.
   */
  checkInjections?: (input: GradeAllInput) => Promise<InjectionCheck[]>;
}

const defaultMemory = new Map<string, EndpointProfile>();

/** A memory of what each endpoint accepts, in memory for this page or process. */
export function createEndpointMemory(): EndpointMemory {
  const map = new Map<string, EndpointProfile>();
  return { get: (k) => map.get(k), set: (k, p) => void map.set(k, p) };
}

const DEFAULT_MEMORY: EndpointMemory = {
  get: (k) => defaultMemory.get(k),
  set: (k, p) => void defaultMemory.set(k, p),
};

/** Combines what two sections learnt at the same time: the more conservative choice wins. */
function mergeProfiles(a: EndpointProfile, b: EndpointProfile): EndpointProfile {
  return {
    format:
      FORMAT_MODES[Math.max(FORMAT_MODES.indexOf(a.format), FORMAT_MODES.indexOf(b.format))] ?? b.format,
    temperature: a.temperature && b.temperature,
    promptCacheKey: a.promptCacheKey && b.promptCacheKey,
    streamOptions: a.streamOptions && b.streamOptions,
    maxTokensParam: b.maxTokensParam,
  };
}

function randomNonce(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Grades the requested sections with an OpenAI-compatible model. Results arrive through `onEvent` as
 * each section finishes; the promise resolves with one outcome per section in `input.sections` order,
 * including errors (a cancelled run resolves too, with the unfinished sections as errors).
 * Throws only when the config itself is invalid.
 */
export async function gradeWithLlm(opts: GradeWithLlmOptions): Promise<GradeOutcome[]> {
  const parsed = LlmConfigSchema.safeParse(opts.cfg);
  if (!parsed.success)
    throw new Error(scrubSecret(describeConfigProblem(parsed.error), String(opts.cfg.apiKey ?? '')));
  const cfg = parsed.data;
  const memory = opts.endpointMemory ?? DEFAULT_MEMORY;
  const memKey = endpointKey(cfg.baseUrl, cfg.model);
  const origin = pageOrigin(opts.transport);
  let checks: Promise<readonly InjectionCheck[]> | undefined;
  const runChecks = async (): Promise<readonly InjectionCheck[]> => {
    try {
      return opts.checkInjections ? await opts.checkInjections(opts.input) : checkInjections(opts.input);
    } catch {
      return checkInjections(opts.input);
    }
  };
  const run: RunContext = {
    cfg,
    client: createChatClient(cfg, opts.transport),
    input: opts.input,
    nonce: randomNonce(),
    runtime: detectRuntime(opts.transport),
    ...(origin ? { origin } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.cache ? { cache: opts.cache } : {}),
    fresh: opts.fresh ?? false,
    policy: { ...DEFAULT_RETRY_POLICY, maxRetries: cfg.maxRetries, ...opts.retryPolicy },
    profile: {
      get: () => memory.get(memKey) ?? initialProfile(cfg.provider),
      learn: (p) => {
        const known = memory.get(memKey);
        memory.set(memKey, known ? mergeProfiles(known, p) : p);
      },
    },
    emit: (event) => {
      try {
        opts.onEvent?.(event);
      } catch {
        // A failing listener must not stop the other sections.
      }
    },
    now: () => Date.now(),
    injectionChecks: () => (checks ??= runChecks()),
  };
  return runScheduled(
    opts.input.sections,
    {
      concurrency: opts.concurrency ?? cfg.maxConcurrency,
      strategy: opts.strategy ?? cfg.strategy,
      ...(opts.signal ? { signal: opts.signal } : {}),
    },
    (section, hooks) => gradeSection(run, section, hooks.firstToken),
    (section) => {
      const message = 'Grading was cancelled before this section started.';
      run.emit({ type: 'error', section, kind: 'aborted', message });
      return { section, ok: false, error: message };
    },
  );
}
