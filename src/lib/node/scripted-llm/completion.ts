// Writes a chat completion, as one JSON body or as SSE chunks ending in [DONE]; both honour `truncate`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sleep } from './respond';
import type { RecordedRequest, Reply } from './types';

export interface Completion {
  id: string;
  created: number;
  model: string | undefined;
  reply: Reply;
  usage: Record<string, unknown>;
  /** Drop the connection part-way (the `truncate` fault). */
  truncate: boolean;
  /** Stream `chars` characters every `everyMs` (the `drip` fault). */
  drip?: { chars: number; everyMs: number };
}

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  rec: RecordedRequest;
  cors: Record<string, string>;
}

export async function sendCompletion({ req, res, rec, cors }: Exchange, c: Completion): Promise<void> {
  const { id, created, model, reply, usage } = c;
  if (c.truncate) {
    rec.status = 200;
    res.writeHead(200, { 'content-type': 'application/json', ...cors });
    res.write(JSON.stringify({ id, object: 'chat.completion' }).slice(0, 20));
    await sleep(30);
    req.socket.destroy();
    return;
  }
  sendJson(
    res,
    rec,
    200,
    {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: reply.refusal ? null : reply.content,
            refusal: reply.refusal ?? null,
          },
          finish_reason: reply.finish,
        },
      ],
      usage,
    },
    cors,
  );
}

function splitChunks(s: string, n: number): string[] {
  if (!s) return [];
  const size = Math.max(1, Math.ceil(s.length / n));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

export async function streamCompletion(
  { req, res, rec, cors }: Exchange,
  c: Completion,
  stream: { chunkDelayMs: number | undefined; includeUsage: boolean | undefined },
): Promise<void> {
  const { id, created, model, reply, usage } = c;
  rec.status = 200;
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    ...cors,
  });
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  const pieces = reply.refusal
    ? []
    : c.drip
      ? splitChunks(reply.content, Math.ceil(reply.content.length / c.drip.chars))
      : splitChunks(reply.content, 6);
  const pause = c.drip?.everyMs ?? stream.chunkDelayMs;
  if (reply.refusal) res.write(chunk({ refusal: reply.refusal }, null));
  for (const [i, piece] of pieces.entries()) {
    if (c.truncate && i >= pieces.length / 2) {
      await sleep(30); // let what was written reach the client first
      req.socket.destroy();
      return;
    }
    if (res.destroyed) return;
    res.write(chunk({ content: piece }, null));
    if (pause) await sleep(pause);
  }
  res.write(chunk({}, reply.finish));
  if (stream.includeUsage) {
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`,
    );
  }
  res.write('data: [DONE]\n\n');
  res.end();
}
