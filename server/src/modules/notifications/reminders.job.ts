import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import { Logger as WorkerLogger, run, type Runner, type TaskList } from "graphile-worker";
import type { Config } from "../../config";
import { today } from "../../shared/dates";
import { runDailyReminders, systemContext } from "./reminders";

/** The task's name in graphile-worker's queue. */
export const DAILY_REMINDERS_TASK = "daily_reminders";

/**
 * 08:00 in China every day. graphile-worker reads crontabs in UTC (its cron matcher uses getUTC*):
 * 00:00 UTC is 08:00 Asia/Shanghai, which has no daylight saving. `?fill=1d`: a server that was
 * down at 08:00 catches up that day's run when it starts (the run is idempotent anyway).
 */
export const DAILY_REMINDERS_CRONTAB = `0 0 * * * ${DAILY_REMINDERS_TASK} ?fill=1d&max=3`;

/** On the embedded database: how often the in-process timer runs the (idempotent) job. */
export const EMBEDDED_INTERVAL_MS = 60 * 60_000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a queued run is for: `asOf` when a caller queued one explicitly (tests, an operator),
 * else the day (in China) of the cron tick that made the job, else today.
 */
export function asOfOf(payload: unknown, now = new Date()): string {
  const p = (payload ?? {}) as { asOf?: unknown; _cron?: { ts?: unknown } };
  if (typeof p.asOf === "string" && DAY.test(p.asOf)) return p.asOf;
  if (typeof p._cron?.ts === "string" && !Number.isNaN(Date.parse(p._cron.ts))) return today(new Date(p._cron.ts));
  return today(now);
}

/** The task list graphile-worker runs: one task, the job's one body. */
export function reminderTasks(db: DataSource, config: Config, log: Logger): TaskList {
  return {
    [DAILY_REMINDERS_TASK]: async (payload) => {
      await runDailyReminders(systemContext(db, config, log), asOfOf(payload));
    },
  };
}

/** graphile-worker's log lines through ours (it logs job names and errors, never payload figures). */
const workerLogger = (log: Logger) =>
  new WorkerLogger(() => (level, message) => {
    const l = level === "error" ? "error" : level === "warning" ? "warn" : "debug";
    log[l]({ component: "graphile-worker" }, message);
  });

export interface ReminderJob {
  kind: "graphile-worker" | "timer";
  stop(): Promise<void>;
}

/**
 * Starts the daily reminders (REMINDERS_ENABLED). On PostgreSQL: graphile-worker with its own small
 * pool (2 connections: its LISTEN client and the job it runs) and a daily crontab, so several API
 * processes share one queue and the day's run happens once. On the embedded database (PGlite
 * behind pglite-socket, one session shared by every connection, pool of one) graphile-worker's
 * LISTEN connection would hold that one session for good: an in-process timer runs the same task
 * body instead, at start and hourly; the run is idempotent for the day (docs/reminders.md).
 */
export async function startReminderJob(
  db: DataSource,
  config: Config,
  log: Logger,
  databaseUrl: string | null,
): Promise<ReminderJob> {
  const tasks = reminderTasks(db, config, log);
  if (databaseUrl) {
    const runner: Runner = await run({
      connectionString: databaseUrl,
      concurrency: 1,
      maxPoolSize: 2,
      noHandleSignals: true,
      pollInterval: 60_000,
      taskList: tasks,
      crontab: DAILY_REMINDERS_CRONTAB,
      logger: workerLogger(log),
    });
    return { kind: "graphile-worker", stop: () => runner.stop() };
  }
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runDailyReminders(systemContext(db, config, log), today())
      .then(() => undefined)
      .catch((err: unknown) => log.error({ err }, "daily reminders failed"))
      .finally(() => (running = null));
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, EMBEDDED_INTERVAL_MS);
  first.unref();
  timer.unref();
  return {
    kind: "timer",
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
