// Mermaid reports a syntax error's line in its preprocessed text: front matter, `%%{...}%%` directives,
// `%%` comment lines and leading blank lines are gone by then. These mirror its preprocessing
// (mermaid 12, src/preprocess.ts) while remembering where each character came from.
const FRONT_MATTER = /^[ \t]*---[ \t]*\n[\s\S]*?\n[ \t]*---[ \t]*\n/g;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
const LEADING_SPACE = /^\s+/g;

/** Maps a line number mermaid reports back to the line of `source` it came from (1-based). */
export function sourceLine(source: string, reported: number): number {
  let text = source.replace(/\r\n?/g, '\n');
  let origin: number[] = [];
  for (let i = 0, line = 1; i < text.length; i++) {
    origin.push(line);
    if (text[i] === '\n') line++;
  }
  const lineCount = (origin.at(-1) ?? 1) + (text.endsWith('\n') ? 1 : 0);
  for (const pattern of [FRONT_MATTER, DIRECTIVE, COMMENT_LINE, LEADING_SPACE]) {
    const dropped = new Set<number>();
    for (const m of text.matchAll(pattern)) {
      for (let i = m.index; i < m.index + m[0].length; i++) dropped.add(i);
    }
    origin = origin.filter((_, i) => !dropped.has(i));
    text = dropChars(text, dropped);
  }
  let index = 0;
  for (let line = 1; line < reported && index < text.length; index++) {
    if (text[index] === '\n') line++;
  }
  const mapped = origin[index] ?? (origin.at(-1) ?? 0) + 1;
  return Math.min(Math.max(1, mapped), lineCount);
}

function dropChars(text: string, dropped: ReadonlySet<number>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!dropped.has(i)) out += text[i];
  return out;
}
