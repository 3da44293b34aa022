/** The heading of the part of a brief that says what a mock interview grades. */
const LISTENS_FOR = /^##\s+What the interviewer listens for\s*$/im;

/**
 * Splits a prompt's Markdown brief into what a candidate reads before starting and the "What the
 * interviewer listens for" section (up to the next level-2 heading), which gives away what a mock grades.
 */
export function splitBrief(body: string): { brief: string; listensFor: string | null } {
  const match = LISTENS_FOR.exec(body);
  if (!match) return { brief: body, listensFor: null };
  const start = match.index;
  const afterHeading = start + match[0].length;
  const next = body.slice(afterHeading).search(/^##\s/m);
  const end = next < 0 ? body.length : afterHeading + next;
  return {
    brief: (body.slice(0, start) + body.slice(end)).trim(),
    listensFor: body.slice(afterHeading, end).trim(),
  };
}
