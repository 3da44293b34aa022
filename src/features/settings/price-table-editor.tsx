import { useState } from 'react';
import { DEFAULT_PRICE_TABLE, PriceTableSchema, type PriceRow } from '@/domain/llm/price-table';
import { pricesEdited, useSettingsStore } from '@/stores/settings-store';

const FIELDS = [
  ['inputPerMTok', 'Input'],
  ['cachedInputPerMTok', 'Cached input'],
  ['outputPerMTok', 'Output'],
] as const;

export function PriceTableEditor() {
  const prices = useSettingsStore((s) => s.llm.prices);
  const [error, setError] = useState<string | null>(null);
  const commit = (rows: PriceRow[]) => {
    const parsed = PriceTableSchema.safeParse(rows);
    if (parsed.success) {
      setError(null);
      pricesEdited(parsed.data);
    } else {
      setError(parsed.error.issues.map((i) => `row ${Number(i.path[0]) + 1}: ${i.message}`).join('; '));
    }
  };
  const edit = (i: number, change: Partial<PriceRow>) =>
    commit(prices.map((row, j) => (i === j ? { ...row, ...change } : row)));
  return (
    <fieldset className="card">
      <legend>Prices (USD per million tokens)</legend>
      <p className="muted">
        Used to estimate what each grade cost. A model name ending in * covers its dated snapshots. Local
        servers cost nothing per token.
      </p>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <table className="price-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">Model</th>
            {FIELDS.map(([, label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {prices.map((row, i) => (
            <tr key={i}>
              <td data-label="Model">
                <input
                  type="text"
                  aria-label={`Model of row ${i + 1}`}
                  value={row.model}
                  onChange={(e) => edit(i, { model: e.target.value })}
                />
              </td>
              {FIELDS.map(([field, label]) => (
                <td key={field} data-label={label}>
                  <input
                    type="number"
                    min={0}
                    step="0.001"
                    aria-label={`${label} price for ${row.model}`}
                    value={row[field] ?? ''}
                    onChange={(e) =>
                      edit(i, {
                        [field]:
                          e.target.value === '' && field === 'cachedInputPerMTok'
                            ? null
                            : Number(e.target.value),
                      })
                    }
                  />
                </td>
              ))}
              <td className="price-table__remove">
                <button
                  type="button"
                  className="danger"
                  onClick={() => commit(prices.filter((_, j) => j !== i))}
                >
                  Remove<span className="visually-hidden"> {row.model}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            commit([
              ...prices,
              { model: 'my-model', inputPerMTok: 0, cachedInputPerMTok: null, outputPerMTok: 0 },
            ])
          }
        >
          Add a row
        </button>
        <button type="button" onClick={() => commit(DEFAULT_PRICE_TABLE)}>
          Reset to defaults
        </button>
      </div>
    </fieldset>
  );
}
