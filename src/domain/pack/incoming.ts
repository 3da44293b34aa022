// One entry point for everything imported (file, URL or link): what it is, validated, or why not.
import { PACK_FORMAT, SHARE_FORMAT, SHARE_FORMAT_VERSION } from './limits';
import { describeIssues, oversizedField, parseJsonText, parsePackValue, type Parsed } from './pack-parse';
import type { Pack, PackPrompt } from './pack-schema';
import { decodePayload, encodePayload } from './share-codec';
import { redactDeep, secretField } from './secrets';
import {
  ShareEnvelopeSchema,
  type PartnerReview,
  type SharedAttempt,
  type ShareEnvelope,
} from './share-schema';
import { PACK_LIMITS } from './limits';

export type Incoming =
  | { kind: 'pack'; pack: Pack }
  | { kind: 'attempt'; attempt: SharedAttempt; prompt: PackPrompt | null }
  | { kind: 'review'; attemptId: string; promptTitle: string; review: PartnerReview };

/** Validates an untrusted parsed value: a pack file, or a share envelope (pack, attempt or review). */
function parseIncomingValue(value: unknown): Parsed<Incoming> {
  const format = value && typeof value === 'object' ? (value as { format?: unknown }).format : undefined;
  if (format === PACK_FORMAT) {
    const pack = parsePackValue(value);
    return pack.ok ? { ok: true, value: { kind: 'pack', pack: pack.value } } : pack;
  }
  if (format !== SHARE_FORMAT)
    return { ok: false, problems: ['format: this is not a Design Dojo pack, attempt or review'] };
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (version !== SHARE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        `formatVersion: the file is share format version ${JSON.stringify(version)}; this app reads version ${SHARE_FORMAT_VERSION}`,
      ],
    };
  const big = oversizedField(value);
  if (big) return { ok: false, problems: [big] };
  const parsed = ShareEnvelopeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const envelope = parsed.data;
  if (envelope.kind === 'pack') {
    const pack = parsePackValue(envelope.pack);
    if (!pack.ok) return pack;
    return { ok: true, value: { kind: 'pack', pack: pack.value } };
  }
  const secret = secretField(envelope);
  if (secret) return { ok: false, problems: [`${secret}; keys are never imported`] };
  if (envelope.kind === 'attempt')
    return { ok: true, value: { kind: 'attempt', attempt: envelope.attempt, prompt: envelope.prompt } };
  const { attemptId, promptTitle, review } = envelope;
  return { ok: true, value: { kind: 'review', attemptId, promptTitle, review } };
}

/** Parses the text of an imported file or a fetched URL. */
export function parseIncomingText(text: string): Parsed<Incoming> {
  const json = parseJsonText(text, 'file');
  return json.ok ? parseIncomingValue(json.value) : json;
}

/** Parses the payload of a `#/import/<payload>` link. */
export function parseIncomingLink(payload: string): Parsed<Incoming> {
  const decoded = decodePayload(payload);
  if (!decoded.ok) return decoded;
  const json = parseJsonText(decoded.value, 'link');
  return json.ok ? parseIncomingValue(json.value) : json;
}

export type Outgoing =
  | { kind: 'pack'; pack: Pack }
  | { kind: 'attempt'; attempt: SharedAttempt; prompt: PackPrompt | null }
  | { kind: 'review'; attemptId: string; promptTitle: string; review: PartnerReview };

/** The envelope for something to share, with anything key-like redacted. Packs travel as they are. */
export function envelopeOf(out: Outgoing): ShareEnvelope {
  const header = { format: SHARE_FORMAT, formatVersion: SHARE_FORMAT_VERSION } as const;
  if (out.kind === 'pack') return { ...header, kind: 'pack', pack: out.pack };
  return redactDeep({ ...header, ...out });
}

interface ShareOutput {
  /** The file's text (always offered). */
  fileText: string;
  /** `#/import/<payload>`. */
  fragment: string;
  /** Whether the full link fits a chat message (PACK_LIMITS.maxLinkChars). */
  fitsInLink: boolean;
}

/** The file text and link fragment for something to share; `origin` is the app's address. */
export function shareOutput(out: Outgoing, appUrl: string): ShareOutput & { url: string } {
  const json = JSON.stringify(envelopeOf(out));
  const fragment = `#/import/${encodePayload(json)}`;
  const url = `${appUrl}${fragment}`;
  return {
    fileText: `${JSON.stringify(envelopeOf(out), null, 2)}\n`,
    fragment,
    url,
    fitsInLink: url.length <= PACK_LIMITS.maxLinkChars,
  };
}
