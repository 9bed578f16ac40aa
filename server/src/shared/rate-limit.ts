/**
 * A fixed-window failure counter kept in memory. Enough for one server process; behind several
 * replicas it would move to Redis with the same interface.
 */
export class FailureLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  blockedFor(key: string): number {
    const h = this.hits.get(key);
    if (!h) return 0;
    const t = this.now();
    if (t >= h.resetAt) {
      this.hits.delete(key);
      return 0;
    }
    return h.count >= this.maxFailures ? Math.ceil((h.resetAt - t) / 1000) : 0;
  }

  fail(key: string): void {
    const t = this.now();
    const h = this.hits.get(key);
    if (!h || t >= h.resetAt) this.hits.set(key, { count: 1, resetAt: t + this.windowMs });
    else h.count += 1;
    if (this.hits.size > 100_000) this.sweep(t);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(t: number) {
    for (const [k, h] of this.hits) if (t >= h.resetAt) this.hits.delete(k);
  }
}
