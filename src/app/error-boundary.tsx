import { Component, type ErrorInfo, type ReactNode } from 'react';
import { hrefOf } from '@/hooks/use-route';

interface Props {
  /** Changing it (the location hash) clears a caught error, so navigating away recovers. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  componentStack: string;
  copied: boolean;
}

// Secrets can end up in messages thrown by third-party code; never echo anything that looks like a key.
const scrub = (text: string) =>
  text.replace(/\b(sk-[A-Za-z0-9_-]{6,}|Bearer\s+[A-Za-z0-9._~+/-]{6,}=*)/g, '[redacted]');

/** Shows a screen's crash as a message with a way back and the details to report, instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '', copied: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), copied: false };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) {
      this.setState({ error: null, componentStack: '', copied: false });
    }
  }

  private report(): string {
    const { error, componentStack } = this.state;
    return scrub(
      [
        `Design Dojo error on ${this.props.resetKey || '#/'}`,
        `${error?.name ?? 'Error'}: ${error?.message ?? ''}`,
        error?.stack ?? '',
        componentStack.trim(),
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }

  private copy = () => {
    void navigator.clipboard?.writeText(this.report()).then(() => this.setState({ copied: true }));
  };

  override render(): ReactNode {
    const { error, copied } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" aria-labelledby="crash-title" className="crash">
        <h1 id="crash-title">This screen stopped working</h1>
        <p>
          Your saved attempts are not affected. <a href={hrefOf({ name: 'library' })}>Back to the library</a>{' '}
          or{' '}
          <button type="button" className="link" onClick={() => this.setState({ error: null })}>
            try this screen again
          </button>
          .
        </p>
        <p>If it happens again, please report it with the details below.</p>
        <label htmlFor="crash-details">Error details</label>
        <textarea id="crash-details" readOnly rows={8} value={this.report()} />
        <p>
          <button type="button" onClick={this.copy}>
            Copy error details
          </button>{' '}
          <span role="status">{copied ? 'Copied.' : ''}</span>
        </p>
      </section>
    );
  }
}
