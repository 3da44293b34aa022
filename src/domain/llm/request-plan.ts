import type { GradeAllInput } from '../grading';
import { sectionMeta, type SectionId } from '../sections';
import { replyReserve } from './context-window';
import { buildSectionAsk, buildSharedMessages, type ChatMessage, type PromptLayout } from './grading-prompt';
import type { FormatMode } from './provider-presets';
import { requestBudgetTokens } from './token-estimate';

/** From richest to leanest: the planner takes the first layout in which every section's request fits. */
const LAYOUTS: readonly PromptLayout[] = [
  { answer: 'whole', diagram: true, rubric: 'full', briefChars: null, map: 'purposes' },
  { answer: 'whole', diagram: false, rubric: 'full', briefChars: null, map: 'purposes' },
  { answer: 'digest', diagram: true, rubric: 'full', briefChars: null, map: 'purposes' },
  { answer: 'digest', diagram: false, rubric: 'full', briefChars: null, map: 'purposes' },
  { answer: 'digest', diagram: false, rubric: 'compact', briefChars: null, map: 'titles' },
  { answer: 'short-digest', diagram: false, rubric: 'compact', briefChars: 1_200, map: 'titles' },
  { answer: 'none', diagram: false, rubric: 'compact', briefChars: 800, map: 'titles' },
  { answer: 'none', diagram: false, rubric: 'compact', briefChars: 400, map: 'titles' },
];

export interface PlanOptions {
  nonce: string;
  format: FormatMode;
  /** The response_format sent with json_schema, counted because servers count it too. */
  formatJson: string;
  contextWindow: number;
  maxOutputTokens: number;
}

type SectionRequest =
  | { section: SectionId; ok: true; messages: ChatMessage[]; promptTokens: number }
  | { section: SectionId; ok: false; promptTokens: number; error: string };

export interface RequestPlan {
  layout: PromptLayout;
  /** Sent as max_tokens: room kept for the reply. */
  replyTokens: number;
  /** Tokens the prompt may use: the window minus the reply reserve. */
  promptBudget: number;
  shared: ChatMessage[];
  requests: SectionRequest[];
}

function requestsFor(
  input: GradeAllInput,
  sections: readonly SectionId[],
  layout: PromptLayout,
  opts: PlanOptions,
  budget: number,
): { shared: ChatMessage[]; requests: SectionRequest[] } {
  const shared = buildSharedMessages(input, opts.nonce, opts.format, layout);
  const requests = sections.map((section): SectionRequest => {
    const messages = [...shared, buildSectionAsk(input, section, opts.nonce, layout)];
    const promptTokens = requestBudgetTokens(messages, opts.formatJson);
    if (promptTokens <= budget) return { section, ok: true, messages, promptTokens };
    return {
      section,
      ok: false,
      promptTokens,
      error: `The ${sectionMeta(section).title} section does not fit the ${opts.contextWindow.toLocaleString('en-US')}-token context window: even with only this section, its rubric and the instructions, the request needs about ${promptTokens.toLocaleString('en-US')} tokens plus ${(opts.contextWindow - budget).toLocaleString('en-US')} kept for the reply.`,
    };
  });
  return { shared, requests };
}

/**
 * Plans the requests of one grading run so each fits the context window with room for the reply. All
 * sections use one layout, so their shared prefix stays identical for the provider's prompt cache; the
 * richest layout in which every section fits wins. Sections that fit no layout get an error, never a
 * request the server would silently cut. Empty sections are the caller's business (no request at all).
 */
export function planRequests(
  input: GradeAllInput,
  sections: readonly SectionId[],
  opts: PlanOptions,
): RequestPlan {
  const replyTokens = replyReserve(opts.contextWindow, opts.maxOutputTokens);
  const promptBudget = opts.contextWindow - replyTokens;
  let last: RequestPlan | null = null;
  for (const layout of LAYOUTS) {
    const { shared, requests } = requestsFor(input, sections, layout, opts, promptBudget);
    last = { layout, replyTokens, promptBudget, shared, requests };
    if (requests.every((r) => r.ok)) return last;
  }
  return last as RequestPlan;
}
