// JSON responses with OpenAI-style error bodies, recording the status sent on the request log.
import type { ServerResponse } from 'node:http';
import type { RecordedRequest } from './types';

export interface ApiError {
  error: { message: string; type: string; code: string | null; param: string | null };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const apiError = (
  message: string,
  type: string,
  code: string | null,
  param: string | null = null,
): ApiError => ({
  error: { message, type, code, param },
});

export function sendJson(
  res: ServerResponse,
  rec: RecordedRequest,
  status: number,
  json: unknown,
  headers: Record<string, string>,
): void {
  rec.status = status;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(json));
}
