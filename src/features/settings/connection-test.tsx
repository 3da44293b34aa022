import { useMutation } from '@tanstack/react-query';
import { currentLlmConfig, llmSettingsEdited, useSettingsStore } from '@/stores/settings-store';

export function ConnectionTest() {
  const model = useSettingsStore((s) => s.llm.model);
  const contextWindow = useSettingsStore((s) => s.llm.contextWindow);
  const test = useMutation({
    mutationKey: ['test-connection'],
    mutationFn: async () => (await import('@/lib/llm/test-connection')).testConnection(currentLlmConfig()),
  });
  const result = test.data;
  return (
    <div className="connection-test">
      <button type="button" onClick={() => test.mutate()} disabled={test.isPending}>
        {test.isPending ? 'Testing…' : 'Test connection'}
      </button>
      <div aria-live="polite">
        {result?.ok && (
          <div className="banner info" data-testid="connection-ok">
            <p>{result.message}</p>
            {result.contextWindow && (
              <p>
                The server reports a context window of {result.contextWindow.tokens.toLocaleString('en-US')}{' '}
                tokens ({result.contextWindow.source}).{' '}
                {contextWindow === result.contextWindow.tokens ? (
                  'Grading plans for it.'
                ) : (
                  <button
                    type="button"
                    onClick={() => llmSettingsEdited({ contextWindow: result.contextWindow?.tokens ?? null })}
                  >
                    Use {result.contextWindow.tokens.toLocaleString('en-US')} tokens
                  </button>
                )}
              </p>
            )}
            {result.models.length > 0 && (
              <>
                <p>Models offered ({result.models.length}); pick one:</p>
                <ul className="model-list">
                  {result.models.map((m) => (
                    <li key={m}>
                      <button
                        type="button"
                        className="chip"
                        aria-pressed={m === model}
                        onClick={() => llmSettingsEdited({ model: m })}
                      >
                        {m}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {result && !result.ok && (
          <p className="banner error" data-testid="connection-error">
            {result.message}
          </p>
        )}
        {test.error && <p className="banner error">{test.error.message}</p>}
      </div>
    </div>
  );
}
