import { z } from 'zod';

/**
 * One row of the editable price table, in USD per million tokens. `model` is an exact model name or a
 * prefix ending in `*` (e.g. `gpt-4o-mini*` also covers dated snapshots such as `gpt-4o-mini-2024-07-18`).
 */
const PriceRowSchema = z
  .object({
    model: z.string().trim().min(1).max(120),
    inputPerMTok: z.number().nonnegative().max(1000),
    /** Price of input tokens served from the provider's prompt cache; null when it has no discount. */
    cachedInputPerMTok: z.number().nonnegative().max(1000).nullable(),
    outputPerMTok: z.number().nonnegative().max(1000),
  })
  .strict();
export type PriceRow = z.infer<typeof PriceRowSchema>;

export const PriceTableSchema = z.array(PriceRowSchema).max(500);
export type PriceTable = z.infer<typeof PriceTableSchema>;

/**
 * OpenAI list prices (standard tier) as last checked by the project; prices change, so the user can
 * edit this table in Settings. Models on local servers cost nothing per token and are never looked up.
 */
export const DEFAULT_PRICE_TABLE: PriceTable = [
  { model: 'gpt-4o-mini*', inputPerMTok: 0.15, cachedInputPerMTok: 0.075, outputPerMTok: 0.6 },
  { model: 'gpt-4o*', inputPerMTok: 2.5, cachedInputPerMTok: 1.25, outputPerMTok: 10 },
  { model: 'gpt-4.1-nano*', inputPerMTok: 0.1, cachedInputPerMTok: 0.025, outputPerMTok: 0.4 },
  { model: 'gpt-4.1-mini*', inputPerMTok: 0.4, cachedInputPerMTok: 0.1, outputPerMTok: 1.6 },
  { model: 'gpt-4.1*', inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8 },
  { model: 'gpt-5-nano*', inputPerMTok: 0.05, cachedInputPerMTok: 0.005, outputPerMTok: 0.4 },
  { model: 'gpt-5-mini*', inputPerMTok: 0.25, cachedInputPerMTok: 0.025, outputPerMTok: 2 },
  { model: 'gpt-5*', inputPerMTok: 1.25, cachedInputPerMTok: 0.125, outputPerMTok: 10 },
  { model: 'o4-mini*', inputPerMTok: 1.1, cachedInputPerMTok: 0.275, outputPerMTok: 4.4 },
];

function rowMatches(row: PriceRow, model: string): number {
  if (row.model.endsWith('*')) {
    const prefix = row.model.slice(0, -1);
    return model.startsWith(prefix) ? prefix.length : -1;
  }
  return row.model === model ? Number.MAX_SAFE_INTEGER : -1;
}

/** The row for a model: an exact name wins, then the longest `prefix*`; `vendor/model` names also try `model`. */
export function findPrice(table: PriceTable, model: string): PriceRow | undefined {
  const names = model.includes('/') ? [model, model.slice(model.lastIndexOf('/') + 1)] : [model];
  for (const name of names) {
    let best: PriceRow | undefined;
    let bestLen = -1;
    for (const row of table) {
      const len = rowMatches(row, name);
      if (len > bestLen) [best, bestLen] = [row, len];
    }
    if (best) return best;
  }
  return undefined;
}

interface TokenCounts {
  tokensIn: number;
  /** Part of tokensIn that the provider served from its prompt cache. */
  cachedTokens: number;
  tokensOut: number;
}

/** Estimated cost in USD, or null when the model has no row in the table (unknown, not free). */
export function estimateCostUsd(tokens: TokenCounts, model: string, table: PriceTable): number | null {
  const row = findPrice(table, model);
  if (!row) return null;
  const cached = Math.min(tokens.cachedTokens, tokens.tokensIn);
  const cachedPrice = row.cachedInputPerMTok ?? row.inputPerMTok;
  const usd =
    ((tokens.tokensIn - cached) * row.inputPerMTok +
      cached * cachedPrice +
      tokens.tokensOut * row.outputPerMTok) /
    1_000_000;
  return Math.round(usd * 1e8) / 1e8;
}
