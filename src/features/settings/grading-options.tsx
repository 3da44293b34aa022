import { useId, useState } from 'react';
import {
  effectiveContextWindow,
  MAX_CONTEXT_WINDOW,
  MIN_CONTEXT_WINDOW,
  raiseContextHint,
} from '@/domain/llm/context-window';
import { PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import { llmSettingsEdited, useSettingsStore } from '@/stores/settings-store';

const fmt = (n: number) => n.toLocaleString('en-US');

/** The context window the requests are planned for, and whether each section is graded three times. */
export function GradingOptions() {
  const llm = useSettingsStore((s) => s.llm);
  const id = useId();
  const preset = PROVIDER_PRESETS[llm.provider];
  const fallback = effectiveContextWindow({ ...llm, contextWindow: null });
  // A window above the preset's must be set on the server too; otherwise suggest a larger one.
  const above = llm.contextWindow !== null && llm.contextWindow > fallback;
  const raise = raiseContextHint(
    llm.provider,
    above ? (llm.contextWindow ?? fallback) : Math.max(16_384, fallback * 2),
  )?.replaceAll('`', '');
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (llm.contextWindow === null ? '' : String(llm.contextWindow));
  const typed = Number(shown);
  const problem =
    shown.trim() && (!Number.isInteger(typed) || typed < MIN_CONTEXT_WINDOW || typed > MAX_CONTEXT_WINDOW)
      ? `Enter a whole number of tokens from ${fmt(MIN_CONTEXT_WINDOW)} to ${fmt(MAX_CONTEXT_WINDOW)}, or leave it empty for ${fmt(fallback)}.`
      : null;
  const commit = (value: string) => {
    setDraft(value);
    const n = Number(value);
    if (!value.trim()) llmSettingsEdited({ contextWindow: null });
    else if (Number.isInteger(n) && n >= MIN_CONTEXT_WINDOW && n <= MAX_CONTEXT_WINDOW)
      llmSettingsEdited({ contextWindow: n });
  };
  return (
    <>
      <label htmlFor={`${id}-ctx`} className="top">
        Context window (tokens)
      </label>
      <div>
        <input
          id={`${id}-ctx`}
          type="number"
          inputMode="numeric"
          min={MIN_CONTEXT_WINDOW}
          max={MAX_CONTEXT_WINDOW}
          step={1024}
          placeholder={`${fallback} (default)`}
          value={shown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-ctx-hint`}
          onChange={(e) => commit(e.target.value)}
          onBlur={() => setDraft(null)}
        />
        <p id={`${id}-ctx-hint`} className="hint">
          {problem ??
            `What the server keeps of prompt and reply together: each section's request is planned to fit it, with room for the reply. Empty means ${fmt(fallback)}${
              preset.local ? `, the usual ${preset.label} default` : ''
            }.${raise ? (above ? ` The server must keep as many: ${raise}.` : ` To give the server more room, ${raise}, then enter the new size here.`) : ''}`}
        </p>
      </div>
      <span />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={llm.samples === 3}
          onChange={(e) => llmSettingsEdited({ samples: e.target.checked ? 3 : 1 })}
        />
        <span>
          Grade each section 3 times and keep the median: the spread is shown (“3, 3, 2”) and a section whose
          samples differ by 2 or more is marked uncertain.{' '}
          {preset.local
            ? 'Free on a local server, but it takes about three times as long.'
            : 'Three times the tokens and cost: the estimate before “Grade all” includes it.'}
        </span>
      </label>
    </>
  );
}
