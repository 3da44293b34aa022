import { useState } from 'react';
import { formatBytes, PACK_LIMITS } from '@/domain/pack/limits';
import { fetchImport } from './fetch-import';

/** A file picker and a URL box; each hands the text it got (or why it got none) to the preview. */
export function ImportSources({
  onText,
  onProblem,
}: {
  onText: (text: string, source: string) => void;
  onProblem: (problem: string, source: string) => void;
}) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    const source = `the file ${file.name}`;
    if (file.size > PACK_LIMITS.maxBytes)
      return onProblem(
        `the file is ${formatBytes(file.size)}; the limit is ${formatBytes(PACK_LIMITS.maxBytes)}`,
        source,
      );
    onText(await file.text(), source);
  };
  const fetchUrl = async () => {
    setBusy(true);
    const got = await fetchImport(url);
    setBusy(false);
    if (got.ok) onText(got.text, got.url);
    else onProblem(got.problem, url);
  };
  return (
    <div className="card stack">
      <h2>Import a pack, attempt or review</h2>
      <label className="field">
        From a file on this computer (.json)
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void pickFile(e.currentTarget.files?.[0])}
        />
      </label>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void fetchUrl();
        }}
      >
        <label className="field">
          From a web address (a raw file in a git repository or a gist)
          <input
            type="url"
            required
            placeholder="https://raw.githubusercontent.com/our-group/packs/main/week-3.json"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <div className="row">
          <button type="submit" disabled={busy || !url.trim()}>
            {busy ? 'Fetching…' : 'Fetch and preview'}
          </button>
        </div>
      </form>
    </div>
  );
}
