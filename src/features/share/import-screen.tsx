import { useMemo, useState } from 'react';
import { parseIncomingLink, parseIncomingText, type Incoming } from '@/domain/pack/incoming';
import type { Parsed } from '@/domain/pack/pack-parse';
import { hrefOf } from '@/hooks/use-route';
import { usePacksLoaded } from '@/stores/packs-store';
import { AttemptPreview } from './attempt-preview';
import { ImportSources } from './import-sources';
import { PackList } from './pack-list';
import { PackPreview } from './pack-preview';
import { ReviewPreview } from './review-preview';
import './share.css';

interface Received {
  result: Parsed<Incoming>;
  source: string;
}

function Problem({ problems, source }: { problems: string[]; source: string }) {
  return (
    <div className="banner error" role="alert">
      <strong>Nothing was imported from {source}:</strong>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <span>Your library is unchanged.</span>
    </div>
  );
}

function Preview({ received, onDone }: { received: Received; onDone: (message: string) => void }) {
  const { result, source } = received;
  if (!result.ok) return <Problem problems={result.problems} source={source} />;
  const incoming = result.value;
  switch (incoming.kind) {
    case 'pack':
      return <PackPreview pack={incoming.pack} source={source} onDone={onDone} />;
    case 'attempt':
      return <AttemptPreview attempt={incoming.attempt} prompt={incoming.prompt} source={source} />;
    case 'review':
      return (
        <ReviewPreview
          attemptId={incoming.attemptId}
          promptTitle={incoming.promptTitle}
          review={incoming.review}
        />
      );
  }
}

/** `#/import/<payload>`: a share link's preview; `#/import`: import a file or URL, and the packs you have. */
export function ImportScreen({ payload }: { payload: string | null }) {
  const status = usePacksLoaded();
  const fromLink = useMemo<Received | null>(
    () => (payload === null ? null : { result: parseIncomingLink(payload), source: 'the link' }),
    [payload],
  );
  const [fromFile, setFromFile] = useState<Received | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const received = fromLink ?? fromFile;
  const receive = (text: string, source: string) => {
    setDone(null);
    setFromFile({ result: parseIncomingText(text), source });
  };
  return (
    <section className="stack share-screen" aria-labelledby="import-title">
      <h1 id="import-title">{payload === null ? 'Share and import' : 'Import from a link'}</h1>
      <p className="muted">
        Everything imported is checked first and shown here before it is saved; nothing is overwritten until
        you confirm, and built-in prompts can never be replaced.
      </p>
      {status === 'error' && (
        <p className="banner error" role="alert">
          Imported packs could not be loaded from this browser's storage, so nothing can be imported now.
        </p>
      )}
      {done ? (
        <p className="banner info" role="status">
          {done} <a href={hrefOf({ name: 'library' })}>Go to the library</a>
        </p>
      ) : (
        received && status === 'ready' && <Preview received={received} onDone={setDone} />
      )}
      {payload === null && (
        <>
          <ImportSources
            onText={receive}
            onProblem={(problem, source) =>
              setFromFile({ result: { ok: false, problems: [problem] }, source })
            }
          />
          <PackList />
        </>
      )}
    </section>
  );
}
