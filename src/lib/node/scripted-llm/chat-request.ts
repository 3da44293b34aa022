// Reads what the grader sent: the raw body, the section it grades, its criteria and the prompt text.
import type { IncomingMessage } from 'node:http';
import { isSectionId, type SectionId } from '@/domain/sections';
import type { ChatBody } from './types';

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sectionOf(body: ChatBody | null): SectionId | null {
  const msgs = body?.messages ?? [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i]?.content?.match(/Section to grade: ([a-z]+)/);
    if (m?.[1] && isSectionId(m[1])) return m[1];
  }
  return null;
}

export function promptTextOf(body: ChatBody | null): string {
  if (!body) return '';
  const format = body.response_format ? JSON.stringify(body.response_format) : '';
  return format + (body.messages ?? []).map((m) => `<|${m.role}|>${m.content ?? ''}`).join('');
}

/** The section's text as the grader sent it, between the run's tags. */
export function extractSection(body: ChatBody, section: SectionId): string {
  for (const m of body.messages ?? []) {
    const re = new RegExp(
      `<answer_section id="([^"]+)" section="${section}"[^>]*>\\n([\\s\\S]*?)\\n</answer_section id="\\1">`,
    );
    const hit = m.content?.match(re);
    if (hit?.[2] !== undefined) return hit[2] === '(empty)' ? '' : hit[2];
  }
  return '';
}

/** The criteria of the section being graded, read from its rubric's "- [id] Label: ..." lines. */
export function criteriaOf(body: ChatBody): { id: string; label: string }[] {
  const ask = [...(body.messages ?? [])].reverse().find((m) => m.content?.includes('Criteria, by id:'));
  const block = ask?.content?.split('Criteria, by id:')[1]?.split('\n\n')[0] ?? '';
  return [...block.matchAll(/^- \[([a-z0-9-]+)\] ([^:\n]+):/gm)].map((m) => ({
    id: m[1] ?? '',
    label: m[2] ?? '',
  }));
}
