// The history's search and filters (practice, result, received from/to), the count of matching
// files in the whole history, the pager and *Export CSV*. The window sends these to the engine
// (HistoryQuery): nothing here filters a loaded page.
import type { HistoryResult } from '../shared/types.ts';

export const PAGE_SIZE = 100;

export interface HistoryFilters {
  search: string;
  /** The practice's key (credentialKey), '' for all: its files under any earlier name too. */
  practiceKey: string;
  result: HistoryResult | '';
  /** YYYY-MM-DD, or '' for no limit. */
  from: string;
  to: string;
}

const RESULTS: Array<[HistoryResult | '', string]> = [
  ['', 'All results'],
  ['problems', 'Needs attention'],
  ['held', 'Held for review'],
  ['in-progress', 'In progress'],
  ['processed', 'Processed, no problems'],
];

export interface PracticeChoice {
  key: string;
  name: string;
}

interface Props {
  filters: HistoryFilters;
  onChange: (next: HistoryFilters) => void;
  /** The practices to choose from: filtered by key, shown by name. */
  practices: readonly PracticeChoice[];
  total: number;
  offset: number;
  shown: number;
  onPage: (offset: number) => void;
  onExport: () => void;
  exportNote: { ok: boolean; text: string } | null;
}

export function HistoryToolbar(p: Props) {
  const f = p.filters;
  const set = <K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K]) =>
    p.onChange({ ...f, [key]: value });
  const fmt = (n: number) => n.toLocaleString();
  // A practice chosen elsewhere (*Show problems*) is always one of the choices, so the filter shows.
  const practices =
    f.practiceKey && !p.practices.some((c) => c.key === f.practiceKey)
      ? [...p.practices, { key: f.practiceKey, name: f.practiceKey }]
      : p.practices;
  const range =
    p.total === 0
      ? 'No files'
      : `${fmt(p.offset + 1)}–${fmt(p.offset + p.shown)} of ${fmt(p.total)} ${p.total === 1 ? 'file' : 'files'}`;
  return (
    <div className="toolbar" role="search" aria-label="Find files">
      <div className="filters">
        <label className="search">
          <span>Search</span>
          <input
            type="search"
            value={f.search}
            placeholder="File, DataJobId, patient id"
            aria-label="Search by file name, DataJobId, MessageId or patient id"
            onChange={(e) => set('search', e.target.value)}
          />
        </label>
        {(practices.length > 1 || f.practiceKey !== '') && (
          <label>
            <span>Practice</span>
            <select value={f.practiceKey} onChange={(e) => set('practiceKey', e.target.value)}>
              <option value="">All practices</option>
              {practices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span>Result</span>
          <select
            value={f.result}
            onChange={(e) => set('result', e.target.value as HistoryFilters['result'])}
          >
            {RESULTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>From</span>
          <input
            type="date"
            value={f.from}
            max={f.to || undefined}
            aria-label="Received from (day)"
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <label>
          <span>To</span>
          <input
            type="date"
            value={f.to}
            min={f.from || undefined}
            aria-label="Received until (day)"
            onChange={(e) => set('to', e.target.value)}
          />
        </label>
      </div>
      <div className="list-tools">
        <span className="count" aria-live="polite" data-testid="history-count">
          {range}
        </span>
        <button
          type="button"
          className="small"
          aria-label="Newer files"
          disabled={p.offset === 0}
          onClick={() => p.onPage(Math.max(0, p.offset - PAGE_SIZE))}
        >
          ← Newer
        </button>
        <button
          type="button"
          className="small"
          aria-label="Older files"
          disabled={p.offset + p.shown >= p.total}
          onClick={() => p.onPage(p.offset + PAGE_SIZE)}
        >
          Older →
        </button>
        <button type="button" className="small" onClick={p.onExport} disabled={p.total === 0}>
          Export CSV
        </button>
        {p.exportNote && (
          <span role="status" className={`small ${p.exportNote.ok ? 'ok-text' : 'bad-text'}`}>
            {p.exportNote.text}
          </span>
        )}
      </div>
    </div>
  );
}
