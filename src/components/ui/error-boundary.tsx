// The floor under every part of the page (docs/architecture.md, «Lazy chunks»): a
// render error shows a message in the user's language instead of a white page.
// A lazy chunk that failed to load asks for a reload (a retry would only
// re-throw the same rejected import); any other error can be retried.

import { Component, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { isChunkLoadError } from './chunk-error';

interface Props {
  children: ReactNode;
  /** When any of these changes (Object.is), a caught error is forgotten and the children drawn again. */
  resetKeys?: readonly unknown[];
  /**
   * Instead of a message here: told of the error, so the owner can leave the failing view
   * (a page that throws falls back to the dashboard, app.tsx). Nothing is drawn meanwhile.
   */
  onError?: (error: unknown) => void;
}

type State = { caught: false } | { caught: true; error: unknown };

function keysChanged(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { caught: false };

  static getDerivedStateFromError(error: unknown): State {
    return { caught: true, error };
  }

  override componentDidUpdate(prevProps: Props, prevState: State): void {
    // Not in the update that caught the error: its keys may have changed in the same render.
    if (this.state.caught && prevState.caught && keysChanged(prevProps.resetKeys, this.props.resetKeys)) this.reset();
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error);
  }

  reset = (): void => this.setState({ caught: false });

  override render(): ReactNode {
    // React logs the caught error itself (createRoot's onCaughtError).
    if (this.state.caught && this.props.onError) return null;
    return this.state.caught ? <ErrorFallback error={this.state.error} onReset={this.reset} /> : this.props.children;
  }
}

export function ErrorFallback({ error, onReset }: { error: unknown; onReset: () => void }) {
  const { m } = useI18n();
  const chunk = isChunkLoadError(error);
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950" data-testid="error-boundary" data-error-kind={chunk ? 'chunk' : 'render'}>
      <p className="font-semibold">{chunk ? m.errors.chunkTitle : m.errors.renderTitle}</p>
      <p>{chunk ? m.errors.chunkText : m.errors.renderText}</p>
      {!chunk && <pre className="whitespace-pre-wrap break-words font-mono text-xs text-red-900">{message}</pre>}
      <button
        type="button"
        className="rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium text-red-900 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-blue-600"
        onClick={chunk ? () => window.location.reload() : onReset}
      >
        {chunk ? m.errors.reload : m.errors.tryAgain}
      </button>
    </div>
  );
}
