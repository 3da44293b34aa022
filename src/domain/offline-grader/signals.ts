// Sentence-level detectors for what the level descriptions reward: decisions, numbers with units,
// trade-offs, failure handling, quantified targets, named technologies, and buzzword padding.
// Every detector runs on normalizeText() output (lowercase, NFKC).

const VERBS =
  'use|choose|pick|select|store|route|cache|set|run|cap|limit|chunk|embed|index|log|alert|ship|start|keep|send|call|host|deploy|fine-tune|retrieve|rerank|filter|redact|require|add|build|split|batch|stream|return|track|measure|sample|block|enforce|encrypt|gate|roll|launch|pilot|define|target|budget|precompute|prefer|go|opt|treat|classify|escalate|fall|retry|serve|avoid|skip|drop|default|pin|version|compare|evaluate|grade|label|review|monitor|page|apply|tag|partition|shard|refresh|sync|ingest|parse|extract|summari[sz]e|generate|wrap|sandbox|allow|deny|restrict|mask|hash|delete|retain|expire|tune|quantize|distil|distill|cut|reduce|trim|compress|warm|prefetch|schedule|queue|throttle|show|notify|check|validate|verify|test|replay|freeze|write|read|put|load|rank|dedupe|merge|reserve|allocate|expose|disable|enable|switch|replace|combine|approve|assign|spend|pay|estimate|plan|draft|fetch|match|flag|count|price|train|split|expand|hold|stop|pause|revert|measure|wait|decline|refuse|say|answer|offer|respond|reply|link|cite|attach|mark|surface';
const PARTICIPLES =
  'stored|cached|routed|served|logged|sent|embedded|indexed|chunked|filtered|reranked|redacted|encrypted|split|batched|streamed|sampled|reviewed|gated|deployed|hosted|versioned|retained|deleted|tracked|labell?ed|graded|scored|evaluated|checked|validated|blocked|escalated|retried|queued|capped|limited|set|pinned|fine-tuned|distill?ed|quantized|precomputed|refreshed|synced|ingested|parsed|approved|rolled|throttled|rate-limited|masked|hashed|signed|partitioned|sharded|replicated|computed|generated|summari[sz]ed|extracted|handled|called|run|used|chosen|picked|selected|preferred|kept|written|stripped|wrapped|sandboxed|restricted|denied|allowed|enforced|required|alerted|paged|monitored|measured|tested|replayed|expired|trimmed|cut|reduced|compressed|warmed|prefetched|scheduled|classified|drafted|fetched|matched|flagged|split|owned|run|trained';
const COMPONENTS =
  'system|service|router|pipeline|app|api|team|job|worker|gateway|retriever|orchestrator|backend|frontend|ui|client|classifier|layer|step|tool|index|proxy|server|model|judge|reranker|cache|queue|flag|dashboard|alert|agent|workflow|grader|policy|filter|check|bot|assistant|extractor|scheduler|store|db|database';
const DECISION = [
  new RegExp(
    `\\b(?:we|i)(?:'d|'ll|'re|'m)?\\s+(?:(?:would|will|should|can|could|must|then|also|first|only|just|initially|always|never|still|plan to|are going to|am going to|going to|prefer to|choose to|decided to|opt to|need to|have to|do not|don't|won't|wouldn't|can't)\\s+){0,3}(?:${VERBS})(?:e?s|ed|ing)?\\b`,
  ),
  new RegExp(
    `\\b(?:${COMPONENTS})s?\\s+(?:will\\s+|would\\s+|should\\s+|must\\s+|then\\s+|also\\s+|only\\s+|always\\s+|never\\s+)?(?:${VERBS})(?:e?s|ed)?\\b`,
  ),
  new RegExp(
    `\\b(?:is|are|gets?|will be|would be|must be|should be|be)\\s+(?:\\w+\\s+)?(?:${PARTICIPLES})\\b`,
  ),
  /\b(?:chosen|chose|picked|selected|preferred|decided|opted|go(?:ing)? with|went with|opt(?:ing)? for|settled? on|defaults? to|set to|capped at|limited to|pinned to|backed by|built on|runs on)\b/,
  new RegExp(`^(?:${VERBS})\\b`),
  /^[a-z][a-z0-9 /()'-]{1,40}:\s*\S/,
  /(?:->|→).*(?:->|→)/,
  /\b(?:(?:is|are)\s+(?:not\s+)?(?:out of|in)\s+scope|success (?:means|is|is measured|looks like)|v1 (?:is|does|will|covers|drafts|handles|answers|only))\b/,
];

const UNIT =
  '(?:%|percent|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|tokens?|k|m|b|bn|million|billion|thousand|gb|mb|tb|kb|qps|rps|rpm|tpm|tps|usd|eur|gbp|dollars?|cents?|x|×|dims?|dimensions?)';
const NUMBER = new RegExp(
  [
    '[$€£]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|b|bn|million|billion)\\b)?',
    `\\b\\d[\\d,]*(?:\\.\\d+)?\\s?${UNIT}(?![a-z0-9])`,
    '\\b\\d[\\d,]*(?:\\.\\d+)?\\s+(?:[a-z]+-)?[a-z]{3,}s\\b',
    '\\btop[-\\s]?\\d+\\b',
    '@\\d+\\b',
    '\\bk\\s?=\\s?\\d+\\b',
    '\\b0\\.\\d+\\b',
    '\\b\\d+(?:\\.\\d+)?[kmb]\\b',
    '\\b\\d{2,}(?:[.,]\\d+)*\\b',
  ].join('|'),
  'g',
);
const YEAR = /^(?:19|20)\d\d$/;

const TARGET =
  /(?:>=|<=|=>|=<|≥|≤|[<>]|\b(?:at least|at most|at or (?:above|below)|no (?:lower|higher|worse|better) than|no more than|no less than|not more than|under|below|above|within|less than|more than|fewer than|greater than|up to|max(?:imum)?|min(?:imum)?|target(?:s|ing|ed)?(?:\s+(?:of|is|at))?|goals?(?:\s+(?:of|is))?|slos?(?:\s+(?:of|is))?|budget(?:\s+(?:of|is))?|threshold(?:\s+(?:of|is))?|cap(?:ped)? at|limit(?:ed)? to|drops? below|exceeds?|p\d{2,3}(?:\s+(?:of|is|at))?)\b:?)\s*(?:~|≈|about|around|roughly)?\s*[$€£]?\d|\bfrom\s+[$€£]?\d[\d.,]*\s?\S*\s+(?:to|down to|up to)\s+[$€£]?\d|\d\s*%?\s+or (?:more|higher|better|above|less|lower|fewer|below)\b/;
const TRADEOFF =
  /\b(?:trade-?offs?|instead of|because|at the cost of|at the expense of|versus|vs\.?|rather than|compared (?:to|with)|in exchange for|downsides?|drawbacks?|whereas|the alternative|alternatively|outweighs?|(?:cheaper|faster|slower|simpler|safer|easier|harder|better|worse|more accurate|more expensive|less accurate|more reliable) than|so that|which means|we accept|the catch|trad(?:e|es|ed|ing)\b(?:\s+\w+){0,4}\s+for|in return for|prefer(?:s|red)? (?:\w+ ){0,3}(?:to|over)|(?:chose|chosen|picked|selected) (?:\w+ ){0,4}over|to avoid|to keep|to prevent|to protect|so (?:the|that|we|a|an|it|they)|only (?:if|when)|unless|worth (?:it|the)|not worth|pays? for itself|why:)/;
const FAILURE =
  /\b(?:fallbacks?|falls? back|fall(?:ing)? back|fails?|failed|failures?|failing|timeouts?|times? out|timed out|retr(?:y|ies|ied|ying)|degrad\w*|escalat\w*|circuit[- ]breakers?|roll(?:s|ed|ing)? ?back|rollbacks?|kill[- ]switch\w*|outages?|unavailable|goes down|is down|error budget|back-?off|dead[- ]letter|idempoten\w*|graceful\w*|abstain\w*|refuses?|refusal|low[- ]confidence|hand(?:s|ed)? off|handoff|disabl\w*|turn(?:s|ed)? (?:\w+ ){0,2}off|switch(?:es|ed)? off|paged|fail(?:s|ing)? (?:safe|closed)|fail-safe|if\b[^.;]{1,60}?\b(?:takes (?:over|more than|longer than)|exceeds|is slow|is missing|is empty|returns nothing|errors|is wrong|breaks|is unavailable))\b/;
const BUZZ =
  /\b(?:cutting[- ]edge|state[- ]of[- ]the[- ]art|leverag\w*|seamless\w*|robust\w*|scalab\w*|world[- ]class|best[- ]in[- ]class|next[- ]gen\w*|revolution\w*|synerg\w*|holistic\w*|innovati\w*|game[- ]chang\w*|paradigm\w*|transformative|enterprise[- ]grade|best practices|harness\w*|empower\w*|unlock\w*|supercharg\w*|magic\w*|intelligent\w*|smart|powerful|end[- ]to[- ]end solution|future[- ]proof\w*|blazing\w*|mission[- ]critical|ai[- ]powered|ai[- ]driven|cognitive|disrupt\w*|frictionless|delight\w*|turnkey|bleeding[- ]edge|cutting[- ]edge|world[- ]leading|optimal|comprehensive|advanced ai|rigorous)\b/g;
const TECH =
  /\b(?:pgvector|postgres(?:ql)?|mysql|sqlite|elasticsearch|opensearch|pinecone|weaviate|qdrant|milvus|chroma(?:db)?|faiss|lancedb|vespa|bm25|hnsw|redis|memcached|kafka|kinesis|pub\/sub|sqs|sns|rabbitmq|celery|temporal|airflow|dagster|langgraph|langchain|llamaindex|dspy|s3|gcs|dynamodb|bigquery|snowflake|databricks|spark|dbt|fivetran|airbyte|debezium|mongodb|clickhouse|duckdb|datadog|grafana|prometheus|opentelemetry|otel|langfuse|langsmith|arize|helicone|sentry|pagerduty|launchdarkly|statsig|growthbook|unleash|kubernetes|k8s|docker|lambda|cloud run|vllm|tgi|triton|ollama|llama\.cpp|onnx|tensorrt|bedrock|vertex|openai|anthropic|cohere|voyage|bge[\w.-]*|e5[\w.-]*|minilm|colbert|splade|text-embedding[\w.-]*|gpt-?[\w.-]+|o[134](?:-mini)?|claude[\w.-]*|haiku|sonnet|opus|llama[\w.-]*|mistral[\w.-]*|mixtral|gemini[\w.-]*|gemma[\w.-]*|qwen[\w.-]*|phi-?\d[\w.-]*|deepseek[\w.-]*|bert|distilbert|roberta|deberta|xgboost|logistic regression|cross-encoder|presidio|okta|oauth|saml|scim|rbac|abac|kms|vault|fastapi|graphql|grpc|websockets?|sse|json schema|pydantic|zod|promptfoo|ragas|deepeval|mlflow|zendesk|salesforce|hubspot|slack|confluence|notion|sharepoint|jira|github|gitlab|regex|cron|webhooks?|cdc|lora|rrf|mmr|ner|sql|llm judge|llm-as-a-judge|a\/b test)\b/;

export interface SentenceSignals {
  decisionCue: boolean;
  tech: boolean;
  numbers: string[];
  tradeoff: boolean;
  failure: boolean;
  target: boolean;
  buzz: number;
}

/** The signals of one normalised sentence. */
export function sentenceSignals(lower: string): SentenceSignals {
  const bare = lower.replace(/^[^a-z0-9]+/, '');
  const numbers: string[] = [];
  for (const m of lower.match(NUMBER) ?? []) {
    const n = m.replace(/\s+/g, '');
    if (!YEAR.test(n)) numbers.push(n);
  }
  return {
    decisionCue: DECISION.some((re) => re.test(bare)),
    tech: TECH.test(lower),
    numbers,
    tradeoff: TRADEOFF.test(lower),
    failure: FAILURE.test(lower),
    target: TARGET.test(lower),
    buzz: (lower.match(BUZZ) ?? []).length,
  };
}

const NEGATION =
  /\b(?:no|not|never|avoid\w*|without|instead of|rather than|don't|do not|won't|isn't|aren't|nor|against|unlike|beats?|over|before|until|unless|only (?:if|when|after))\b[^.;:]{0,40}$/;

/** True when the words just before `at` negate what follows ("we avoid a fully autonomous agent"). */
export function negatedBefore(lower: string, at: number): boolean {
  return NEGATION.test(lower.slice(Math.max(0, at - 48), at));
}
