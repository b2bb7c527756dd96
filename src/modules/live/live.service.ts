import { subscribeQueue, type ChangeQueue } from "../../events";
import type { FactChange } from "../../events/types";
import type { Context } from "../../context";
import { AppError, ServiceUnavailableError } from "../../shared/errors";
import { expectGlobalId, fromGlobalId } from "../../shared/global-id";
import { openSector } from "../sector/sector.model";
import { FactType, SectorChangedEvent, toFactChangedEvent, typenameOf, type FactChangedEvent } from "./live.type";

/** Events a subscription may have waiting for a slow client before it is ended (THROTTLED). */
export const MAX_PENDING_EVENTS = 10_000;

const overflow = () =>
  new AppError(`This subscription fell more than ${MAX_PENDING_EVENTS} events behind; subscribe again and re-read what you need.`, "THROTTLED", {
    limit: "pendingEvents",
    maxPendingEvents: MAX_PENDING_EVENTS,
  });

function busOf(ctx: Context) {
  if (!ctx.events) throw new ServiceUnavailableError("Live updates are not available on this server.");
  return ctx.events;
}

export interface FactChangedArgs {
  types?: FactType[] | null;
  companyId?: string | null;
}

/** `factChanged`: the bus's changes of the asked types and company, as events. */
export function factChangedStream(ctx: Context, args: FactChangedArgs): ChangeQueue<FactChangedEvent> {
  const bus = busOf(ctx);
  const typenames = args.types?.length ? new Set(args.types.map((t) => typenameOf(t))) : null;
  const company = args.companyId != null ? expectGlobalId(args.companyId, "Company", "companyId") : null;
  const concerns = (c: FactChange) => c.companyIds.some((id) => fromGlobalId(id)?.key === company);
  return subscribeQueue(bus, {
    accept: (c) => (!typenames || typenames.has(c.typename as never)) && (company === null || concerns(c)),
    map: toFactChangedEvent,
    max: MAX_PENDING_EVENTS,
    overflow,
    beforeEach: () => ctx.renewLoaders?.(),
  });
}

/** `sectorChanged`: one event per change that concerns the country; a burst waiting to be sent becomes one event. */
export async function sectorChangedStream(ctx: Context, country: string): Promise<ChangeQueue<SectorChangedEvent>> {
  const bus = busOf(ctx);
  // NOT_FOUND now, like `sector`, rather than a subscription that never fires.
  const code = (await openSector(ctx.db, country, null)).country;
  const event = (c: FactChange, count: number) =>
    Object.assign(new SectorChangedEvent(), { country: code, change: toFactChangedEvent(c), changeCount: count, at: new Date(c.at) });
  return subscribeQueue(bus, {
    accept: (c) => c.countries.includes(code),
    map: (c) => event(c, 1),
    merge: (waiting, c) => event(c, waiting.changeCount + 1),
    max: MAX_PENDING_EVENTS,
    overflow,
    beforeEach: () => ctx.renewLoaders?.(),
  });
}
