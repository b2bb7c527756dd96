import fs from "node:fs";
import type { BenchTarget } from "./database";

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms; null when it is gone. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at ") ".
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // rest[0] is field 3 (state); utime and stime are fields 14 and 15.
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU used by the PostgreSQL backends serving the bench database during a window: the backends
 * are found in pg_stat_activity (this database, not the probe's own connection) and read from
 * /proc, so the figure is the server's real CPU, parse/plan included, and other databases on the
 * same server do not count. Null on PGlite or when /proc is not readable.
 */
export interface PgCpuMeter {
  start(): Promise<void>;
  /** ms of CPU since start(). */
  stop(): Promise<number | null>;
  close(): Promise<void>;
}

export async function pgCpuMeter(target: BenchTarget): Promise<PgCpuMeter | null> {
  if (target.kind !== "postgres") return null;
  const { default: postgres } = await import("postgres");
  const sql = postgres(target.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
  const backends = async (): Promise<number[]> =>
    (await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`).map((r) => r.pid);
  let before = new Map<number, number>();
  const snapshot = async () => {
    const out = new Map<number, number>();
    for (const pid of await backends()) {
      const ms = processCpuMs(pid);
      if (ms != null) out.set(pid, ms);
    }
    return out;
  };
  return {
    start: async () => {
      before = await snapshot();
    },
    stop: async () => {
      const after = await snapshot();
      if (!after.size) return null;
      let total = 0;
      // A backend that started during the window counts from zero.
      for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
      return total;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
