import type http from "node:http";
import type { Logger } from "./logger";

/**
 * Requests that take long, told while they still take it (慢请求日志). Every request the HTTP server
 * takes is watched from its first byte until its response closes; one that is still open after
 * `slowMs` is logged then (warn `slow_request`, with how long so far and where it is: reading its
 * body, or waiting on its answer), and again when it ends (info `slow_request_done`, its status and
 * total time). A request that never answers is otherwise invisible: nothing logs it, and the
 * client's own timeout reports only that it waited (a browser test at stop 29 saw a mutation's
 * button spin for 30 s with no trace on the server's side to say whether it ever arrived).
 *
 * Logged: method, path without its query string (signed image links carry their signature
 * there), the GraphQL operation's name when the body named one, `X-Request-Id` when sent. Never
 * headers or bodies.
 */
export interface RequestWatch {
  /** Starts watching a request; it stops by itself when the response closes. */
  begin(req: http.IncomingMessage, res: http.ServerResponse): void;
  /** Where the request is (reading its body, answering), and its GraphQL operation once its body named one. */
  note(req: http.IncomingMessage, facts: { stage: Stage; body?: unknown }): void;
  stop(): void;
}

/** Where a GraphQL request is: reading its body, or answering it. */
export type Stage = "reading" | "answering";

interface Watched {
  startedAt: number;
  method: string;
  path: string;
  requestId?: string;
  operation?: string;
  /** Known for GraphQL requests only; other routes do not say. */
  stage?: Stage;
  warned: boolean;
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** A watch that logs nothing and keeps nothing (`slowMs` 0). */
const OFF: RequestWatch = { begin: () => {}, note: () => {}, stop: () => {} };

export function watchRequests(log: Logger, slowMs: number): RequestWatch {
  if (slowMs <= 0) return OFF;
  const open = new Map<http.IncomingMessage, Watched>();
  const fields = (w: Watched, now: number) => ({
    event: "slow_request",
    method: w.method,
    path: w.path,
    ...(w.operation ? { operation: w.operation } : {}),
    ...(w.requestId ? { requestId: w.requestId } : {}),
    ...(w.stage ? { stage: w.stage } : {}),
    ms: Math.round(now - w.startedAt),
  });
  // Checked a few times per threshold: a request is told within half a threshold of crossing it.
  const timer = setInterval(
    () => {
      const now = performance.now();
      for (const w of open.values()) {
        if (w.warned || now - w.startedAt < slowMs) continue;
        w.warned = true;
        log.warn(fields(w, now), "request still open");
      }
    },
    Math.max(20, Math.min(1000, slowMs / 2)),
  );
  timer.unref();
  return {
    begin(req, res) {
      const url = req.url ?? "";
      const q = url.indexOf("?");
      const id = req.headers["x-request-id"];
      const w: Watched = {
        startedAt: performance.now(),
        method: req.method ?? "",
        path: (q === -1 ? url : url.slice(0, q)).slice(0, 200),
        requestId: typeof id === "string" ? id.slice(0, 64) : undefined,
        warned: false,
      };
      open.set(req, w);
      res.once("close", () => {
        open.delete(req);
        const ms = performance.now() - w.startedAt;
        if (w.warned || ms >= slowMs)
          log.info(
            { ...fields(w, performance.now()), event: "slow_request_done", status: res.statusCode },
            "slow request done",
          );
      });
    },
    note(req, facts) {
      const w = open.get(req);
      if (!w) return;
      w.stage = facts.stage;
      const name = (facts.body as { operationName?: unknown } | null | undefined)?.operationName;
      if (typeof name === "string" && OPERATION_NAME.test(name)) w.operation = name;
    },
    stop() {
      clearInterval(timer);
      open.clear();
    },
  };
}
