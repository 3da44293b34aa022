import { useId } from 'react';
import { PROVIDER_IDS, PROVIDER_PRESETS, type ProviderId } from '@/domain/llm/provider-presets';
import { STRATEGIES, type Strategy } from '@/domain/llm/llm-config';
import {
  apiKeyEntered,
  graderChosen,
  llmSettingsEdited,
  providerChosen,
  rememberKeyToggled,
  useSettingsStore,
} from '@/stores/settings-store';
import { ConnectionTest } from './connection-test';
import { GradingOptions } from './grading-options';
import { PriceTableEditor } from './price-table-editor';
import { QuarantinePanel } from './quarantine-panel';
import './settings.css';

export function SettingsScreen() {
  const s = useSettingsStore();
  const id = useId();
  const preset = PROVIDER_PRESETS[s.llm.provider];
  const offline = s.grader === 'offline';
  return (
    <section className="settings" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Settings</h1>
      <fieldset className="card">
        <legend>Grader</legend>
        <label className="radio">
          <input
            type="radio"
            name="grader"
            checked={s.grader === 'offline'}
            onChange={() => graderChosen('offline')}
          />
          <span>
            <strong>Offline rubric check</strong>: deterministic rules in your browser, no network, not an AI.
            Always available.
          </span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="grader"
            checked={s.grader === 'llm'}
            onChange={() => graderChosen('llm')}
          />
          <span>
            <strong>LLM grader</strong>: any OpenAI-compatible endpoint below grades each section against the
            same rubric.
          </span>
        </label>
      </fieldset>

      <fieldset
        className="card endpoint"
        disabled={offline}
        aria-describedby={offline ? `${id}-unused` : undefined}
      >
        <legend>LLM endpoint</legend>
        {offline && (
          <p id={`${id}-unused`} className="endpoint-note">
            Not used while the offline rubric check is selected. Your values are kept: choose “LLM grader”
            above to edit and use them.
          </p>
        )}
        <label htmlFor={`${id}-provider`}>Provider</label>
        <select
          id={`${id}-provider`}
          value={s.llm.provider}
          onChange={(e) => providerChosen(e.target.value as ProviderId)}
        >
          {PROVIDER_IDS.map((p) => (
            <option key={p} value={p}>
              {PROVIDER_PRESETS[p].label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-base`}>Base URL</label>
        <input
          id={`${id}-base`}
          type="url"
          value={s.llm.baseUrl}
          onChange={(e) => llmSettingsEdited({ baseUrl: e.target.value })}
          placeholder="http://localhost:11434/v1"
          spellCheck={false}
        />
        <label htmlFor={`${id}-model`}>Model</label>
        <input
          id={`${id}-model`}
          type="text"
          list={`${id}-models`}
          value={s.llm.model}
          onChange={(e) => llmSettingsEdited({ model: e.target.value })}
          spellCheck={false}
        />
        <datalist id={`${id}-models`}>
          {preset.exampleModels.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        <label htmlFor={`${id}-key`}>
          API key {preset.apiKey === 'optional' ? '(optional for this server)' : ''}
        </label>
        <input
          id={`${id}-key`}
          type="password"
          autoComplete="off"
          value={s.apiKey}
          onChange={(e) => apiKeyEntered(e.target.value)}
        />
        <span />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={s.rememberKey}
            onChange={(e) => rememberKeyToggled(e.target.checked)}
          />
          Remember the key on this device (otherwise it is kept in memory until you close the tab)
        </label>
        <GradingOptions />
        <details className="advanced">
          <summary>Advanced</summary>
          <div className="endpoint">
            <label htmlFor={`${id}-conc`}>Sections in flight at once</label>
            <input
              id={`${id}-conc`}
              type="number"
              min={1}
              max={16}
              value={s.llm.maxConcurrency}
              onChange={(e) =>
                llmSettingsEdited({ maxConcurrency: Math.min(16, Math.max(1, Number(e.target.value) || 1)) })
              }
            />
            <label htmlFor={`${id}-timeout`}>Timeout per request (seconds)</label>
            <input
              id={`${id}-timeout`}
              type="number"
              min={1}
              max={600}
              value={Math.round(s.llm.timeoutMs / 1000)}
              onChange={(e) =>
                llmSettingsEdited({
                  timeoutMs: Math.min(600, Math.max(1, Number(e.target.value) || 60)) * 1000,
                })
              }
            />
            <label htmlFor={`${id}-output`}>Output limit (tokens)</label>
            <input
              id={`${id}-output`}
              type="number"
              min={256}
              max={32_000}
              step={256}
              value={s.llm.maxOutputTokens}
              onChange={(e) =>
                llmSettingsEdited({
                  maxOutputTokens: Math.min(
                    32_000,
                    Math.max(256, Math.round(Number(e.target.value)) || 2_000),
                  ),
                })
              }
            />
            <label htmlFor={`${id}-strategy`}>Start strategy</label>
            <select
              id={`${id}-strategy`}
              value={s.llm.strategy}
              onChange={(e) => llmSettingsEdited({ strategy: e.target.value as Strategy })}
            >
              {STRATEGIES.map((st) => (
                <option key={st} value={st}>
                  {st === 'all-at-once'
                    ? 'All sections at once'
                    : 'One section first, the rest on its first token'}
                </option>
              ))}
            </select>
          </div>
        </details>
        <ConnectionTest />
      </fieldset>
      <PriceTableEditor />
      <QuarantinePanel />
    </section>
  );
}
