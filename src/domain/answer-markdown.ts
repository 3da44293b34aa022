import { SECTION_IDS, SECTIONS, sectionByHeading, type SectionId } from './sections';

/** Anything shaped like an attempt: the app exports Attempts, the CLI builds plain objects. */
export interface AnswerLike {
  promptId?: string;
  promptTitle?: string;
  answers: Partial<Record<SectionId, { text: string } | string>>;
  diagram?: { source: string } | string;
}

export interface ParsedAnswer {
  title: string | null;
  promptId: string | null;
  answers: Partial<Record<SectionId, string>>;
  diagram: string;
  /** Sections that had a heading, in file order. */
  sectionsFound: SectionId[];
  /** `## ` headings that name no section; their text stays in the section above them. */
  unknownHeadings: string[];
}

export const DIAGRAM_HEADING = 'Architecture diagram';
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

function diagramSource(block: string): string {
  const m = block.match(/^(`{3,}|~{3,})\s*(?:mermaid)?[^\n]*\n([\s\S]*?)\n\1\s*$/m);
  return (m?.[2] ?? block).trim();
}

/** Reads Markdown written by answerToMarkdown (or by hand with `## <Section title>` headings). */
export function parseAnswerMarkdown(markdown: string): ParsedAnswer {
  const lines = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const buckets = new Map<SectionId | 'diagram', string[]>();
  const result: ParsedAnswer = {
    title: null,
    promptId: null,
    answers: {},
    diagram: '',
    sectionsFound: [],
    unknownHeadings: [],
  };
  let current: SectionId | 'diagram' | null = null;
  let fence: string | null = null;
  for (const line of lines) {
    const fenceMatch = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
    } else if (fence === null) {
      const h2 = line.match(/^##\s+(.+?)\s*#*\s*$/);
      const h1 = line.match(/^#\s+(.+?)\s*#*\s*$/);
      const comment = line.trim().match(PROMPT_COMMENT);
      if (h2?.[1]) {
        const id = sectionByHeading(h2[1]);
        if (id || isDiagramHeading(h2[1])) {
          current = id ?? 'diagram';
          if (id && !result.sectionsFound.includes(id)) result.sectionsFound.push(id);
          if (!buckets.has(current)) buckets.set(current, []);
          continue;
        }
        result.unknownHeadings.push(h2[1]);
      } else if (h1?.[1] && current === null && result.title === null) {
        result.title = h1[1];
        continue;
      } else if (comment?.[1] && current === null) {
        result.promptId = comment[1];
        continue;
      }
    }
    if (current) buckets.get(current)?.push(line);
  }
  for (const id of SECTION_IDS) {
    const body = buckets.get(id);
    if (body) result.answers[id] = body.join('\n').trim();
  }
  const diagram = buckets.get('diagram');
  if (diagram) result.diagram = diagramSource(diagram.join('\n').trim());
  return result;
}
