// The phrase patterns of reasoning about a design: a reason, a rejected alternative or a cost accepted
// (TRADEOFF), and a failure handled (FAILURE). Like cue-patterns.ts, general interview and write-up
// language, run on normalizeText() output; phrases are regex fragments listed with phrases`...`.
import { byFirstLetter, phrases } from './phrase-list';

/** Words that give a reason, name the alternative or accept a cost. */
const REASONS = phrases`
  trade-?offs?, trade (?:of|is), instead of, because, since, given (?:that|the), due to, hence,
  therefore, otherwise, at the cost of, at the expense of, at the price of, versus, vs\.?,
  rather than, compared (?:to|with), in exchange, in return for, downsides?, drawbacks?, whereas,
  the alternative, alternatively, outweighs?, so that, which means, (?:this|that|it) means,
  we accept, accepting, the catch, the price, is the price, the cost is, costs? us,
  we (?:lose|give up|pay), worth (?:it|the), not worth, isn't worth, pays? (?:off|for itself),
  to avoid, to keep, to prevent, to protect, only (?:if|when), unless, why:,
`;

/** Comparatives of "X is cheaper than Y". */
const COMPARATIVES = phrases`
  cheaper, faster, slower, simpler, safer, easier, harder, better, worse, more accurate,
  more expensive, less accurate, more reliable, more robust, riskier, noisier, quicker, smaller,
  larger,
`;

/** What was learnt by trying: "turned out", "in practice", "it broke", "was not enough". */
const OUTCOMES = phrases`
  turned out, proved, ended up, in practice, in the end, that's why, which is why, this is why,
  the reason, (?:this|it) (?:worked|didn't work|did not work|broke|failed),
  (?:wasn't|was not|weren't|were not) (?:enough|good enough|worth),
`;

/** What a "but" weighs: "X, but it is slower", "but we lose recall". */
const BUT_COSTS = phrases`
  costs?, slower, faster, cheaper, expensive, complex, risk\w*, lose, loses, worse, better, harder,
  miss\w*, latency, accuracy, quality, recall, precision,
`;

/** What an option costs, in "X, while degrading quality", "but losing recall". */
const COSTING = phrases`
  degrading, hurting, losing, sacrificing, costing, giving up,
`;

/**
 * A change that is a cost only by what it changes: "while adding latency" is a price paid, "while
 * reducing cost" a second gain, not a trade-off.
 */
const CHANGING = phrases`
  adding (?:\w+ )?(?:latency|cost|complexity|risk|load|overhead|delay|seconds|ms|tokens),
  (?:increasing|doubling|raising) (?:the )?(?:latency|costs?|complexity|risk|load|overhead|bill|p\d\d|error|errors),
  (?:reducing|lowering|cutting) (?:the )?(?:quality|accuracy|recall|precision|coverage|relevance|faithfulness),
`;

/** A reason, a rejected alternative, or a cost accepted. */
export const TRADEOFF = new RegExp(
  phrases`
    \b(?:${byFirstLetter(REASONS)})
    \b(?:${byFirstLetter(COMPARATIVES)}) than\b
    \btrad(?:e|es|ed|ing)\b(?:\s+\w+){0,4}\s+for\b
    \bprefer(?:s|red)? (?:\w+ ){0,3}(?:to|over)\b
    \b(?:chose|chosen|picked|selected|weight|weigh|prioriti[sz]e|favou?r)\w* (?:\w+ ){0,4}over\b
    \b(?:wins|beats|outranks|trumps|(?:'d|would) rather)\b
    \b(?:can (?:wait|lag|be slower|be stale)|is (?:fine|acceptable|ok|good enough)|acceptable|tolerable|good enough)\b
    \b(?:costs?|matters?|hurts?|weighs?) (?:\w+ ){0,2}(?:more|less) than\b
    \b(?:${byFirstLetter(OUTCOMES)})\b
    \btoo (?:late|slow|expensive|noisy|risky|costly|complex|brittle|fragile|coarse|small|big|large|long)\b
    \b(?:isn't|is not|not) enough\b
    \b(?:tempting|would (?:save|cost|add|cut|help|be (?:cheaper|faster|simpler)))\b[^.;]*\bbut\b
    \b(?:while|whilst|but|at the cost of)\s+(?:${byFirstLetter(COSTING)}|${byFirstLetter(CHANGING)})\b
    \bbut\b[^.;]{0,40}\b(?:${byFirstLetter(BUT_COSTS)})\b
    \b(?:saves?|saving|adds?|cuts?|costs?|halves?|doubles?)\s+(?:about\s+|roughly\s+|~\s*)?[$€£]?\d
    \d\s*(?:x|×|%)\s+(?:cheaper|faster|slower|fewer|more|less|lower|higher)\b
    (?:^|[,;:(]\s*|\band\s+|\s-\s)so\b(?!\s+(?:far|on|much|many)\b)
    \bso (?:the|that|we|a|an|it|they)\b
  `.join('|'),
);

/** Words of a failure handled: "falls back", "times out", "escalate", "kill switch". */
const FAILURE_WORDS = phrases`
  fallbacks?, falls? back, fall(?:ing)? back, fails?, failed, failures?, failing, timeouts?,
  times? out, timed out, retr(?:y|ies|ied|ying), degrad\w*, escalat\w*, circuit[- ]breakers?,
  roll(?:s|ed|ing)? ?back, rollbacks?, kill[- ]switch\w*, outages?, unavailable, goes down, is down,
  error budget, back-?off, dead[- ]letter, idempoten\w*, graceful\w*, abstain\w*, refuses?, refusal,
  low[- ]confidence, hand(?:s|ed)? off, handoff, disabl\w*, turn(?:s|ed)? (?:\w+ ){0,2}off,
  switch(?:es|ed)? off, paged, fail(?:s|ing)? (?:safe|closed), fail-safe, incidents?, goes wrong,
  go wrong, slips? through, reverts?, blocked, quarantin\w*,
`;

/** What goes wrong in "if the lookup is slow", "if retrieval returns nothing". */
const TROUBLES = phrases`
  takes (?:over|more than|longer than), exceeds, is slow, is missing, is empty, returns nothing,
  errors, is wrong, breaks, is unavailable, leaks?, drops?, spikes?, changes, mismatch\w*, is below,
  falls below, is unsure,
`;

/**
 * What happens when something fails, is slow, unsure or wrong. A failure word that names a metric
 * ("fallback rate", "error count") is something measured, not a failure handled.
 */
export const FAILURE = new RegExp(
  phrases`
    \b(?:${byFirstLetter(FAILURE_WORDS)})\b(?!\s+(?:rates?|counts?|ratios?)\b(?!-))
    \bif\b[^.;]{1,60}?\b(?:${byFirstLetter(TROUBLES)})\b
    \b(?:missing|wrong|slow|down|stale|low|mismatch\w*|leaks?|drift\w*)\b[^.;]{0,40}(?:->|→)
  `.join('|'),
);
