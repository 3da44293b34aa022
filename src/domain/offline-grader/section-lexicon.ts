// A short list of distinctive terms per section. A section's grade input carries only its own rubric,
// so this is what tells "this reads like the latency section" (off-section) and "this answer links to
// evals and cost" (ties across sections). Same term syntax as rubric concepts.
import { SECTION_IDS, type SectionId } from '../sections';
import { compileGroups, matchGroups, type Term } from './term-match';
import type { TextIndex } from './text-index';

const LEXICON: Record<SectionId, string> = {
  task: 'persona*, job to be done, jtbd, pain point*, success metric*, use case*, out of scope, in scope, non-goal*, stakeholder*, time saved, handle time, task completion, manually, baseline, primary user*, csat',
  data: 'data source*, source of truth, system of record, freshness, stale*, cdc, change data capture, connector*, etl, schema*, owner*, acl*, crm, confluence, zendesk, sharepoint, write back, sync*, nightly export, backfill*',
  retrieval:
    'chunk*, embedding*, vector store, vector database, vector search, pgvector, bm25, hybrid search, rerank*, cross-encoder, top-k, metadata filter*, citation*, recall@*, semantic search, hnsw, query rewrit*, retriev*',
  model:
    'gpt*, claude*, llama*, mistral*, gemini*, qwen*, open-weight*, fine-tun*, small model, smaller model, larger model, model rout*, distill*, quantiz*, structured output*, temperature, context window, hosted api, model choice, fallback model',
  workflow:
    'pipeline, agent*, orchestrat*, tool call*, function call*, state machine, human approval, human-in-the-loop, approval queue, idempot*, dead letter, dead-letter, workflow, step*, langgraph, temporal, bounded autonomy',
  evals:
    'eval*, golden set*, golden dataset*, test set*, regression test*, llm-as-a-judge, llm judge, judge*, rubric*, annotat*, faithfulness, groundedness, adversarial, red team*, inter-annotator, kappa, pass rate, precision, recall',
  safety:
    'prompt injection, injection*, jailbreak*, pii, redact*, exfiltrat*, permission*, least privilege, audit log*, guardrail*, moderation, data leak*, encrypt*, gdpr, hipaa, tenant isolation, sandbox*, allowlist*, untrusted',
  latency:
    'latency, p50, p95, p99, ms, first token, response time, sse, millisecond*, time to first token, ttft, stream*, latency budget, spinner, loading state, cold start*, prefetch*, parallel*, timeout*, second*',
  cost: 'cost*, usd, dollar*, price*, pricing, per request, per month, monthly, per 1k, per million, spend*, unit economics, cheaper, expensive, batch api, discount*, cached input, budget*',
  monitoring:
    'monitor*, dashboard*, alert*, observab*, trace*, tracing, opentelemetry, datadog, grafana, langfuse, on-call, pagerduty, drift, thumbs up, thumbs down, user feedback, anomal*, slo*, error rate',
  rollout:
    'rollout, roll out, pilot*, feature flag*, canary, a/b test*, shadow mode, beta, launch*, rollback, roll back, kill switch, go/no-go, ramp*, cohort*, dogfood*, internal users, expand to, success criteri*',
};

const COMPILED: Record<SectionId, Term[][]> = Object.fromEntries(
  SECTION_IDS.map((id) => [id, compileGroups(LEXICON[id].split(/\s*,\s*/).map((t) => [t]))]),
) as Record<SectionId, Term[][]>;

/** How many distinct lexicon terms of each section the text uses. */
export function sectionAffinity(index: TextIndex): Record<SectionId, number> {
  return Object.fromEntries(SECTION_IDS.map((id) => [id, matchGroups(index, COMPILED[id]).length])) as Record<
    SectionId,
    number
  >;
}

export interface OffSection {
  best: SectionId;
  bestHits: number;
  ownHits: number;
}

/**
 * The section this text reads like when it is clearly not its own: another section's vocabulary
 * dominates and the own rubric's concepts are thin. Conservative, because a false flag costs a score.
 */
export function offSection(
  own: SectionId,
  affinity: Record<SectionId, number>,
  ownConceptGroups: number,
  words: number,
): OffSection | null {
  if (words < 20) return null;
  let best: SectionId | null = null;
  for (const id of SECTION_IDS) if (id !== own && (best === null || affinity[id] > affinity[best])) best = id;
  if (best === null) return null;
  const bestHits = affinity[best];
  const ownHits = affinity[own];
  const dominated = bestHits >= 3 && bestHits >= 2 * ownHits + 2;
  return dominated && ownConceptGroups <= Math.max(3, bestHits / 2) ? { best, bestHits, ownHits } : null;
}

/** Other sections the answer explicitly connects to (at least two of their distinctive terms). */
export function tiedSections(own: SectionId, affinity: Record<SectionId, number>): SectionId[] {
  return SECTION_IDS.filter((id) => id !== own && affinity[id] >= 2);
}
