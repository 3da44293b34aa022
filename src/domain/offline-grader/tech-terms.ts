// Word lists that name things rather than state choices: buzzwords that stand in for a design, and the
// technologies a design names. Run on normalizeText() output (see cue-patterns.ts).
import { anyOf, phrases } from './phrase-list';

export const BUZZ = anyOf(
  phrases`
    cutting[- ]edge, state[- ]of[- ]the[- ]art, leverag\w*, seamless\w*, robust\w*, scalab\w*,
    world[- ]class, best[- ]in[- ]class, next[- ]gen\w*, revolution\w*, synerg\w*, holistic\w*,
    innovati\w*, game[- ]chang\w*, paradigm\w*, transformative, enterprise[- ]grade, best practices,
    harness\w*, empower\w*, unlock\w*, supercharg\w*, magic\w*, intelligent\w*, smart, powerful,
    end[- ]to[- ]end solution, future[- ]proof\w*, blazing\w*, mission[- ]critical, ai[- ]powered,
    ai[- ]driven, cognitive, disrupt\w*, frictionless, delight\w*, turnkey, bleeding[- ]edge,
    world[- ]leading, optimal, comprehensive, advanced ai, rigorous,
  `,
  'g',
);

export const TECH = anyOf(phrases`
  pgvector, postgres(?:ql)?, mysql, sqlite, elasticsearch, opensearch, pinecone, weaviate, qdrant,
  milvus, chroma(?:db)?, faiss, lancedb, vespa, bm25, hnsw, redis, memcached, kafka, kinesis,
  pub\/sub, sqs, sns, rabbitmq, celery, temporal, airflow, dagster, langgraph, langchain,
  llamaindex, dspy, s3, gcs, dynamodb, bigquery, snowflake, databricks, spark, dbt, fivetran,
  airbyte, debezium, mongodb, clickhouse, duckdb, datadog, grafana, prometheus, opentelemetry, otel,
  langfuse, langsmith, arize, helicone, sentry, pagerduty, launchdarkly, statsig, growthbook,
  unleash, kubernetes, k8s, docker, lambda, cloud run, vllm, tgi, triton, ollama, llama\.cpp, onnx,
  tensorrt, bedrock, vertex, openai, anthropic, cohere, voyage, bge[\w.-]*, e5[\w.-]*, minilm,
  colbert, splade, text-embedding[\w.-]*, gpt-?[\w.-]+, o[134](?:-mini)?, claude[\w.-]*, haiku,
  sonnet, opus, llama[\w.-]*, mistral[\w.-]*, mixtral, gemini[\w.-]*, gemma[\w.-]*, qwen[\w.-]*,
  phi-?\d[\w.-]*, deepseek[\w.-]*, whisper, bert, distilbert, roberta, deberta, xgboost,
  logistic regression, cross-encoder, presidio, okta, oauth, saml, scim, rbac, abac, kms, vault,
  fastapi, graphql, grpc, websockets?, sse, json schema, pydantic, zod, promptfoo, ragas, deepeval,
  mlflow, zendesk, salesforce, hubspot, slack, confluence, notion, sharepoint, jira, github, gitlab,
  regex, cron, webhooks?, cdc, lora, rrf, mmr, ner, sql, ocr, minhash, fhir, spf, dkim, dmarc, imap,
  llm judge, llm-as-a-judge, a\/b test,
`);
