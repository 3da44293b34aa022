/** A starting point for the architecture diagram: the usual parts of an AI system and how they connect. */
export const STARTER_DIAGRAM = `flowchart LR
  user([User]) --> client[Client app]
  client -->|request| api[API gateway]
  api --> orch[Orchestrator]
  orch -->|query| retriever[Retriever]
  retriever --> vectors[(Vector store)]
  docs[(Source documents)] -.->|ingest and embed| vectors
  orch -->|prompt + context| model[LLM]
  model -->|tool calls| tools[Tools and APIs]
  tools --> model
  model -->|answer + citations| orch
  orch -->|response| api
  orch -.->|traces| evals[Eval loop]
  evals -.->|golden sets, regressions| orch
`;
