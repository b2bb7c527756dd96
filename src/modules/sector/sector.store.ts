import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Db } from "../../db/client";
import { listenForDataChanges, notifyDataChanged } from "../../cache/invalidation";
import { today } from "../../shared/time-travel";

/**
 * Sector figures precomputed per data version. Every statement result of `sector` (headline
 * sums, pages of inputs, sources) is kept under the data generation it was computed in, keyed by
 * country, day and the statement: an answer for a given day only changes when the data does, so
 * it is computed once per version. A data change (a load, a write, here or on another replica)
 * bumps the generation, drops every kept result, and recomputes the present US headline at once.
 */
export class SectorFigures {
  private generation = 0;
  private readonly kept = new LRUCache<string, Promise<unknown>>({ max: 5_000 });
  private refreshing: Promise<void> | null = null;
  private again = false;

  constructor(private readonly warm: (figures: SectorFigures) => Promise<void>) {}

  /** The result of `run` for `key` in the current data version, computed at most once. */
  memo<T>(key: string, run: () => Promise<T>): Promise<T> {
    const k = `${this.generation}|${key}`;
    let p = this.kept.get(k) as Promise<T> | undefined;
    if (!p) {
      p = run();
      this.kept.set(k, p);
      // A failed statement (a timeout, a lost connection) is never kept.
      p.catch(() => this.kept.delete(k));
    }
    return p;
  }

  /** Drops every kept result; later reads compute against the new data. */
  invalidate(): void {
    this.generation += 1;
    this.kept.clear();
  }

  /** Invalidates, then recomputes the present US headline (resolves when done; never rejects). */
  refresh(): Promise<void> {
    this.invalidate();
    // A burst of writes warms once more after the warm under way, not once per write.
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    const run = (async () => {
      do {
        this.again = false;
        await this.warm(this).catch(() => undefined);
      } while (this.again);
      this.refreshing = null;
    })();
    this.refreshing = run;
    return run;
  }

  /** The refresh under way, if any (tests and shutdown wait for it). */
  settled(): Promise<void> {
    return this.refreshing ?? Promise.resolve();
  }
}

const stores = new WeakMap<Db, SectorFigures>();
/** Signs this process's own data-change notifications, so its listener does not refresh twice. */
const SELF = `#${randomUUID()}`;
let warmer: (db: Db, figures: SectorFigures) => Promise<void> = async () => undefined;

/** Set once by the sector service: how to recompute the present headline. */
export function setSectorWarmer(warm: (db: Db, figures: SectorFigures) => Promise<void>): void {
  warmer = warm;
}

/** The kept figures of one database (one per process and database). */
export function sectorFigures(db: Db): SectorFigures {
  let s = stores.get(db);
  if (!s) {
    s = new SectorFigures((figures) => warmer(db, figures));
    stores.set(db, s);
  }
  return s;
}

/**
 * THE function to call after every committed write (and after any change to the data made outside
 * a load): recomputes this process's sector figures at once and tells every other server on the
 * same database (NOTIFY on the data channel, which also drops their cached responses), so no
 * replica answers from figures of an older version. Resolves when this process is refreshed.
 */
export async function refreshSectorFigures(db: Db): Promise<void> {
  const figures = sectorFigures(db);
  await notifyDataChanged(db, `sector ${today()} ${SELF}`);
  await figures.refresh();
}

/**
 * Listens for data changes on the database (loads NOTIFY inside their transaction; writes through
 * `refreshSectorFigures`), refreshing the kept figures on each. Returns the unsubscribe.
 */
export async function watchSectorFigures(db: Db): Promise<() => Promise<void>> {
  const figures = sectorFigures(db);
  // Our own NOTIFY (refreshSectorFigures) arrives here too, milliseconds after that refresh
  // began: refreshing again dropped the half-computed figures and computed them twice over, on
  // the same cores (the 7-12 s first sector request after a write on PostgreSQL).
  return listenForDataChanges(db, (payload) => {
    if (!payload?.endsWith(SELF)) void figures.refresh();
  });
}
