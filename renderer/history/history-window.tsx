// The history window: status banner, per-day chart, the filterable job table and the details
// panel. It reloads when the engine says a job or the status changed, and announces what
// changed in a polite live region for screen readers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ConnectorApi, DailyCount, EngineStatus, JobDetails, JobSummary } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { baseName } from '../shared/format.ts';
import { DailyChart } from './daily-chart.tsx';
import { filterJobs } from './filter-jobs.ts';
import { JobDetailsPanel } from './job-details.tsx';
import { isHeld, jobResult, stoppedBy } from './job-result.ts';
import { JobTable } from './job-table.tsx';
import { StatusBanner } from './status-banner.tsx';
import { usePracticeActions } from './use-practice-actions.ts';

const JOB_LIMIT = 500;
const CHART_DAYS = 14;
const RELOAD_COALESCE_MS = 150;

export function HistoryWindow({ connector }: { connector: ConnectorApi }) {
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [jobs, setJobs] = useState<JobSummary[]>([]);
  const [days, setDays] = useState<DailyCount[]>([]);
  const [search, setSearch] = useState('');
  const [failuresOnly, setFailuresOnly] = useState(false);
  /** *Show problems* on a practice line: the list shows that practice's problems only. */
  const [problemsOf, setProblemsOf] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [details, setDetails] = useState<JobDetails | null>(null);
  const [loadingDetails, setLoadingDetails] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState('');
  /** Practices on the built-in sandbox: the window must not look as if patients see their sends. */
  const [testPractices, setTestPractices] = useState<string[]>([]);
  const openIdRef = useRef<string | null>(null);
  openIdRef.current = openId;
  const stopped = useMemo(() => stoppedBy(status), [status]);
  const stoppedRef = useRef(stopped);
  stoppedRef.current = stopped;

  const loadDetails = useCallback(
    async (jobId: string) => {
      setLoadingDetails(true);
      try {
        const job = await connector.getJob(jobId);
        if (openIdRef.current === jobId) setDetails(job);
      } catch (err) {
        setError(describeError(err));
      } finally {
        setLoadingDetails(false);
      }
    },
    [connector],
  );

  const reload = useCallback(async () => {
    try {
      const [s, list, counts, settings] = await Promise.all([
        connector.getStatus(),
        connector.listJobs({ limit: JOB_LIMIT }),
        connector.dailyCounts(CHART_DAYS),
        connector.getSettings(),
      ]);
      setTestPractices(settings.practices.filter((p) => p.environment === 'sandbox').map((p) => p.name));
      setStatus(s);
      setJobs(list);
      setDays(counts);
      setError('');
      return list;
    } catch (err) {
      setError(describeError(err));
      return null;
    }
  }, [connector]);

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

  const shown = useMemo(
    () =>
      filterJobs(jobs, { failuresOnly, search }).filter(
        (j) => !failuresOnly || problemsOf === null || j.practice === problemsOf,
      ),
    [jobs, failuresOnly, search, problemsOf],
  );
  const held = useMemo(() => jobs.filter(isHeld), [jobs]);
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
  const practiceActions = usePracticeActions(connector, act, (practice) => {
    // *Show problems*: that practice's files that need someone, in the list below.
    setProblemsOf(practice);
    setFailuresOnly(true);
    setSearch('');
  });
  const emptyText =
    jobs.length === 0
      ? 'No files yet. Exports dropped into the inbox folder appear here within a few seconds.'
      : 'No file matches. Clear the search or untick “Only failures”.';

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
          testPractices={testPractices}
          {...practiceActions}
        />
        <DailyChart days={days} />
      </header>
      <div className="toolbar" role="search">
        <label className="search">
          <span>Search</span>
          <input
            type="search"
            value={search}
            placeholder="File name, DataJobId or patient id"
            aria-label="Search by file name, DataJobId, MessageId or patient id"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={failuresOnly}
            onChange={(e) => {
              setFailuresOnly(e.target.checked);
              if (!e.target.checked) setProblemsOf(null);
            }}
          />
          {failuresOnly && problemsOf ? `Only failures of ${problemsOf}` : 'Only failures'}
        </label>
        <span className="muted count" aria-live="polite">
          {shown.length} of {jobs.length} files
        </span>
      </div>
      {error && (
        <p className="bad-text" role="alert">
          {error}
        </p>
      )}
      <main className="content">
        <JobTable jobs={shown} openId={openId} onOpen={open} emptyText={emptyText} stopped={stopped} />
        {openId && (
          <JobDetailsPanel connector={connector} job={details} loading={loadingDetails} onClose={close} />
        )}
      </main>
      <div className="sr-only" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
