// Answers the screenshot script types and seeds: a strong and an early, weaker attempt at the legal RAG
// prompt, and a middling one at the internal knowledge assistant, written as candidates write them.
import type { SectionId } from '../../src/domain/sections';

/** The latest legal-rag attempt, typed into the workspace and graded for the README's lead image. */
export const LEGAL_STRONG: Record<SectionId, string> = {
  task: `Users are **900 lawyers** (associates, partners, paralegals) who need cited answers across 2.4M pages of matter files.

| Metric | Target |
| --- | --- |
| Verified citations | >= 95% |
| p95 latency | < 8 s |

- Success means every claim links to a page and paragraph; we measure time saved per research task against a 25-minute baseline.
- Non-goal: drafting filings, because the risk of an unreviewed filing is too high.`,
  data: `Sources are the document management system (2.4M pages of PDFs and Word files, about 40% scanned), the matter register with client and ethical-wall membership, and the clause library. We sync the DMS nightly through its API and pick up new versions within 15 minutes using change events, because lawyers ask about the draft they uploaded this morning. Scanned pages go through OCR with a confidence score; pages below 0.85 are marked so answers can warn about them. Each page keeps matter id, client id, document version and date.`,
  retrieval: `Chunk by the document's own structure: clauses and headings, 400-600 tokens with 60 tokens overlap, each chunk carrying matter id, version and page. Hybrid search: BM25 for defined terms and clause numbers plus dense vectors (text-embedding-3-large) fused with reciprocal rank fusion, top 50 candidates reranked by a cross-encoder to the best 8. The ethical wall is a pre-filter inside the query on matter ACLs, never a post-filter, because a leaked chunk cannot be unseen. When nothing scores above the threshold the assistant says it found nothing and shows the closest documents. Target recall@10 >= 0.9 on 300 labelled questions.`,
  model: `A mid-size hosted model (gpt-4.1-mini) writes answers with citations; the reranker is a small cross-encoder we host. We pick the smaller model because answers are extractive and grounded, and the large model costs 5x more for a 2-point gain on our golden set. If the provider is down we fall back to a second provider with the same prompt and a stricter citation check.`,
  workflow: `1. Check the user's matters and walls. 2. Rewrite the question into a search query. 3. Retrieve and rerank. 4. Generate with inline citations. 5. Verify each citation's quote against the page text; drop claims that fail. 6. Show the answer with links. A fixed pipeline rather than an agent, because every step is known and auditable.`,
  evals: `A golden set of 300 questions written with 6 associates, each with the pages that answer it. We measure retrieval recall@10, citation precision (a lawyer checks 100 answers a week), and a judge model for faithfulness calibrated against 150 human labels (agreement >= 0.8). Every prompt or model change runs the set in CI and blocks release if citation accuracy drops below 95%.`,
  safety: `Ethical walls enforced in retrieval, tested with 50 adversarial questions across walls. Documents are untrusted: text inside them is data, never instructions, and tool calls are not available to the model at all. PII stays in the firm's tenant; logs keep document ids, not text, for 30 days.`,
  latency: `Budget for p95 8 s: retrieval 600 ms, rerank 400 ms, generation 5 s streamed (first token under 1.5 s), citation checks 800 ms. Streaming makes the wait feel short; if the reranker times out we fall back to fused order.`,
  cost: `6,000 queries a day, about 9k input and 600 output tokens each: roughly $0.006 per query, $1,100 a month, plus $700 for the reranker host. Prefix caching of the instructions saves about 30%. A per-user daily cap stops runaway use.`,
  monitoring: `Log per request: matter, retrieved ids, scores, citations kept and dropped, latency per step. Dashboards for citation failures, empty results and p95 latency; alert when citation failures exceed 3% in an hour. Weekly review of 50 sampled answers by a knowledge lawyer.`,
  rollout: `Pilot with 40 lawyers in one practice group for four weeks behind a flag, then the whole firm if citation accuracy stays >= 95% and time saved is at least 10 minutes per task. A kill switch returns users to plain search.`,
};

/** Three weeks earlier: the same prompt, answered the way most first attempts are. */
export const LEGAL_DRAFT: Record<SectionId, string> = {
  task: `Lawyers at the firm want to search their documents and get answers with citations. Success is that they use it and trust it.`,
  data: `The documents are in the DMS, mostly PDFs and Word files. We load them into the system and keep them updated.`,
  retrieval: `We chunk the documents and store embeddings in a vector database, then retrieve the top 5 chunks for each question and pass them to the model with the question.`,
  model: `GPT-4 for answering, because it is the most accurate model.`,
  workflow: `The user asks a question, we retrieve documents, the model answers with citations and the answer is shown.`,
  evals: `We will test it with some questions from lawyers and check that the answers look right before launch.`,
  safety: `Only show documents the user is allowed to see. Add a disclaimer that it is not legal advice.`,
  latency: `It should be fast, a few seconds per answer.`,
  cost: `Costs depend on usage; we can use a cheaper model if it gets expensive.`,
  monitoring: `Log questions and answers and look at user feedback (thumbs up and down).`,
  rollout: `Release to a few lawyers first, then everyone.`,
};

/** A middling attempt at the internal knowledge assistant: decisions, few numbers, little justification. */
export const KNOWLEDGE_MID: Record<SectionId, string> = {
  task: `12,000 employees ask HR, IT and policy questions across the wiki, drives and tickets. Success: 40% fewer HR and IT tickets in six months and answers that cite the page they came from.`,
  data: `Confluence (80k pages), Google Drive (1.2M files), Jira Service Management tickets and Slack public channels. Connectors sync every hour; permissions come with each document from the source system.`,
  retrieval: `Hybrid search over 500-token chunks with BM25 and embeddings, top 20 reranked to 6. Filter by the asker's groups before ranking so nobody sees a page they cannot open.`,
  model: `A hosted mid-size model for answers and a small one for query rewriting. We would try an open model later if cost grows.`,
  workflow: `Rewrite the question, retrieve, answer with citations, and offer "open a ticket" when confidence is low or no source is found.`,
  evals: `200 real questions from past tickets with the right source page. We check retrieval hit rate and have the support team grade 50 answers a week.`,
  safety: `Permission filters in retrieval, PII redaction in logs, and Slack messages treated as data, never as instructions.`,
  latency: `Target p95 under 5 s with streaming; retrieval should take under a second.`,
  cost: `About 30,000 questions a month at roughly one cent each, so about $300 a month plus search hosting.`,
  monitoring: `Track unanswered questions, thumbs down, and ticket volume per topic, and review low-rated answers weekly.`,
  rollout: `Start with the IT help desk team, then HR, then the whole company over two months.`,
};
