import type { Attempt } from '@/domain/attempt';
import { answerToMarkdown } from '@/domain/answer-markdown';

/** Downloads the attempt as Markdown with `## Section` headings (the format `npm run grade` reads). */
export function ExportButton({ attempt }: { attempt: Attempt }) {
  const download = () => {
    const blob = new Blob([answerToMarkdown(attempt)], { type: 'text/markdown' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${attempt.promptId}-${new Date(attempt.createdAt).toISOString().slice(0, 10)}.md`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" onClick={download}>
      Export Markdown
    </button>
  );
}
