// The fault script: which rule, if any, applies to a request, counting uses per rule.
import type { SectionId } from '@/domain/sections';
import type { Fault, FaultRule } from './types';

export interface FaultBook {
  /** The first rule matching this request (and still under its `times`), counted as used. */
  pick(kind: 'models' | 'chat', nth: number, section: SectionId | null): Fault | undefined;
  /** Replaces the rules; use counts start again. */
  replace(rules: FaultRule[]): void;
}

export function faultBook(initial: FaultRule[]): FaultBook {
  let rules: { rule: FaultRule; used: number }[] = initial.map((rule) => ({ rule, used: 0 }));
  return {
    pick(kind, nth, section) {
      for (const r of rules) {
        const { rule } = r;
        if (rule.path && rule.path !== kind) continue;
        if (rule.nth !== undefined && (kind !== 'chat' || rule.nth !== nth)) continue;
        if (rule.section && rule.section !== section) continue;
        if (rule.times !== undefined && r.used >= rule.times) continue;
        r.used++;
        return rule.fault;
      }
      return undefined;
    },
    replace(next) {
      rules = next.map((rule) => ({ rule, used: 0 }));
    },
  };
}
