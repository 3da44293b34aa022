import { estimateCostUsd, type PriceTable } from './price-table';

/**
 * Characters per token used when a request must fit a context window. English prose averages about 4
 * characters per token in the GPT (cl100k/o200k) and Llama 3 tokenizers, Markdown, code and JSON fewer:
 * 3.5 errs on the side of a request that fits.
 */
const BUDGET_CHARS_PER_TOKEN = 3.5;
/** The typical figure, for "about N tokens" shown to the user and for spotting a prompt the server cut. */
const TYPICAL_CHARS_PER_TOKEN = 4;
/** Role markers and separators the chat template adds around each message. */
const TOKENS_PER_MESSAGE = 4;

/** Tokens a text is budgeted at (rounded up, never under). */
export function budgetTokens(text: string): number {
  return Math.ceil(text.length / BUDGET_CHARS_PER_TOKEN);
}

/** The usual token count of a text, for display and comparison with what a server reports. */
export function typicalTokens(text: string): number {
  return Math.ceil(text.length / TYPICAL_CHARS_PER_TOKEN);
}

interface SizedMessage {
  content: string;
}

/** Budgeted tokens of a whole request: its messages plus, when sent, the response_format schema. */
export function requestBudgetTokens(messages: readonly SizedMessage[], formatJson = ''): number {
  return (
    messages.reduce((n, m) => n + budgetTokens(m.content) + TOKENS_PER_MESSAGE, 0) + budgetTokens(formatJson)
  );
}

/** Typical tokens of a whole request, the figure compared with the server's usage.prompt_tokens. */
export function requestTypicalTokens(messages: readonly SizedMessage[], formatJson = ''): number {
  return (
    messages.reduce((n, m) => n + typicalTokens(m.content) + TOKENS_PER_MESSAGE, 0) +
    typicalTokens(formatJson)
  );
}

/** "38k", "950", "1.2M": a token count rounded for a sentence. */
export function formatTokenCount(n: number): string {
  if (n >= 999_500) return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return String(Math.round(n));
}

/** "$0.006", "$0.12", "less than $0.001". */
function formatUsd(usd: number): string {
  if (usd > 0 && usd < 0.001) return 'less than $0.001';
  if (usd < 0.1) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}

export interface GradingEstimate {
  tokensIn: number;
  tokensOut: number;
  /** Null when the model has no row in the price table; 0 on a local server. */
  costUsd: number | null;
  requests: number;
  /** Sections too long for the context window: they will fail without a request. */
  unfit?: number;
}

/** The sentence shown before grading: "about 38k tokens, about $0.006 at the prices in Settings". */
export function describeEstimate(e: GradingEstimate): string {
  const tokens = `about ${formatTokenCount(e.tokensIn + e.tokensOut)} tokens`;
  const unfit = e.unfit
    ? `${e.unfit} section${e.unfit === 1 ? '' : 's'} too long for the context window in Settings`
    : '';
  if (e.requests === 0) return unfit || 'nothing to send: every section to grade is empty';
  const base =
    e.costUsd === null
      ? `${tokens}; no price for this model in Settings`
      : e.costUsd === 0
        ? `${tokens}, free on a local server`
        : `${tokens}, about ${formatUsd(e.costUsd)} at the prices in Settings`;
  return unfit ? `${base}; ${unfit}` : base;
}

/** Cost of an estimate's tokens at the table's prices, with no prompt-cache discount (a cold cache). */
export function estimateCost(
  tokens: { tokensIn: number; tokensOut: number },
  model: string,
  table: PriceTable,
  local: boolean,
): number | null {
  if (local) return 0;
  return estimateCostUsd({ ...tokens, cachedTokens: 0 }, model, table);
}
