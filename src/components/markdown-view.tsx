import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { MermaidDiagram } from './mermaid-diagram';

const REMARK_PLUGINS = [remarkGfm];

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

/** The source of a ```mermaid fenced block, or null for any other <pre>. */
function mermaidSource(node: HastNode | undefined): string | null {
  const code = node?.children?.[0];
  if (code?.tagName !== 'code') return null;
  const cls = code.properties?.className;
  if (!Array.isArray(cls) || !cls.includes('language-mermaid')) return null;
  return (code.children ?? []).map((c) => c.value ?? '').join('');
}

const COMPONENTS: Components = {
  // react-markdown already empties unsafe URLs (javascript:, vbscript:, data:); such a link becomes
  // plain text, and real links open in a new tab so a click never navigates away from the answer.
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span className="removed-link" title="Link removed: unsafe address">
        {children}
      </span>
    ),
  pre: ({ node, children }) => {
    const source = mermaidSource(node as HastNode | undefined);
    return source !== null ? (
      <MermaidDiagram source={source} title="Diagram in your answer" />
    ) : (
      <pre>{children}</pre>
    );
  },
};

/** Renders untrusted Markdown: GFM tables and lists, never raw HTML, unsafe URLs dropped, mermaid blocks drawn. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={REMARK_PLUGINS} skipHtml components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}
