// The scripted server's vocabulary: fault scripts, options, the request log and the chat body it reads.
import type { SectionId } from '@/domain/sections';

export type Fault =
  /** An HTTP error with an OpenAI-style body; retry-after in seconds as the header carries it. */
  | { kind: 'status'; status: number; message?: string; code?: string; retryAfter?: string }
  /** Accept the request and never answer (a timeout for the client). */
  | { kind: 'hang' }
  /** Reset the connection before any response. */
  | { kind: 'destroy' }
  /** Stream part of the reply, then drop the connection without a finish reason or [DONE]. */
  | { kind: 'truncate' }
  /** Reply content that is not JSON. */
  | { kind: 'malformed' }
  /** Valid JSON that breaks the grade schema. */
  | { kind: 'schema-break' }
  /** A valid grade wrapped in a ```json fence with chatter around it. */
  | { kind: 'fenced' }
  /** Evidence quotes that are not in the answer. */
  | { kind: 'fake-evidence' }
  /** A model fooled by an injection: top score, no flags. */
  | { kind: 'obedient' }
  /** A refusal instead of content. */
  | { kind: 'refusal'; text?: string }
  /** Content cut off with finish_reason "length". */
  | { kind: 'length' }
  /** Exactly this content. */
  | { kind: 'reply'; content: string }
  /** Extra delay before an otherwise normal reply. */
  | { kind: 'slow'; ms: number }
  /** Stream the reply a few characters at a time with a pause between pieces (never idle long). */
  | { kind: 'drip'; chars: number; everyMs: number }
  /** Echo the request's Authorization header inside the reply's evidence and reasoning. */
  | { kind: 'echo-auth' }
  /** The usual grade with this score. */
  | { kind: 'score'; score: number };

export interface FaultRule {
  /** The section being graded (read from the request's last messages). */
  section?: SectionId;
  path?: 'models' | 'chat';
  /** The n-th chat request the server receives (1-based). */
  nth?: number;
  /** How many matching requests this rule applies to; unlimited when omitted. */
  times?: number;
  fault: Fault;
}

export interface ScriptedServerOptions {
  port?: number;
  /** Delay before the first byte of every response (time to first token). */
  latencyMs?: number;
  /** Delay between streamed chunks. */
  chunkDelayMs?: number;
  models?: string[];
  /** When set, requests without `Authorization: Bearer <key>` get 401 (which echoes the key sent). */
  requireApiKey?: string;
  /** allow: echo the requested headers; refuse: no CORS headers, 403 preflight; wildcard-headers:
   * answer `Access-Control-Allow-Headers: *` like llama-server (browsers then refuse Authorization). */
  cors?: 'allow' | 'refuse' | 'wildcard-headers';
  /** response_format types answered with 400, to exercise the fallback. */
  rejectFormats?: ('json_schema' | 'json_object')[];
  /** Body fields answered with 400 "unrecognized argument". */
  rejectParams?: string[];
  faults?: FaultRule[];
  /**
   * Cut prompts the way Ollama does with its default context: keep only the last `contextLimit` tokens
   * of a longer prompt, answer as if nothing happened, and report the kept count as prompt_tokens.
   */
  contextLimit?: number;
  /** Serve GET /props with this n_ctx, like llama-server. */
  nCtx?: number;
  /** Model ids for GET /models, with extra fields such as vLLM's max_model_len. */
  modelEntries?: Record<string, unknown>[];
}

export interface RecordedRequest {
  n: number;
  method: string;
  path: string;
  /** Milliseconds since the server started. */
  at: number;
  headers: Record<string, string | string[] | undefined>;
  body: ChatBody | null;
  section: SectionId | null;
  /** response_format + messages as one string, in the order a provider tokenises them. */
  promptText: string;
  promptTokens: number;
  cachedTokens: number;
  status: number;
  /** The client closed the connection before the response was complete (abort, timeout). */
  clientClosed: boolean;
}

export interface ScriptedServer {
  /** Base URL to give the SDK, ending in /v1. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  chatRequests(): RecordedRequest[];
  /** Replaces the fault rules (counts restart). */
  script(rules: FaultRule[]): void;
  /** Forgets recorded requests and the prefix cache. */
  reset(): void;
  close(): Promise<void>;
}

export interface ChatMessage {
  role: string;
  content: string | null;
}

export interface ChatBody {
  model?: string;
  messages?: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type?: string };
  temperature?: number;
  prompt_cache_key?: string;
  [key: string]: unknown;
}

/** What a chat completion carries, whether sent as one JSON body or as SSE chunks. */
export interface Reply {
  content: string;
  finish: string;
  refusal?: string;
}
