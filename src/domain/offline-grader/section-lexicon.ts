// A short list of distinctive terms per section. A section's grade input carries only its own rubric,
// so this is what tells "this reads like the latency section" (off-section) and "this answer links to
// evals and cost" (ties across sections). Same term syntax as rubric concepts, listed with phrases`...`.
import { SECTION_IDS, type SectionId } from '../sections';
import { phrases } from './phrase-list';
import { compileGroups, countGroups, type Term } from './term-match';
import type { TextIndex } from './text-index';

const LEXICON: Record<SectionId, readonly string[]> = {
  task: phrases`
    persona*, job to be done, jobs to be done, jtbd, pain point*, success metric*, success means,
    success is, use case*, out of scope, in scope, non-goal*, stakeholder*, time saved, handle time,
    task completion, manually, by hand, baseline, primary user*, users are, the user is, csat, nps,
    adoption, deflection, kpi*, north star, mvp, v1, first version, business value, roi, status quo,
    workaround*, hours a day, minutes per, per week,
  `,
  data: phrases`
    data source*, source of truth, system of record, freshness, stale*, cdc, change data capture,
    change feed*, connector*, etl, elt, schema*, data owner*, acl*, crm, erp, ehr, confluence,
    zendesk, sharepoint, google drive, write back, write-back, sync*, nightly export, backfill*,
    ingest*, reconcil*, incremental*, dedup*, near-duplicate*, lineage, provenance, last-modified,
    last modified, updated_at, tombstone*, purge*, retention, data quality, malformed, ocr, scanned,
    pdf*, export*, webhook*,
  `,
  retrieval: phrases`
    chunk*, embedding*, vector store, vector database, vector search, vector index, pgvector, bm25,
    hybrid search, hybrid, rerank*, cross-encoder, top-k, top k, metadata filter*, citation*,
    recall@*, semantic search, hnsw, query rewrit*, query expansion, retriev*,
    reciprocal rank fusion, rrf, dense, sparse, lexical, keyword search, overlap, passage*, mmr,
    nearest neighbo*, similarity, cosine, context window, grounding, grounded,
  `,
  model: phrases`
    gpt*, claude*, llama*, mistral*, gemini*, qwen*, haiku, sonnet, open-weight*, open weight*,
    fine-tun*, lora, small model, smaller model, larger model, large model, mid-tier, mini model,
    model rout*, distill*, quantiz*, structured output*, json schema, json mode, temperature,
    context window, hosted api, model choice, fallback model, frontier model*, self-host*, vllm,
    few-shot, system prompt, prompt version*, model version*, parameter*, 7b, 8b, 70b, asr,
    speech-to-text, reasoning model*,
  `,
  workflow: phrases`
    pipeline, agent*, agentic, orchestrat*, tool call*, function call*, state machine,
    human approval, human-in-the-loop, approval queue, idempot*, dead letter, dead-letter, dlq,
    workflow, step*, langgraph, temporal, bounded autonomy, max steps, tool*, approv*, retry,
    retries, backoff, exponential backoff, checkpoint*, queue*, worker*, dag, branch*, handoff,
    hand off, deterministic,
  `,
  evals: phrases`
    eval*, golden set*, golden dataset*, test set*, regression test*, llm-as-a-judge, llm judge,
    judge*, rubric*, annotat*, faithfulness, groundedness, adversarial, red team*, red-team*,
    inter-annotator, kappa, pass rate, precision, recall, f1, labelled, labeled, ground truth,
    held-out, holdout, benchmark*, offline eval*, release gate*, ci, calibrat*, spot-check*,
    exact match, test case*, slice*,
  `,
  safety: phrases`
    prompt injection, injection*, jailbreak*, pii, phi, redact*, exfiltrat*, permission*,
    least privilege, audit log*, audit trail*, guardrail*, moderation, data leak*, leak*, encrypt*,
    gdpr, hipaa, baa, tenant isolation, sandbox*, allowlist*, untrusted, attacker*, malicious,
    phishing, spoof*, privacy, confidential*, zero retention, zero data retention, dpa, consent,
    abuse, rate limit*, authoriz*, authoris*, acl*, access control, compliance,
    risk*, sensitive, escalat*, refus*, audit*, toxic*, violation*, unauthori*, human review,
    access level*, approv*,
  `,
  latency: phrases`
    latency, p50, p90, p95, p99, ms, first token, response time, sse, millisecond*,
    time to first token, ttft, stream*, latency budget, spinner, loading state, cold start*,
    prefetch*, parallel*, timeout*, second*, per-step budget, wall clock, tail latency, perceived,
    throughput, tokens per second, queue wait, queueing, autoscal*, warm, precomput*,
    progress indicator, skeleton,
  `,
  cost: phrases`
    cost*, usd, $*, eur, dollar*, price*, pricing, per request, per month, monthly, /month, per 1k,
    per million, per m, spend*, unit economics, cheaper, expensive, batch api, discount*,
    cached input, budget*, per query, per call, per visit, per email, per ticket, input token*,
    output token*, tokens in, tokens out, gpu hour*, reserved capacity, cost per, total, headroom,
    invoice*, bill*, forecast*,
  `,
  monitoring: phrases`
    monitor*, dashboard*, alert*, observab*, trace*, tracing, opentelemetry, datadog, grafana,
    prometheus, langfuse, langsmith, on-call, pagerduty, drift, thumbs up, thumbs down,
    user feedback, anomal*, slo*, error rate, logs, logging, log, trace id, request id, edit rate,
    sampled, sample of, weekly review, root cause, incident*, runbook*, regression*, spike*,
    baseline, page*, metric*, telemetry, instrument*, percentile*,
  `,
  rollout: phrases`
    rollout, roll out, pilot*, feature flag*, canary, a/b test*, a/b, shadow mode, shadow, beta,
    launch*, rollback, roll back, kill switch, go/no-go, ramp*, cohort*, dogfood*, internal users,
    expand to, expand*, success criteri*, exit criteri*, phase 1, phase 2, phase 3, phase*, wave*,
    staged, gradual*, early access, design partner*, opt-in, holdout, control group, release*,
    stage gate*,
  `,
};

const COMPILED: Record<SectionId, Term[][]> = Object.fromEntries(
  SECTION_IDS.map((id) => [id, compileGroups(LEXICON[id].map((t) => [t]))]),
) as Record<SectionId, Term[][]>;

/** How many distinct lexicon terms of each section the text uses. */
export function sectionAffinity(index: TextIndex): Record<SectionId, number> {
  return Object.fromEntries(SECTION_IDS.map((id) => [id, countGroups(index, COMPILED[id])])) as Record<
    SectionId,
    number
  >;
}

/** Section names written as names, mid-sentence: "(Evals)", "alerted in Monitoring", "see Cost/Latency". */
const NAMED =
  /\b(User task|Task|Data sources|Data|Retrieval|Model choice|Model|Workflow|Evals?|Safety|Latency|Costs?|Monitoring|Rollout)\b/g;
const NAME_TO_ID: Record<string, SectionId> = {
  'User task': 'task',
  Task: 'task',
  'Data sources': 'data',
  Data: 'data',
  Retrieval: 'retrieval',
  'Model choice': 'model',
  Model: 'model',
  Workflow: 'workflow',
  Eval: 'evals',
  Evals: 'evals',
  Safety: 'safety',
  Latency: 'latency',
  Cost: 'cost',
  Costs: 'cost',
  Monitoring: 'monitoring',
  Rollout: 'rollout',
};

/** Sections the text names explicitly; a capitalised word opening a line or sentence is not a name. */
export function namedSections(text: string): Set<SectionId> {
  const out = new Set<SectionId>();
  for (const m of text.matchAll(NAMED)) {
    const before = text.slice(Math.max(0, text.lastIndexOf('\n', m.index) + 1), m.index);
    if (/^[\s>*#+\-\d.)|_]*$/.test(before) || /[.!?:]\s*(?:\*\*)?$/.test(before)) continue;
    out.add(NAME_TO_ID[m[1]!]!);
  }
  return out;
}

/** Other sections the answer connects to: named explicitly, or three of their distinctive terms used. */
export function tiedSections(own: SectionId, affinity: Record<SectionId, number>, text = ''): SectionId[] {
  const named = namedSections(text);
  return SECTION_IDS.filter((id) => id !== own && (affinity[id] >= 3 || named.has(id)));
}
