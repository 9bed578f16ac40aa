import { describe, expect, it } from "vitest";
import type { EntityManager } from "typeorm";
import { oneQueryAtATime } from "./context";

/** A query runner that records when each query starts and fails if two overlap (one connection). */
function fakeRunner() {
  let running = 0;
  const log: string[] = [];
  const runner = {
    async query(sql: string) {
      if (running > 0) throw new Error(`overlap at ${sql}`);
      running++;
      log.push(`start ${sql}`);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      log.push(`end ${sql}`);
      if (sql === "bad") throw new Error("bad query");
      return [sql];
    },
  };
  return { manager: { queryRunner: runner } as unknown as EntityManager, log };
}

describe("oneQueryAtATime: a transaction's connection runs its queries one after the other", () => {
  it("chains overlapping calls in the order they were asked, each answering its own result", async () => {
    const { manager, log } = fakeRunner();
    oneQueryAtATime(manager);
    const q = manager.queryRunner!.query.bind(manager.queryRunner);
    const results = await Promise.all([q("a"), q("b"), q("c")]);
    expect(results).toEqual([["a"], ["b"], ["c"]]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("lets a failed query fail its caller only, and the next one still run", async () => {
    const { manager, log } = fakeRunner();
    oneQueryAtATime(manager);
    const q = manager.queryRunner!.query.bind(manager.queryRunner);
    const [bad, next] = await Promise.allSettled([q("bad"), q("next")]);
    expect(bad.status).toBe("rejected");
    expect(next).toEqual({ status: "fulfilled", value: ["next"] });
    expect(log.at(-1)).toBe("end next");
  });

  it("wraps a runner once however often it is asked", async () => {
    const { manager, log } = fakeRunner();
    oneQueryAtATime(oneQueryAtATime(manager));
    const q = manager.queryRunner!.query.bind(manager.queryRunner);
    await Promise.all([q("a"), q("b")]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
