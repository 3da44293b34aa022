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

/** True for an address on another host: absolute with a scheme, or protocol-relative. */
function isRemote(src: string): boolean {
  return /^([a-z][a-z\d+.-]*:|\/\/|\\\\)/i.test(src.trim());
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
  // A picture from another host would tell that host who reads the answer and when (a tracking
  // pixel in a shared attempt): it is shown as a link instead, and the page's CSP blocks it anyway.
  img: ({ src, alt }) =>
    typeof src === 'string' && isRemote(src) ? (
      <span className="remote-image" role="note" aria-label={`Image not loaded: ${alt || 'no description'}`}>
        Image not loaded{alt ? ` (${alt})` : ''}:{' '}
        <a href={src} target="_blank" rel="noopener noreferrer nofollow">
          {src}
        </a>
      </span>
    ) : src ? (
      <img src={src} alt={alt ?? ''} loading="lazy" />
    ) : null,
  pre: ({ node, children }) => {
    const source = mermaidSource(node as HastNode | undefined);
    return source !== null ? (
      <MermaidDiagram source={source} title="Diagram in your answer" />
    ) : (
      <pre>{children}</pre>
    );
  },
};

/**
 * Renders untrusted Markdown: GFM tables and lists, never raw HTML, unsafe URLs dropped, remote images
 * shown as links, mermaid blocks drawn.
 */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={REMARK_PLUGINS} skipHtml components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}
