// Known anti-patterns that cost a point even when the vocabulary is right: the design choice itself
// is the mistake the rubric's red flags and the prompts' briefs warn about. Each has an id, the
// sections it applies to, and a pattern over one normalised sentence; a sentence that rejects the
// pattern ("never after ranking", "not after") does not count.
import type { SectionId } from '../sections';

interface AntiPattern {
  id: string;
  label: string;
  sections: readonly SectionId[];
  /** Matches one normalised sentence that makes the mistake. */
  pattern: RegExp;
  /** A negation inside the match rejects it too ("filters run before ranking, never after"). */
  negatableInside: boolean;
}

const ACCESS = String.raw`(?:permission|acl|access[- ]control|access check|entitlement|ethical[- ]wall|wall|tenant|security)\w*`;
const LATE = String.raw`(?:after|once|post)\b[^.;]{0,30}\b(?:rank|rerank|retriev|search|generat|the (?:model|llm) (?:answers|responds|writes))\w*`;
const CANNOT = String.raw`(?:can(?:not|'t)|may not|isn't allowed to|aren't allowed to|has no access|have no access|lacks? access)`;

export const ANTI_PATTERNS: readonly AntiPattern[] = [
  {
    id: 'permissions-after-ranking',
    label: 'Permissions filtered after ranking or generation, not inside the query',
    sections: ['retrieval', 'safety', 'data'],
    pattern: new RegExp(
      String.raw`\b${ACCESS}\b[^.;]{0,60}\b${LATE}|\bpost-?filter\w*\b[^.;]{0,40}\b${ACCESS}|\b${ACCESS}[^.;]{0,40}\bpost-?filter\w*|\b(?:rank|rerank|retriev)\w*\b[^.;]{0,60}\b(?:then|afterwards|after that|finally)\b[^.;]{0,20}\b(?:filter|remove|drop|hide|strip)\w*\b[^.;]{0,60}\b${CANNOT}`,
    ),
    negatableInside: true,
  },
  {
    id: 'model-enforces-permissions',
    label: 'The model is asked to enforce permissions instead of code',
    sections: ['retrieval', 'safety', 'workflow'],
    pattern: new RegExp(
      String.raw`\b(?:tell|ask|instruct|prompt)\w*\s+(?:the\s+)?(?:model|llm)\b[^.;]{0,40}\b(?:not to (?:reveal|show|mention|use)|to (?:respect|enforce|check))\b[^.;]{0,40}\b(?:${ACCESS}|restricted|confidential|walled)`,
    ),
    negatableInside: false,
  },
];

/** What rejects the pattern: "never", "not", "instead of" just before or inside the match. */
const REJECTED = /\b(?:never|not|no|don't|do not|avoid\w*|instead of|rather than|rejected|wrong)\b/;

/** The anti-patterns a sentence makes, for the given section. */
export function antiPatternsIn(lower: string, section: SectionId): AntiPattern[] {
  return ANTI_PATTERNS.filter((p) => {
    if (!p.sections.includes(section)) return false;
    const m = p.pattern.exec(lower);
    if (!m) return false;
    const before = lower.slice(Math.max(0, m.index - 30), m.index);
    return !REJECTED.test(before) && !(p.negatableInside && REJECTED.test(m[0]));
  });
}
