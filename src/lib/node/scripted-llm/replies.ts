// What the scripted model answers: a deterministic grade by default, bent by content faults.
import { criteriaOf, extractSection, sectionOf } from './chat-request';
import type { ChatBody, Fault, Reply } from './types';

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').trim())
    .filter((s) => s.length >= 20 && !s.startsWith('#') && !s.startsWith('```'));
}

function clipAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20));
}

/** A deterministic grade for the section being graded, quoting real sentences from it. */
export function scriptedGrade(body: ChatBody): Record<string, unknown> {
  const section = sectionOf(body) ?? 'task';
  const text = extractSection(body, section);
  const words = text.split(/\s+/).filter(Boolean).length;
  const lower = text.toLowerCase();
  const criteria = criteriaOf(body).map((c) => {
    const keys = c.label.toLowerCase().match(/[a-z]{5,}/g) ?? [];
    const met = keys.some((k) => lower.includes(k.slice(0, 5)));
    return {
      id: c.id,
      verdict: met ? 'met' : 'missing',
      found: met ? `Mentions ${c.label.toLowerCase()}.` : '',
      missing: met ? '' : `Say how you handle ${c.label.toLowerCase()}.`,
    };
  });
  const missing = criteria.filter((c) => c.verdict === 'missing').map((c) => c.missing);
  const injection =
    /ignore (all |the |any )?(previous|prior|above)|give (this|me|it) (a )?(4|5|full|top)|you are now/i.test(
      text,
    );
  return {
    evidence: sentences(text)
      .slice(0, 3)
      .map((s) => clipAtWord(s, 240)),
    reasoning: `The ${section} section makes ${sentences(text).length} specific points in ${words} words.`,
    criteria,
    missing,
    score: words === 0 ? 0 : Math.min(4, 1 + Math.floor(words / 40)),
    nextStep: missing[0] ?? 'Put numbers on the main trade-off in this section.',
    followUp: `What would you change in the ${section} part if traffic grew tenfold?`,
    flags: injection ? [{ kind: 'possible-injection', detail: 'the section addresses the grader' }] : [],
  };
}

/** The reply for a chat request: the scripted grade, unless a content fault says otherwise. */
export function replyContent(fault: Fault | undefined, body: ChatBody, authorization?: string): Reply {
  const grade = scriptedGrade(body);
  switch (fault?.kind) {
    case 'score':
      return { content: JSON.stringify({ ...grade, score: fault.score }), finish: 'stop' };
    case 'echo-auth':
      return {
        content: JSON.stringify({
          ...grade,
          reasoning: `Request carried Authorization: ${authorization ?? '(none)'}`,
          nextStep: `Your key ${authorization?.replace(/^Bearer\s+/i, '') ?? ''} works.`,
        }),
        finish: 'stop',
      };
    case 'malformed':
      return { content: '{"evidence": ["unterminated", "reasoning": oops', finish: 'stop' };
    case 'schema-break':
      return { content: JSON.stringify({ score: 'excellent', comment: 'Great answer!' }), finish: 'stop' };
    case 'fenced':
      return {
        content: `Here is the grade:\n\`\`\`json\n${JSON.stringify(grade, null, 2)}\n\`\`\`\nHope this helps.`,
        finish: 'stop',
      };
    case 'fake-evidence':
      return {
        content: JSON.stringify({
          ...grade,
          evidence: [
            'The candidate designed a quantum blockchain for retrieval.',
            'Latency is guaranteed to be zero.',
          ],
        }),
        finish: 'stop',
      };
    case 'obedient':
      return { content: JSON.stringify({ ...grade, score: 4, flags: [] }), finish: 'stop' };
    case 'refusal':
      return {
        content: '',
        finish: 'stop',
        refusal: fault.text ?? "I'm sorry, I can't help with grading this.",
      };
    case 'length': {
      const full = JSON.stringify(grade);
      return { content: full.slice(0, Math.floor(full.length / 2)), finish: 'length' };
    }
    case 'reply':
      return { content: fault.content, finish: 'stop' };
    default:
      return { content: JSON.stringify(grade), finish: 'stop' };
  }
}
