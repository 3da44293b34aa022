// Fetching a pack from a URL (a raw file in a git repository or a gist), with a plain message for each
// way it can fail, CORS included. The body is read up to the pack size limit and no further.
import { formatBytes, PACK_LIMITS } from '@/domain/pack/limits';

type Fetched = { ok: true; text: string; url: string } | { ok: false; problem: string };

/** github.com/<owner>/<repo>/blob/<ref>/<path> and gist pages point at HTML; use the raw file instead. */
export function rawUrlOf(input: string): string {
  const blob = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(input);
  if (blob) return `https://raw.githubusercontent.com/${blob[1]}/${blob[2]}/${blob[3]}`;
  return input;
}

export async function fetchImport(input: string, signal?: AbortSignal): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(rawUrlOf(input.trim()));
  } catch {
    return { ok: false, problem: 'That is not a web address. Paste a full https:// address.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: `Only http and https addresses can be fetched, not ${url.protocol}` };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: signal ?? null });
  } catch {
    return {
      ok: false,
      problem: `${url.host} did not let this page read the file. Either the server is unreachable, or it does not allow other sites to read it (CORS). Raw files on raw.githubusercontent.com and gist.githubusercontent.com allow it; otherwise download the file and import it from your disk.`,
    };
  }
  if (!response.ok)
    return { ok: false, problem: `${url.host} answered ${response.status} ${response.statusText}`.trim() };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > PACK_LIMITS.maxBytes)
    return {
      ok: false,
      problem: `The file is ${formatBytes(declared)}; the limit is ${formatBytes(PACK_LIMITS.maxBytes)}.`,
    };
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, text: await response.text(), url: url.href };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > PACK_LIMITS.maxBytes) {
      await reader.cancel();
      return { ok: false, problem: `The file is over ${formatBytes(PACK_LIMITS.maxBytes)}, the limit.` };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { ok: true, text: new TextDecoder().decode(bytes), url: url.href };
}
