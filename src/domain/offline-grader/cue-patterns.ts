// The phrase patterns behind the sentence signals. Each pattern is general interview language (how
// people state a choice, a hedge, a target; reasons and failures are in reason-patterns.ts), never wording
// taken from a particular answer. All run on normalizeText() output: lowercase, NFKC. Phrases are regex
// fragments, listed with phrases`...` (raw: `\w` is written as in a /literal/).
import { byFirstLetter, anyOf, phrases } from './phrase-list';

/** Verbs a design choice is stated with: "we cache", "we pin the model", "route to a human". */
const VERBS = byFirstLetter(phrases`
  use, choose, pick, select, store, route, cache, set, run, cap, limit, chunk, embed, index, log,
  alert, ship, start, keep, send, call, host, deploy, fine-tune, retrieve, rerank, filter, redact,
  require, add, build, split, batch, stream, return, track, measure, sample, block, enforce,
  encrypt, gate, roll, launch, pilot, define, target, budget, precompute, prefer, go, opt, treat,
  classify, escalate, fall, retry, serve, avoid, skip, drop, default, pin, version, compare,
  evaluate, grade, label, review, monitor, page, apply, tag, partition, shard, refresh, sync,
  ingest, parse, extract, summari[sz]e, generate, wrap, sandbox, allow, deny, restrict, mask, hash,
  delete, retain, expire, tune, quantize, distil, distill, cut, reduce, trim, compress, warm,
  prefetch, schedule, queue, throttle, show, notify, check, validate, verify, test, replay, freeze,
  write, read, put, load, rank, dedupe, merge, reserve, allocate, expose, disable, enable, switch,
  replace, combine, approve, assign, spend, pay, estimate, plan, draft, fetch, match, flag, count,
  price, train, expand, hold, stop, pause, revert, wait, decline, refuse, say, answer, offer,
  respond, reply, link, cite, attach, mark, surface, watch, collect, upload, transcribe, translate,
  boost, seed, bind, resolve, audit, scan, sign, ask, confirm, accept, reject, trigger, open, close,
  compute, calculate, publish, persist, save, snapshot, checkpoint, autoscale, scale, co-locate,
  colocate, prefix, fuse, weight, penalise, penalize, demote, promote, rotate, strip, delimit,
  quote, highlight, lock, key, group, order, sort, move, push, pull, post, own, bill, charge, meter,
  canary, shadow, ramp, prioriti[sz]e, separate, isolate, precache, downsample, truncate, chain,
  detect, stage, hand, feed, mirror, inherit, rewrite, embed, normali[sz]e, encode, decode, poll,
`);

/** Words between the subject and the verb of a commitment: "we will first", "i plan to". */
const MODALS = byFirstLetter(phrases`
  would, will, must, then, also, first, only, just, initially, always, never, still, plan to,
  are going to, am going to, going to, prefer to, choose to, decided to, opt to, need to, have to,
  do not, don't, won't, wouldn't, can't,
`);

/** Parts of a system (and people) that can be the subject of a design statement. */
const COMPONENTS = byFirstLetter(phrases`
  system, service, router, pipeline, app, api, team, job, worker, gateway, retriever, orchestrator,
  backend, frontend, ui, client, classifier, layer, step, tool, index, proxy, server, model, judge,
  reranker, cache, queue, flag, dashboard, alert, agent, workflow, grader, policy, filter, check,
  bot, assistant, extractor, scheduler, store, db, database, rule, regex, template, human, person,
  clerk, rep, reviewer, engineer, user, prompt, chatbot,
`);

/** Past participles that do not end in -ed. */
const IRREGULAR = byFirstLetter(phrases`
  bound, kept, sent, run, built, held, shown, set, cut, split, put, read, made, done, left, found,
  spent, brought, paid, split, taken, given, written, chosen, drawn, known, seen, hidden, frozen,
  broken, thrown,
`);

/** A past participle, regular or not ("we'd built", "i'd read"). */
const PAST_PARTICIPLE = `(?:[a-z]+ed|${IRREGULAR}|been|had|gone|got|gotten|heard)\\b`;

/** A choice stated without "we": "went with", "capped at", "backed by", "sits behind". */
const CHOICE_PHRASES = phrases`
  chosen, chose, picked, selected, preferred, decided, opted, go(?:ing)? with, went with,
  opt(?:ing)? for, settled? on, defaults? to, set to, capped at, limited to, pinned to, backed by,
  built on, runs? on, runs? in, lives? in, goes? to, sits? (?:in|behind), handled by, owned by,
  done by,
`;

/** Who does a job, in "the model for X", "a classifier handles Y", "humans (two reps) decide". */
const DOERS = byFirstLetter(phrases`
  model, llm, classifier, reranker, cross-encoder, embeddings?, index, queue, cache, worker,
  service, judge, router, rules?, regex, templates?, human, person, clerk, reps?, team,
`);

/**
 * Adverbs and past-tense verbs of a story of what was done: "we eventually moved to". A past tense is a choice
 * only for a verb of choosing or building ("we capped", "we replaced"), not any past event ("we flipped a flag").
 */
const STORY_ADVERBS = byFirstLetter(phrases`
  then\s+, also\s+, eventually\s+, finally\s+, quickly\s+, later\s+, initially\s+, first\s+,
`);
const STORY_VERBS = byFirstLetter(phrases`
  (?:${VERBS})(?:[bdgklmnprt]?ed|d), ended up, settled on, moved to, went for, built, chose, took, made, kept, cut, put,
  split, wrote, ran, set,
`);

/**
 * What follows a verb used as the first word of a subject or a table cell: up to two more words, then a verb
 * of state or a cell border ("chunk size | pros | cons").
 */
const NOUN_SUBJECT = String.raw`(?:\s+(?!(?:that|which|who|what|where|when|if|it|them|all|only)\b)[a-z-]+){0,2}(?:\s*\||\s+(?:${byFirstLetter(phrases`
  is, are, was, were, has, have, had, affects?, matters?, depends?, varies, vary, grows?, doubles, triples,
  becomes?, seems?, looks?, determines?, drives?, dominates?, explodes?, balloons?, adds? up,
`)})\b)`;

/**
 * An imperative, also after a label or a word that orders the steps ("then load the rate card", "else route
 * to a clerk"): "solution: mask pii before the call"; but a verb that is the first word of
 * a subject or a table cell ("chunk size affects recall", "spend triples after a launch", "chunk size | pros")
 * states no choice.
 */
export const IMPERATIVE = new RegExp(
  `(?:^|[a-z]:\\s)(?:(?:then|else|first|next|finally|otherwise),?\\s+)?(?:${VERBS})\\b(?!${NOUN_SUBJECT})`,
);

/** A verb of choice, a rule ("never", "only"), a contrast ("X, not Y"), or a whiteboard form. */
export const DECISION: readonly RegExp[] = [
  // "we'll", "we'd" + a verb; but "we'd built" is a past story ("we had built"), not a choice.
  new RegExp(`\\b(?:we|i)'ll\\s+(?:not\\s+)?[a-z]{2,}`),
  new RegExp(`\\b(?:we|i)'d\\s+(?:not\\s+)?(?!${PAST_PARTICIPLE})[a-z]{2,}`),
  new RegExp(`\\b(?:we|i)(?:'re|'m)?\\s+(?:(?:${MODALS})\\s+){0,3}(?:${VERBS})(?:e?s|ed|ing)?\\b`),
  anyOf(CHOICE_PHRASES),
  IMPERATIVE,
  // A prohibition: "do not send irreversible commitments automatically", "boundaries: don't auto-handle hr".
  /(?:^|[a-z]:\s)(?:do not|don't)\s+(?:[a-z]+ly\s+)?[a-z-]{3,}/,
  /(?:->|→|=>)/,
  /\b(?:(?:is|are)\s+(?:not\s+)?(?:out of|in)\s+scope|success (?:means|is|is measured|looks like)|v1 (?:is|does|will|covers|drafts|handles|answers|only))\b/,
  // A rule ("never auto-send", "pii is never logged", "only for refunds"); "the company never did" and
  // "it always was" tell a story, not a rule. (A participle is kept: "... and never concatenated" is a rule.)
  /\bonly\b|\b(?:never|always)\b(?!\s+(?:did|was|were|had|made|went|got|saw|knew)\b)/,
  /^(?:no|zero|every|each)\s/,
  /,\s*not\s+(?:the\s+|a\s+|an\s+|by\s+|in\s+|on\s+|from\s+|for\s+)?[a-z]{3,}/,
  new RegExp(
    `\\b(?:${DOERS})\\b(?:\\s*\\([^)]*\\))?\\s+(?:for|handles?|does|owns?|writes?|checks?|decides?)\\b`,
  ),
  // What was done, told as a story: "we switched to", "we ended up using", "we replaced X with Y".
  new RegExp(`\\b(?:we|i)\\s+(?:${STORY_ADVERBS})?(?:${STORY_VERBS})\\b`),
];

/** Verbs that tell what a step of a pipeline does, beyond the verbs of choice. */
const DESCRIBE_VERBS = byFirstLetter(phrases`
  find, convert, suggest, remove, analy[sz]e, determine, identify, re-rank, look, pass, turn, map,
  join, split, produce, emit, create, call, answer, decide,
`);

/** Words that cannot be part of the subject of such a step ("this means collecting logs"). */
const FUNCTION_WORDS = String.raw`(?:${byFirstLetter(phrases`
  this, that, these, those, it, there, which, what, how, why, is, are, was, were, means, and, or,
  to, of, in, for, with, on, by, not, if, when, you, your, we, i, they,
`)})\b`;

/** Kinds of part named with "the/this/our ... <part> <verb>s". */
const PARTS = `${COMPONENTS}|module|component|engine|stage|agent|layer|endpoint`;

/**
 * Forms that describe as often as they decide ("documents are stored", "Data: PDFs and emails"): they
 * count as a decision only in a sentence that is specific on two counts.
 */
export const WEAK_DECISION: readonly RegExp[] = [
  // Another team's design told in the past: "they used a hosted model", "she replaced the index".
  new RegExp(`\\b(?:they|he|she)\\s+(?:${STORY_ADVERBS})?(?:${STORY_VERBS})\\b`),
  new RegExp(
    `\\b(?:${COMPONENTS})s?\\s+(?:(?:will|must|shall|should|can) be able to\\s+|will\\s+|would\\s+|must\\s+|shall\\s+|then\\s+|also\\s+|only\\s+|always\\s+|never\\s+)?(?:${VERBS})(?:e?s|ed)?\\b`,
  ),
  new RegExp(
    `\\b(?:is|are|be|been|gets?|stays?|remains?)\\s+(?:\\w+ly\\s+|not\\s+|never\\s+|always\\s+|only\\s+|then\\s+|also\\s+)?(?:[a-z-]{3,}ed|${IRREGULAR})\\b`,
  ),
  // A label and its detail: "data: pdfs and emails", "token cost - input + output, per feature".
  /^[a-z0-9][a-z0-9/()&+'-]*(?: [a-z0-9/()&+'-]+){0,3}(?::|\s[-–—])\s*\S/,
  // A part of the system described by what it does: "the table agent suggests", "this module removes".
  new RegExp(
    `^(?:the|this|that|our|each|every|a|an)\\s+(?:[a-z0-9-]+\\s+){0,2}(?:${PARTS})s?\\s+(?:then\\s+|also\\s+|only\\s+)?[a-z]{3,}(?:s|es)\\b`,
  ),
  // A step of the design told in the present tense: "an llm re-ranks the candidates", "similarity
  // search finds the top n tables", and with the system as "it": "it loads the history from one store".
  new RegExp(
    `^(?:it\\s+|(?:(?:the|an?|our|each|every|its|their)\\s+)?(?:(?!${FUNCTION_WORDS})[a-z0-9-]+\\s+){0,3})` +
      `(?:then\\s+|also\\s+|first\\s+)?(?:${VERBS}|${DESCRIBE_VERBS})(?:e?s)\\b`,
  ),
];

/** Options without a choice: "we could", "maybe", "consider". */
const HEDGE_PHRASES = phrases`
  could, might, maybe, perhaps, possibly, potentially, consider(?:ing)?, options?, it depends,
  depends? on, we can, can also, would be nice, ideally, explore, look into, some kind of,
  something like, various, a number of, several ways, pros and cons, if needed, where appropriate,
  we should, should also, would need to, 'd need to, would have to, 'd have to,
`;

/** Options without a choice: "we could", "maybe", "consider". A hedged sentence decides nothing. */
export const HEDGE = new RegExp(
  [
    anyOf(HEDGE_PHRASES).source,
    String.raw`\bmay\b(?!\s+(?:not|only|never))`,
    // Aspiration without a choice: "we aim to delight users", "we believe in quality", "our vision is".
    String.raw`\b(?:we|i) (?:want|aim|hope|strive|aspire|wish|dream) to\b`,
    String.raw`\b(?:we|i) (?:believe|envision|imagine)\b|\bour (?:vision|mission|ambition) is\b`,
    // A choice put off: "we will decide during the project", "pick the store later", "TBD".
    String.raw`\btbd\b|\bto be (?:decided|determined|defined|confirmed|agreed)\b`,
    String.raw`\b(?:decide|determine|figure out|work out|settle|choose|pick|finali[sz]e)\b[^.;]{0,30}` +
      String.raw`\b(?:later|during the project|as we go|down the (?:line|road)|at a later (?:stage|point)|in due course)\b`,
  ].join('|'),
);

/**
 * Text that explains to a reader instead of deciding for a system: addressed to "you" ("the model you
 * call", "your floor"), or an illustration ("for example, if a user asks ..."). Write-ups and tutorials
 * are full of these; a design answer states its own choices.
 */
export const ADDRESSED = new RegExp(
  [
    String.raw`\b(?:you|your|yours|yourself|you're|you'll|you've|you'd)\b`,
    String.raw`^(?:${byFirstLetter(phrases`for example, for instance, imagine, picture this, say`)})\b`,
    String.raw`\b(?:is|are|was|were) (?:just )?like (?:using|having|asking|trying|hiring|putting|bringing)\b`,
  ].join('|'),
);

/**
 * A claim about the world rather than a choice for this system: a framing in general ("in a typical
 * service, ..."), a survey or a dated market fact ("users reported", "as of 2026"), what other
 * organisations do, an example. What follows such a sentence is part of it until the writer speaks for the
 * system again (see analyse.ts): "a response that starts at once feels fast" after "for anything a
 * person waits on" needs no pattern of its own.
 * Two patterns, one question (a sentence either matches is generic): the openings, anchored at the start
 * and so cheap to test, and what may stand anywhere, which a pre-check can rule out (see signals.ts).
 * Nearly every sentence holds the openings' short words ("in ", "a "): together, they would defeat it.
 */
export const GENERIC_OPENING = new RegExp(
  [
    String.raw`^(?:in|for|with|across|on) (?:a|an|any|most|many|every|all|the typical|a typical|anything|anyone|everything|everyone)\s`,
    // What other organisations do, in general or as an anecdote: "companies using llms see ...",
    // "one client pushed a prompt on a friday".
    String.raw`^(?:most |many |some |other )?(?:companies|teams|applications|organi[sz]ations|businesses|vendors|enterprises)\b`,
    String.raw`^(?:a|one|another) (?:team|client|customer|company|startup|founder|colleague|friend)\b(?! (?:member|admin)s?\b)`,
    // What any such thing can be, said of no system in particular: "a model can be fast and cheap".
    String.raw`^(?:a|an|any) (?:[a-z-]+ ){1,2}can (?:also |still )?be\b`,
    // A kind of system set against its class: "traditional feature flags are binary", "unlike regular software".
    String.raw`^(?:unlike\s+)?(?:traditional|regular|typical|conventional|classic(?:al)?|legacy)\b`,
    // What any such thing is or does: "an agent receives prose", "a useful eval harness has four properties".
    String.raw`^(?:a|an|any) (?:[a-z-]+ ){0,2}(?:app|application|system|model|agent|feature|bot|chatbot|harness|product|service|tool|llm)s? ` +
      String.raw`(?:is|isn't|has|needs|must|should|works|receives|becomes|requires|tends)\b`,
  ].join('|'),
);
export const GENERIC_ANYWHERE = new RegExp(
  [
    String.raw`\b(?:according to|surveys?|studies show|research shows|as of (?:19|20)\d\d|at the time of (?:writing|this writing)|as of this writing)\b`,
    String.raw`\b(?:users|customers|respondents|people|teams|companies|developers|engineers)\b[^.;]{0,40}\b(?:reported|report|say|said|see|saw)\b`,
    // An example given mid-sentence: "shopify's system, for example, cut ...".
    String.raw`\bfor (?:example|instance)\b`,
    String.raw`\b(?:for|in|unlike|than|from) (?:regular|traditional|typical|conventional|classic(?:al)?|standard) ` +
      String.raw`(?:[a-z-]+ )?(?:software|apps?|applications?|systems?|features?|chatbots?|services?)\b`,
  ].join('|'),
);

/** What "critical" names when it is a severity, not emphasis: "only critical issues", "page on critical alerts". */
const SEVERITY = byFirstLetter(phrases`
  issues?, bugs?, errors?, alerts?, incidents?, vulnerabilit\w*, severity, findings?, failures?, path,
`);

/** Filler that stands in for a specific choice ("track cost closely", "log everything"). */
export const VAGUE = anyOf(phrases`
  appropriate(?:ly)?, properly, as needed, where (?:appropriate|needed|possible), closely,
  continuously, constantly, all (?:key|relevant|the right), everything, key metrics, best fit,
  the right (?:model|choice|approach|tool|data|context|documents?|information), mak(?:e|ing) sure,
  ensure that, very important, critical(?! (?:${SEVERITY}))\b, crucial, essential, high[- ]quality, excellent, great,
  best possible, as much as possible, industry[- ]standard, smart, close eye, keep an eye,
  all (?:of )?(?:this|the|our) (?:data|content|information|knowledge|documents|sources),
  a small group, gain confidence, when (?:we are|it is|we're) ready, sensitively, carefully,
  responsibly, the most relevant, state[- ]of[- ]the[- ]art, thoroughly, extensively, diligently,
`);

/** Words that bound a figure: "at least", "under", "p95", "capped at", "target of". */
const BOUNDS = phrases`
  at least, at most, at or (?:above|below), no (?:lower|higher|worse|better) than, no more than,
  no less than, not more than, under, below, above, within, less than, more than, fewer than,
  greater than, up to, max(?:imum)?, min(?:imum)?, target(?:s|ing|ed)?(?:\s+(?:of|is|at))?,
  goals?(?:\s+(?:of|is))?, slos?(?:\s+(?:of|is))?, budget(?:\s+(?:of|is))?,
  threshold(?:\s+(?:of|is))?, cap(?:ped)? at, limit(?:ed)? to, drops? below, exceeds?,
  p\d{2,3}(?:\s+(?:of|is|at))?,
`;

/** A quantified target or threshold ("p95 < 2 s", ">= 95%", "from 9 to 5 minutes", "zero leaks"). */
export const TARGET = new RegExp(
  phrases`
    (?:>=|<=|=>|=<|≥|≤|[<>]|\b(?:${byFirstLetter(BOUNDS)})\b:?)\s*(?:~|≈|about|around|roughly)?\s*[$€£]?\d
    \bfrom\s+[$€£~]?\d[\d.,]*\s?\S*\s+(?:to|down to|up to)\s+[<>~]?\s*[$€£]?\d
    \d\s*%?\s+or (?:more|higher|better|above|less|lower|fewer|below)\b
    \b(?:zero|0)\s+(?:[a-z-]+\s+){0,3}(?:allowed|tolerated|leaks?|errors?|incidents?|misses|hits|regressions?)\b
  `.join('|'),
);

export const NEGATION = new RegExp(
  String.raw`\b(?:${byFirstLetter(phrases`
    no, not, never, avoid\w*, without, instead of, rather than, don't, do not, won't, isn't, aren't,
    nor, against, unlike, beats?, over, before, until, unless, only (?:if|when|after),
  `)})\b[^.;:]{0,40}$`,
);
