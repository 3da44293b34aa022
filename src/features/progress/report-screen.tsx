import { useMemo, useState } from 'react';
import { progressReport } from '@/domain/progress/report';
import { hrefOf } from '@/hooks/use-route';
import { MarkdownView } from '@/components/markdown-view';
import { useAllAttempts, useProgressFilters } from './use-progress';
import './progress.css';

/** The progress report as a printable page, and as Markdown to keep or send to a mentor. */
export function ReportScreen() {
  const attempts = useAllAttempts();
  const { filter } = useProgressFilters();
  const [now] = useState(() => Date.now());
  const markdown = useMemo(() => progressReport(attempts, filter, now), [attempts, filter, now]);
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `design-dojo-progress-${new Date(now).toISOString().slice(0, 10)}.md`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-label="Progress report" className="report">
      <div className="row no-print report-actions">
        <a href={hrefOf({ name: 'progress' })}>← Progress</a>
        <button type="button" className="primary" onClick={download}>
          Download Markdown
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <div className="card report-body">
        <MarkdownView text={markdown} />
      </div>
    </section>
  );
}
