// The history window: status banner, per-day chart, the job list and the details panel. The list
// is a page of the WHOLE history, searched and filtered in the engine (history-toolbar.tsx,
// HistoryQuery), with the total that matches, so nothing silently stops at the newest 500. It
// reloads when the engine says a job or the status changed, and announces what changed in a
// polite live region for screen readers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  ConnectorApi,
  DailyCount,
  EngineStatus,
  HistoryPage,
  HistoryQuery,
  JobDetails,
  JobSummary,
} from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { baseName } from '../shared/format.ts';
import { DailyChart } from './daily-chart.tsx';
import { HistoryToolbar, PAGE_SIZE, type HistoryFilters, type PracticeChoice } from './history-toolbar.tsx';
import { JobDetailsPanel } from './job-details.tsx';
import { jobResult, stoppedBy } from './job-result.ts';
import { JobTable } from './job-table.tsx';
import { StatusBanner } from './status-banner.tsx';
import { usePracticeActions } from './use-practice-actions.ts';

const CHART_DAYS = 14;
const RELOAD_COALESCE_MS = 150;
const SEARCH_PAUSE_MS = 250;
const EMPTY_PAGE: HistoryPage = { jobs: [], total: 0, offset: 0 };
const NO_FILTERS: HistoryFilters = { search: '', practiceKey: '', result: '', from: '', to: '' };

/** The engine's query for these filters and page (empty fields left out). */
function toQuery(f: HistoryFilters, offset: number): HistoryQuery {
  const q: HistoryQuery = { limit: PAGE_SIZE, offset };
  if (f.search.trim()) q.search = f.search.trim();
  if (f.practiceKey) q.practiceKey = f.practiceKey;
  if (f.result) q.result = f.result;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  return q;
}

export function HistoryWindow({ connector }: { connector: ConnectorApi }) {
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [page, setPage] = useState<HistoryPage>(EMPTY_PAGE);
  /** Files in the whole history, whatever the filters (to tell "no files yet" from "no match"). */
  const [allFiles, setAllFiles] = useState(0);
  const [held, setHeld] = useState<JobSummary[]>([]);
  const [days, setDays] = useState<DailyCount[]>([]);
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  /** The filters as sent to the engine: the search box waits for a pause in typing. */
  const [applied, setApplied] = useState<HistoryFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [practices, setPractices] = useState<PracticeChoice[]>([]);
  const [exportNote, setExportNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [details, setDetails] = useState<JobDetails | null>(null);
  const [loadingDetails, setLoadingDetails] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState('');
  /** Practices on the built-in sandbox (names for the banner, keys for a file's words): the window
   *  must not look as if patients see their sends. */
  const [testPractices, setTestPractices] = useState<PracticeChoice[]>([]);
  const openIdRef = useRef<string | null>(null);
  openIdRef.current = openId;
  const query = useMemo(() => toQuery(applied, offset), [applied, offset]);
  const queryRef = useRef(query);
  queryRef.current = query;
  const stopped = useMemo(() => stoppedBy(status), [status]);
  const stoppedRef = useRef(stopped);
  stoppedRef.current = stopped;

  // Only the answer to the latest request is shown: the panel asks on open and again on each
  // change of the job, and an answer from before the change landing last left the panel showing
  // a held file as still in progress, with no Review button and no event to come (the list's
  // reload below had the same race).
  const detailsAsked = useRef(0);
  const loadDetails = useCallback(
    async (jobId: string) => {
      const asked = ++detailsAsked.current;
      setLoadingDetails(true);
      try {
        const job = await connector.getJob(jobId);
        if (asked === detailsAsked.current && openIdRef.current === jobId) setDetails(job);
      } catch (err) {
        setError(describeError(err));
      } finally {
        if (asked === detailsAsked.current) setLoadingDetails(false);
      }
    },
    [connector],
  );

  const load = useCallback(async () => {
    try {
      const [s, found, all, heldNow, counts, settings] = await Promise.all([
        connector.getStatus(),
        connector.queryHistory(queryRef.current),
        connector.queryHistory({ limit: 1 }),
        connector.queryHistory({ result: 'held', limit: 100 }),
        connector.dailyCounts(CHART_DAYS),
        connector.getSettings(),
      ]);
      const choice = (p: { credentialKey: string; name: string }) => ({ key: p.credentialKey, name: p.name });
      setTestPractices(settings.practices.filter((p) => p.environment === 'sandbox').map(choice));
      setPractices(settings.practices.map(choice));
      setStatus(s);
      setPage(found);
      setAllFiles(all.total);
      setHeld(heldNow.jobs);
      setDays(counts);
      setError('');
      return found.jobs;
    } catch (err) {
      setError(describeError(err));
      return null;
    }
  }, [connector]);
  // One load at a time, in the order asked: two at once could finish out of order, and an answer
  // from before a job changed, landing last, left the list showing the old state with no event
  // to come (seen as a file that never turned Failed in the history, once in about five runs).
  const loading = useRef<Promise<unknown>>(Promise.resolve());
  const reload = useCallback(() => {
    const next = loading.current.then(load, load);
    loading.current = next;
    return next;
  }, [load]);

  useEffect(() => {
    void reload();
    const offStatus = connector.on('status:changed', (s) => setStatus(s));
    // A busy folder changes jobs many times a second: coalesce those into one reload at a time.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let changed = new Set<string>();
    const offJobs = connector.on('jobs:changed', ({ jobId }) => {
      changed.add(jobId);
      if (openIdRef.current === jobId) void loadDetails(jobId);
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        const ids = changed;
        changed = new Set();
        void reload().then((list) => {
          const latest = list?.find((j) => ids.has(j.id));
          if (latest)
            setAnnouncement(`${baseName(latest.file)}: ${jobResult(latest, stoppedRef.current).label}.`);
        });
      }, RELOAD_COALESCE_MS);
    });
    return () => {
      clearTimeout(timer);
      offStatus();
      offJobs();
    };
  }, [connector, reload, loadDetails]);

  const open = useCallback(
    (jobId: string) => {
      setOpenId(jobId);
      setDetails(null);
      void loadDetails(jobId);
    },
    [loadDetails],
  );

  const close = useCallback(() => {
    const was = openIdRef.current;
    setOpenId(null);
    setDetails(null);
    // Give focus back to the row the panel was opened from.
    if (was)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`tr[data-job-id="${CSS.escape(was)}"]`)?.focus(),
      );
  }, []);

  useEffect(() => {
    if (!openId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId, close]);

  // A new filter or page: ask the engine again (the first load is the effect above).
  const firstQuery = useRef(true);
  useEffect(() => {
    if (firstQuery.current) {
      firstQuery.current = false;
      return;
    }
    void reload();
  }, [query, reload]);
  // Typing waits for a short pause; every other filter applies at once. Any change: page one.
  useEffect(() => {
    if (filters === applied) return;
    const wait = filters.search !== applied.search ? SEARCH_PAUSE_MS : 0;
    const timer = setTimeout(() => {
      setApplied(filters);
      setOffset(0);
    }, wait);
    return () => clearTimeout(timer);
  }, [filters, applied]);
  const exportCsv = useCallback(() => {
    setExportNote(null);
    const { limit: _l, offset: _o, ...onlyFilters } = toQuery(filters, 0);
    connector
      .exportHistory(onlyFilters)
      .then((r) => setExportNote(r.message ? { ok: r.ok, text: r.message } : null))
      .catch((err: unknown) => setExportNote({ ok: false, text: describeError(err) }));
  }, [connector, filters]);
  const review = useCallback(
    (jobId: string) => {
      connector
        .openReview(jobId)
        .then((r) => setError(r.ok ? '' : r.message))
        .catch((err: unknown) => setError(describeError(err)));
    },
    [connector],
  );
  const act = useCallback(
    (what: () => Promise<{ ok: boolean; message?: string }>) =>
      void what()
        .then((r) => setError(r.ok ? '' : (r.message ?? '')))
        .catch((err: unknown) => setError(describeError(err))),
    [],
  );
  const fixCredentials = useCallback(
    (practice: string) => act(() => connector.openSettings(practice)),
    [act, connector],
  );
  const resume = useCallback(() => act(() => connector.resume()), [act, connector]);
  const practiceActions = usePracticeActions(connector, act, (practiceKey) => {
    // *Show problems*: that practice's files that need someone, in the list below.
    setFilters({ ...NO_FILTERS, practiceKey, result: 'problems' });
  });
  // The settings' practices, and any the engine's status lists beside them (by key, named as now).
  const practiceChoices = useMemo(() => {
    const extra = (status?.practices ?? [])
      .filter((l) => !practices.some((c) => c.key === l.credentialKey))
      .map((l) => ({ key: l.credentialKey, name: l.name }));
    return extra.length ? [...practices, ...extra] : practices;
  }, [practices, status]);
  const emptyText =
    allFiles === 0
      ? 'No files yet. Exports dropped into the inbox folder appear here within a few seconds.'
      : 'No file matches. Clear the search or choose “All” in the filters.';
  const openJob = details && details.id === openId ? details : null;

  return (
    <div className={`history${openId ? ' with-details' : ''}`}>
      <header className="top">
        <h1>Sending history</h1>
        <StatusBanner
          status={status}
          held={held}
          onReview={review}
          onFixCredentials={fixCredentials}
          onResume={resume}
          testPractices={testPractices.map((c) => c.name)}
          {...practiceActions}
        />
        <DailyChart days={days} />
      </header>
      <HistoryToolbar
        filters={filters}
        onChange={setFilters}
        practices={practiceChoices}
        total={page.total}
        offset={page.offset}
        shown={page.jobs.length}
        onPage={setOffset}
        onExport={exportCsv}
        exportNote={exportNote}
      />
      {error && (
        <p className="bad-text" role="alert">
          {error}
        </p>
      )}
      <main className="content">
        <JobTable jobs={page.jobs} openId={openId} onOpen={open} emptyText={emptyText} stopped={stopped} />
        {openId && (
          <JobDetailsPanel
            connector={connector}
            job={openJob}
            loading={loadingDetails}
            onClose={close}
            stopped={stopped}
            testMode={!!openJob && testPractices.some((c) => c.key === openJob.practiceKey)}
          />
        )}
      </main>
      <div className="sr-only" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
