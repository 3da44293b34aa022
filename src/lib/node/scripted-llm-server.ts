// A real HTTP server on 127.0.0.1 that speaks enough of the OpenAI protocol for the grader's tests,
// the LLM bench (src/cli/bench-llm.ts) and the browser e2e run: GET /v1/models, POST /v1/chat/completions
// (JSON or SSE), CORS, a fixed latency per call, prefix-cache accounting, and faults injected by script.
// It lives under src/lib/node (Node-only code, never bundled into the app) because the bench ships in src/cli,
// and src/ does not import from tests/. The parts live in ./scripted-llm/; this entry keeps the public API and
// the standalone CLI.
// Standalone: `npx tsx src/lib/node/scripted-llm-server.ts --port 8787 [--latency-ms N] [--context-limit N]`.
import { pathToFileURL } from 'node:url';
import { DEFAULT_MODELS, startScriptedLlmServer } from './scripted-llm/server';

export type {
  Fault,
  FaultRule,
  RecordedRequest,
  ScriptedServer,
  ScriptedServerOptions,
} from './scripted-llm/types';
export { startScriptedLlmServer } from './scripted-llm/server';
export { scriptedGrade } from './scripted-llm/replies';
export { browserLikeFetch } from './scripted-llm/cors';
export { longAnswers, sampleAnswers, sampleGradeInput } from './scripted-llm/samples';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const server = await startScriptedLlmServer({
    port: Number(argValue(args, '--port') ?? 8787),
    latencyMs: Number(argValue(args, '--latency-ms') ?? 0),
    ...(argValue(args, '--require-key') ? { requireApiKey: argValue(args, '--require-key') } : {}),
    ...(argValue(args, '--context-limit') ? { contextLimit: Number(argValue(args, '--context-limit')) } : {}),
    cors: (['refuse', 'wildcard-headers'] as const).find((c) => c === argValue(args, '--cors')) ?? 'allow',
  });
  console.log(`Scripted LLM server listening on ${server.url} (models: ${DEFAULT_MODELS.join(', ')})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
