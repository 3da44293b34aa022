// Answer files are read with the CommonMark parser react-markdown already uses (mdast), so a `## `
// line inside a code block is never taken for a section heading.
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { SECTION_IDS, SECTIONS, sectionByHeading, type SectionId } from './sections';

/** Anything shaped like an attempt: the app exports Attempts, the CLI builds plain objects. */
interface AnswerLike {
  promptId?: string;
  promptTitle?: string;
  answers: Partial<Record<SectionId, { text: string } | string>>;
  diagram?: { source: string } | string;
}

interface ParsedAnswer {
  title: string | null;
  promptId: string | null;
  answers: Partial<Record<SectionId, string>>;
  diagram: string;
  /** Sections that had a heading, in file order. */
  sectionsFound: SectionId[];
  /** `## ` headings that name no section; their text stays in the section above them. */
  unknownHeadings: string[];
  /** Problems worth telling the user about, each starting with "line N:". */
  warnings: string[];
}

const DIAGRAM_HEADING = 'Architecture diagram';
const PROMPT_COMMENT = /^<!--\s*design-dojo prompt:\s*([a-z0-9-]+)\s*-->$/;

const textOf = (v: { text: string } | string | undefined) => (typeof v === 'string' ? v : (v?.text ?? ''));

function fenceFor(source: string): string {
  const longest = Math.max(2, ...[...source.matchAll(/`{3,}/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/** The answer as Markdown with one `## <Section title>` per section and the diagram in a mermaid block. */
export function answerToMarkdown(answer: AnswerLike): string {
  const parts: string[] = [];
  if (answer.promptTitle) parts.push(`# ${answer.promptTitle}`);
  if (answer.promptId) parts.push(`<!-- design-dojo prompt: ${answer.promptId} -->`);
  for (const s of SECTIONS) {
    const text = textOf(answer.answers[s.id]).trim();
    parts.push(text ? `## ${s.title}\n\n${text}` : `## ${s.title}`);
  }
  const diagram = (
    typeof answer.diagram === 'string' ? answer.diagram : (answer.diagram?.source ?? '')
  ).trim();
  if (diagram) {
    const fence = fenceFor(diagram);
    parts.push(`## ${DIAGRAM_HEADING}\n\n${fence}mermaid\n${diagram}\n${fence}`);
  }
  return `${parts.join('\n\n')}\n`;
}

function isDiagramHeading(title: string): boolean {
  return /^(architecture\s+)?diagram$/i.test(title.trim());
}

type Boundary = SectionId | 'diagram';

const boundaryOf = (title: string): Boundary | null =>
  sectionByHeading(title) ?? (isDiagramHeading(title) ? 'diagram' : null);

const FENCE_OPEN = /^\s{0,3}(`{3,}|~{3,})/;
const H2_LINE = /^\s{0,3}##\s+(.+?)(?:\s+#+)?\s*$/;

/** The 1-based line of a fenced code block that the document ends before it is closed, or null. */
function unclosedFence(text: string, tree: Root): { line: number; marker: string } | null {
  const lines = text.split('\n');
  let found: { line: number; marker: string } | null = null;
  visit(tree, (node) => {
    if (found || node.type !== 'code' || !node.position) return;
    const first = node.position.start.line;
    const last = node.position.end.line;
    const marker = FENCE_OPEN.exec(lines[first - 1] ?? '')?.[1];
    if (!marker) return;
    const closer = (lines[last - 1] ?? '').trim();
    const closed =
      last > first &&
      closer[0] === marker[0] &&
      /^(`{3,}|~{3,})$/.test(closer) &&
      closer.length >= marker.length;
    if (!closed) found = { line: first, marker };
  });
  return found;
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const child of node.children) visit(child, fn);
}

/**
 * Parses the Markdown; a fenced block left open would run to the end of the file and hide every
 * section after it, so it is closed before the next `## <Section>` heading inside it, with a warning.
 */
function parseRepairingFences(text: string): { text: string; tree: Root; warnings: string[] } {
  const warnings: string[] = [];
  let inserted = 0;
  for (;;) {
    const tree = fromMarkdown(text);
    const open = unclosedFence(text, tree);
    if (!open) return { text, tree, warnings };
    const lines = text.split('\n');
    const originalLine = open.line - inserted;
    const headingAt = lines.findIndex((l, i) => {
      const title = i >= open.line ? H2_LINE.exec(l)?.[1] : undefined;
      return title !== undefined && boundaryOf(title) !== null;
    });
    if (headingAt < 0) {
      warnings.push(
        `line ${originalLine}: the code block opened with ${open.marker} is never closed; everything after it is read as code`,
      );
      return { text, tree, warnings };
    }
    warnings.push(
      `line ${originalLine}: the code block opened with ${open.marker} is never closed; it was ended before "${lines[headingAt]?.trim()}" (line ${headingAt + 1 - inserted})`,
    );
    let closeAt = headingAt;
    while (closeAt > open.line && lines[closeAt - 1]?.trim() === '') closeAt--;
    lines.splice(closeAt, 0, open.marker);
    text = lines.join('\n');
    inserted++;
  }
}

/** Reads Markdown written by answerToMarkdown (or by hand with `## <Section title>` headings). */
export function parseAnswerMarkdown(markdown: string): ParsedAnswer {
  const normalised = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { text, tree, warnings } = parseRepairingFences(normalised);
  const result: ParsedAnswer = {
    title: null,
    promptId: null,
    answers: {},
    diagram: '',
    sectionsFound: [],
    unknownHeadings: [],
    warnings,
  };
  // Each recognised `## ` heading opens a part that runs to the next recognised one.
  const parts: { id: Boundary; from: number; to: number; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const current = parts.at(-1);
    if (node.type === 'heading' && node.depth === 2) {
      const title = toString(node);
      const id = boundaryOf(title);
      if (id) {
        if (current) current.to = start;
        parts.push({ id, from: end, to: text.length, nodes: [] });
        if (id !== 'diagram' && !result.sectionsFound.includes(id)) result.sectionsFound.push(id);
        continue;
      }
      result.unknownHeadings.push(title);
    } else if (!current && node.type === 'heading' && node.depth === 1 && result.title === null) {
      result.title = toString(node);
    } else if (!current && node.type === 'html') {
      const id = PROMPT_COMMENT.exec(node.value.trim())?.[1];
      if (id) result.promptId = id;
    }
    current?.nodes.push(node);
  }
  const bodies = new Map<Boundary, string[]>();
  for (const part of parts) {
    const body = text.slice(part.from, part.to).trim();
    bodies.set(part.id, [...(bodies.get(part.id) ?? []), body]);
  }
  for (const id of SECTION_IDS) {
    const body = bodies.get(id);
    if (body) result.answers[id] = body.filter(Boolean).join('\n\n');
  }
  const diagramPart = parts.find((p) => p.id === 'diagram');
  if (diagramPart) {
    const code = diagramPart.nodes.find((n) => n.type === 'code');
    result.diagram = (
      code?.type === 'code' ? code.value : text.slice(diagramPart.from, diagramPart.to)
    ).trim();
  }
  return result;
}
