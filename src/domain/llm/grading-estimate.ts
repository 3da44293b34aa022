import type { GradeAllInput } from '../grading';
import { effectiveContextWindow } from './context-window';
import type { LlmConfig } from './llm-config';
import { PROVIDER_PRESETS } from './provider-presets';
import { gradeReplyJsonSchema } from './reply-schema';
import { planRequests } from './request-plan';
import { estimateCost, requestTypicalTokens, type GradingEstimate } from './token-estimate';

/** Tokens a typical grade reply takes (evidence, reasoning, four or five criteria, next step). */
const TYPICAL_REPLY_TOKENS = 500;

/**
 * What grading these sections will send and cost, before anything is sent: the same plan the grader
 * uses, counted at the typical characters-per-token, times the samples per section, at a cold cache.
 */
export function estimateGrading(
  input: GradeAllInput,
  cfg: Pick<LlmConfig, 'provider' | 'model' | 'contextWindow' | 'maxOutputTokens' | 'prices' | 'samples'>,
): GradingEstimate {
  const sections = input.sections.filter((id) => (input.answers[id] ?? '').trim());
  const format = PROVIDER_PRESETS[cfg.provider].capabilities.initialFormat;
  const formatJson = format === 'json_schema' ? JSON.stringify(gradeReplyJsonSchema()) : '';
  const plan = planRequests(input, sections, {
    nonce: '0000000000000000',
    format,
    formatJson,
    contextWindow: effectiveContextWindow(cfg),
    maxOutputTokens: cfg.maxOutputTokens,
  });
  const sent = plan.requests.filter((r) => r.ok);
  const perSample = sent.reduce((n, r) => n + (r.ok ? requestTypicalTokens(r.messages, formatJson) : 0), 0);
  const tokensIn = perSample * cfg.samples;
  const tokensOut = sent.length * Math.min(TYPICAL_REPLY_TOKENS, plan.replyTokens) * cfg.samples;
  return {
    tokensIn,
    tokensOut,
    costUsd: estimateCost(
      { tokensIn, tokensOut },
      cfg.model,
      cfg.prices,
      PROVIDER_PRESETS[cfg.provider].local,
    ),
    requests: sent.length * cfg.samples,
    unfit: plan.requests.length - sent.length,
  };
}
