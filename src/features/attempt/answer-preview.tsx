import { memo, useDeferredValue, useMemo } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { markdownBlocks } from './markdown-blocks';
import { useSettledAnswer } from './use-settled';

const Block = memo(function Block({ text }: { text: string }) {
  return <MarkdownView text={text} />;
});

const RenderedMarkdown = memo(function RenderedMarkdown({ text }: { text: string }) {
  const blocks = useMemo(() => markdownBlocks(text), [text]);
  if (blocks.length === 0) return <p className="muted">Nothing written yet.</p>;
  return (
    <>
      {blocks.map((b) => (
        <Block key={b.key} text={b.text} />
      ))}
    </>
  );
});

/**
 * The answer's Markdown preview, kept off the typing path: it renders a deferred copy of the text, for
 * long answers only once typing pauses, and block by block, so only the block being edited is parsed
 * again and React can stop between blocks to handle a keystroke.
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
