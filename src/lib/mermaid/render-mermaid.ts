// The only module that imports mermaid. It loads it lazily (its own chunk, fetched when a diagram is
// first shown), configures it for the current colour scheme with strict security and SVG-only labels,
// runs one parse-and-render at a time (mermaid keeps global state and is not re-entrant) and sanitises
// the SVG it hands back. Image addresses are taken out of the source first: mermaid would fetch them.
import type { Mermaid, MermaidConfig } from 'mermaid';
import { prefersDark } from './color-scheme';
import { withoutRemoteImages } from './remote-images';
import { sanitizeSvg } from './sanitize-svg';
import { sourceLine } from './source-lines';

export type RenderResult = { ok: true; svg: string } | { ok: false; message: string; line: number | null };

let loading: Promise<Mermaid> | null = null;
let configuredDark: boolean | null = null;
let queue: Promise<unknown> = Promise.resolve();
let renderCount = 0;

function config(dark: boolean): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    suppressErrorRendering: true,
    // Keys a diagram's own front matter or %%{init}%% directive may not override.
    secure: [
      'secure',
      'securityLevel',
      'startOnLoad',
      'maxTextSize',
      'maxEdges',
      'suppressErrorRendering',
      'htmlLabels',
      'themeCSS',
    ],
  };
}

async function load(): Promise<Mermaid> {
  loading ??= import('mermaid').then((m) => m.default);
  const mermaid = await loading.catch((error: unknown) => {
    loading = null;
    throw error;
  });
  const dark = prefersDark();
  if (configuredDark !== dark) {
    mermaid.initialize(config(dark));
    configuredDark = dark;
  }
  return mermaid;
}

interface ParserHash {
  line?: unknown;
  loc?: { first_line?: unknown };
}

/** A readable message and, when mermaid says where, the line of `source` at fault. */
function describeError(error: unknown, source: string): { message: string; line: number | null } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'UnknownDiagramError') {
    return {
      message: `Unknown diagram type: start with a keyword such as "flowchart LR". (${message.split('\n')[0]})`,
      line: sourceLine(source, 1),
    };
  }
  const hash = (error as { hash?: ParserHash } | null)?.hash;
  const reported =
    typeof hash?.loc?.first_line === 'number'
      ? hash.loc.first_line
      : typeof hash?.line === 'number'
        ? hash.line + 1
        : Number(/\bline (\d+)/i.exec(message)?.[1] ?? NaN);
  return { message, line: Number.isFinite(reported) ? sourceLine(source, reported) : null };
}

async function renderNow(id: string, original: string): Promise<RenderResult> {
  const source = withoutRemoteImages(original);
  let mermaid: Mermaid;
  try {
    mermaid = await load();
  } catch {
    return { ok: false, message: 'The diagram renderer could not be loaded. Try again.', line: null };
  }
  try {
    await mermaid.parse(source);
  } catch (error) {
    return { ok: false, ...describeError(error, source) };
  }
  try {
    const { svg } = await mermaid.render(id, source);
    const clean = sanitizeSvg(svg);
    return clean
      ? { ok: true, svg: clean }
      : { ok: false, message: 'The diagram came out empty.', line: null };
  } catch (error) {
    return { ok: false, ...describeError(error, source) };
  } finally {
    document.getElementById(`d${id}`)?.remove();
  }
}

/**
 * Validates and renders a diagram to sanitised SVG, or says what is wrong and on which line.
 * `id` only needs to be unique on the page; each render gets a fresh element id, because mermaid
 * removes any element that already has the id it renders to (the diagram currently on show).
 */
export async function renderMermaid(id: string, source: string): Promise<RenderResult> {
  const elementId = `mermaid-${id.replace(/[^\w-]/g, '')}-${++renderCount}`;
  const run = queue.then(() => renderNow(elementId, source));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Starts fetching mermaid's chunk when the browser is next idle, so the first diagram draws sooner.
 * Returns a cancel function; does nothing where idle callbacks do not exist (jsdom).
 */
export function warmMermaid(): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const handle = requestIdleCallback(() => void load().catch(() => undefined));
  return () => cancelIdleCallback(handle);
}
