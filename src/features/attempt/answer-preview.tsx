import { memo, useDeferredValue, useMemo } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { blockGroups, markdownBlocks } from './markdown-blocks';
import { useSettledAnswer } from './use-settled';

const Block = memo(function Block({ text }: { text: string }) {
  return <MarkdownView text={text} />;
});

const RenderedMarkdown = memo(function RenderedMarkdown({ text }: { text: string }) {
  const groups = useMemo(() => blockGroups(markdownBlocks(text)), [text]);
  if (groups.length === 0) return <p className="muted">Nothing written yet.</p>;
  return (
    <>
      {groups.map((g) => (
        <div key={g.key}>
          {g.blocks.map((b) => (
            <Block key={b.key} text={b.text} />
          ))}
        </div>
      ))}
    </>
  );
});

/**
 * The answer's Markdown preview, kept off the typing path: it renders a deferred copy of the text, for
 * long answers only once typing pauses, and block by block, so only the block being edited is parsed
 * again and React can stop between blocks to handle a keystroke. Blocks come in groups (see blockGroups)
 * to keep the hit test Chromium runs under the pointer on each keystroke short.
 */
export function AnswerPreview({ text, labelId }: { text: string; labelId: string }) {
  const settled = useSettledAnswer(text);
  const deferred = useDeferredValue(settled);
  return (
    <div className="preview" aria-labelledby={labelId} aria-busy={deferred !== text} tabIndex={0}>
      <RenderedMarkdown text={deferred} />
    </div>
  );
}
