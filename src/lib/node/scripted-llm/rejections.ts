// The 4xx answers a strict OpenAI endpoint gives: wrong key, missing messages, unknown model, bad params.
import type { IncomingMessage } from 'node:http';
import { apiError, type ApiError } from './respond';
import type { ChatBody, ScriptedServerOptions } from './types';

export interface Rejection {
  status: number;
  error: ApiError;
}

/** 401 when a key is required and the request does not carry it (the message echoes what was sent). */
export function authRejection(req: IncomingMessage, requireApiKey: string | undefined): Rejection | null {
  if (requireApiKey === undefined || req.headers.authorization === `Bearer ${requireApiKey}`) return null;
  const sent = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  return {
    status: 401,
    error: apiError(
      `Incorrect API key provided: ${sent || '(none)'}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      'invalid_request_error',
      'invalid_api_key',
    ),
  };
}

/** Why a chat request is refused before any reply, checked in the order OpenAI does; null if it is fine. */
export function chatRejection(
  body: ChatBody | null,
  opts: Pick<ScriptedServerOptions, 'rejectFormats' | 'rejectParams'> & { models: string[] },
): Rejection | null {
  if (!body?.messages?.length) {
    return {
      status: 400,
      error: apiError("'messages' is required", 'invalid_request_error', null, 'messages'),
    };
  }
  if (!body.model || !opts.models.includes(body.model)) {
    return {
      status: 404,
      error: apiError(
        `The model \`${body.model ?? ''}\` does not exist or you do not have access to it.`,
        'invalid_request_error',
        'model_not_found',
      ),
    };
  }
  const format = body.response_format?.type;
  if (format && (opts.rejectFormats as string[] | undefined)?.includes(format)) {
    return {
      status: 400,
      error: apiError(
        `response_format type '${format}' is not supported by this server`,
        'invalid_request_error',
        null,
        'response_format',
      ),
    };
  }
  const rejected = opts.rejectParams?.find((p) => p in body);
  if (rejected) {
    return {
      status: 400,
      error: apiError(
        `Unrecognized request argument supplied: ${rejected}`,
        'invalid_request_error',
        null,
        rejected,
      ),
    };
  }
  return null;
}
