import { useState } from 'react';
import { wordCount } from '@/domain/attempt';
import { planAttemptImport } from '@/domain/pack/import-plan';
import { buildPack } from '@/domain/pack/pack-parse';
import type { PackPrompt } from '@/domain/pack/pack-schema';
import { splitPromptId } from '@/domain/pack/namespace';
import { attemptFromShared } from '@/domain/pack/shared-attempt';
import type { SharedAttempt } from '@/domain/pack/share-schema';
import { SECTION_IDS, sectionMeta } from '@/domain/sections';
import { hrefOf, navigate } from '@/hooks/use-route';
import { attemptImported, useAttemptsStore } from '@/stores/attempts-store';
import { packById, packImported, usePacksStore } from '@/stores/packs-store';

/** A shared attempt: who wrote it, what it holds; importing opens it for review. */
export function AttemptPreview({
  attempt,
  prompt,
  source,
}: {
  attempt: SharedAttempt;
  prompt: PackPrompt | null;
  source: string;
}) {
  const existing = useAttemptsStore((s) =>
    Object.hasOwn(s.summaries, attempt.id) ? s.summaries[attempt.id] : undefined,
  );
  const ready = useAttemptsStore((s) => s.status === 'ready');
  const ns = splitPromptId(attempt.promptId);
  const packMissing = usePacksStore((s) => !!ns && !packById(s, ns.packId));
  const [error, setError] = useState<string | null>(null);
  const plan = planAttemptImport(existing);
  const words = SECTION_IDS.reduce((n, id) => n + wordCount(attempt.answers[id] ?? ''), 0);
  const graded = Object.keys(attempt.grades ?? {}).length;
  const confirm = async () => {
    if (ns && packMissing && prompt) {
      const pack = buildPack({
        id: ns.packId,
        title: attempt.promptTitle,
        author: attempt.author ?? 'unknown',
        prompts: [prompt],
      });
      const problem = await packImported(pack, source, Date.now());
      if (problem) return setError(problem);
    }
    attemptImported(attemptFromShared(attempt, source, Date.now()));
    navigate({ name: 'review', attemptId: attempt.id });
  };
  return (
    <section className="card stack" aria-labelledby="preview-title">
      <h2 id="preview-title">
        Attempt at “{attempt.promptTitle}” <span className="muted">by {attempt.author ?? 'someone'}</span>
      </h2>
      <p>
        {words.toLocaleString('en-US')} words in {Object.keys(attempt.answers).length} section(s)
        {attempt.diagram.trim() ? ', with a diagram' : ''};{' '}
        {graded ? `${graded} graded section(s)` : 'no grades'}.
      </p>
      <ul className="row" aria-label="Sections answered">
        {SECTION_IDS.filter((id) => attempt.answers[id]).map((id) => (
          <li key={id} className="chip">
            {sectionMeta(id).title}
          </li>
        ))}
      </ul>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      {plan.kind === 'own' ? (
        <p className="banner error" role="alert">
          This is your own attempt (it has the same id as one you wrote here), so nothing was imported.
        </p>
      ) : (
        <>
          {plan.kind === 'replace' && (
            <p className="banner warn">
              You imported this attempt before; importing again replaces that copy.
            </p>
          )}
          <p className="muted">It opens read-only, for you to review and send your review back.</p>
          <div className="row">
            <button type="button" className="primary" disabled={!ready} onClick={() => void confirm()}>
              {plan.kind === 'replace' ? 'Replace and review' : 'Import and review'}
            </button>
            <a href={hrefOf({ name: 'library' })}>Cancel</a>
          </div>
        </>
      )}
    </section>
  );
}
