import type { FactBase } from "./fact-base";
import { publicOn, type OwnDateKind } from "./dates";
import { companyRef, factRef, type FactRef } from "./seed-types";

/**
 * Lookups shared by the mappers. Every natural key a record names is checked here, so a typo in
 * the fact base fails the seed instead of loading a dangling or silently-null reference.
 */
export class MapContext {
  readonly companyIds: Set<string>;
  readonly companyByTicker: Map<string, string>;
  private readonly siteIds: Set<string>;
  private readonly dealIds: Set<string>;
  private readonly backstopIds: Set<string>;

  constructor(
    facts: FactBase,
    private readonly sourceDays: Map<string, string | null>,
  ) {
    this.companyIds = new Set(facts.companies.map((c) => c.id));
    this.companyByTicker = new Map(
      facts.companies.filter((c) => c.ticker).map((c) => [c.ticker as string, c.id]),
    );
    this.siteIds = new Set(facts.sites.map((s) => s.id));
    this.dealIds = new Set(facts.deals.map((d) => d.id));
    this.backstopIds = new Set(facts.creditBackstops.map((b) => b.id));
  }

  isCompany(key: string | null | undefined): key is string {
    return typeof key === "string" && this.companyIds.has(key);
  }

  company(key: string): FactRef {
    if (!this.companyIds.has(key)) throw new Error(`unknown company "${key}"`);
    return companyRef(key);
  }

  site(key: string | null | undefined): FactRef | null {
    if (key == null) return null;
    if (!this.siteIds.has(key)) throw new Error(`unknown site "${key}"`);
    return factRef("SITE", key);
  }

  deal(key: string | null | undefined): FactRef | null {
    if (key == null) return null;
    if (!this.dealIds.has(key)) throw new Error(`unknown deal "${key}"`);
    return factRef("DEAL", key);
  }

  backstop(key: string): FactRef {
    if (!this.backstopIds.has(key)) throw new Error(`unknown credit backstop "${key}"`);
    return factRef("CREDIT_BACKSTOP", key);
  }

  /** `public_on` for a fact with the given own date and sources (see `publicOn` in dates.ts). */
  publicOn(own: string | null | undefined, kind: OwnDateKind, sourceKeys: string[]): string | null {
    const sourceDays = sourceKeys.map((key) => {
      if (!this.sourceDays.has(key)) throw new Error(`unknown source "${key}"`);
      return this.sourceDays.get(key) ?? null;
    });
    return publicOn({ own, kind, sourceDays });
  }
}
