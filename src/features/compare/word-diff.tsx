import type { DiffPart } from '@/domain/progress/compare';

/** A word-level diff: removed words struck through, added ones underlined (not colour alone). */
export function WordDiff({
  parts,
  before,
  after,
  missing,
}: {
  parts: DiffPart[] | null;
  before: string;
  after: string;
  /** One side's text was never stored: show the known text alone. */
  missing: boolean;
}) {
  if (missing) return <pre className="diff-text">{after || before}</pre>;
  if (parts === null) {
    return (
      <div className="diff-fallback">
        <p className="muted">The two texts differ too much for a word diff; here they are in full.</p>
        <div className="compare-sides">
          <pre className="diff-text">{before}</pre>
          <pre className="diff-text">{after}</pre>
        </div>
      </div>
    );
  }
  return (
    <pre className="diff-text">
      {parts.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : p.kind === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </pre>
  );
}
