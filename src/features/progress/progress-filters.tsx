import { GRADER_KINDS, PROGRESS_MODES, replaceRoute, type ProgressFilters } from '@/hooks/use-route';

const MODE_LABELS = { practice: 'Practice', mock: 'Mock interview', drill: 'Drill' } as const;
const GRADER_LABELS = { offline: 'Offline rubric check', llm: 'LLM grader' } as const;

/** Prompt, mode and grader filters; the choice lives in the URL. */
export function ProgressFiltersBar({
  filters,
  prompts,
}: {
  filters: ProgressFilters;
  prompts: { id: string; title: string }[];
}) {
  const set = (change: Partial<ProgressFilters>) =>
    replaceRoute({ name: 'progress', filters: { ...filters, ...change } });
  return (
    <div className="filters-bar" role="group" aria-label="Filters">
      <label>
        Prompt
        <select value={filters.prompt ?? ''} onChange={(e) => set({ prompt: e.target.value || null })}>
          <option value="">All prompts</option>
          {prompts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Mode
        <select
          value={filters.mode ?? ''}
          onChange={(e) => set({ mode: PROGRESS_MODES.find((m) => m === e.target.value) ?? null })}
        >
          <option value="">All modes</option>
          {PROGRESS_MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Grader
        <select
          value={filters.grader ?? ''}
          onChange={(e) => set({ grader: GRADER_KINDS.find((g) => g === e.target.value) ?? null })}
        >
          <option value="">Both graders</option>
          {GRADER_KINDS.map((g) => (
            <option key={g} value={g}>
              {GRADER_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
