import type { CompanyRecord, IndicatorRecord, SiteRecord } from "./fact-base";
import { dateWithPrecision, fullDayOrNull } from "./dates";
import { factSeed } from "./map-facts";
import type { MapContext } from "./map-context";
import type { CapacitySeed, CompanySeed, SiteSeed } from "./seed-types";

type CompanyKind = CompanySeed["row"]["kind"];

/** Kind from the role text's leading word; BMNR ("Ethereum treasury company") falls to OTHER. */
export function companyKind(role: string): CompanyKind {
  const r = role.toLowerCase();
  if (r.startsWith("miner")) return "MINER";
  if (r.startsWith("hyperscaler")) return "HYPERSCALER";
  if (r.startsWith("ai cloud")) return "AI_CLOUD";
  if (r.startsWith("ai lab")) return "AI_LAB";
  if (r.startsWith("chipmaker")) return "CHIPMAKER";
  return "OTHER";
}

const COUNTRY_CODES: Record<string, string> = {
  "United States": "US",
  Australia: "AU",
  Canada: "CA",
  "United Kingdom": "GB",
  "United Arab Emirates": "AE",
};

/** ISO 3166 alpha-2; an unlisted country name fails the seed rather than being guessed. */
export function countryCode(name: string | null | undefined): string | null {
  if (name == null) return null;
  const code = COUNTRY_CODES[name];
  if (!code) throw new Error(`no ISO code known for country "${name}"`);
  return code;
}

export function mapCompany(c: CompanyRecord): CompanySeed {
  return {
    fact: factSeed("COMPANY", c),
    row: {
      slug: c.id.toLowerCase(),
      name: c.name,
      ticker: c.ticker ?? null,
      exchange: c.exchange ?? null,
      kind: companyKind(c.role),
      role: c.role,
      hqCity: c.hqCity ?? null,
      country: countryCode(c.hqCountry),
      reportedAiRevenueUsd: c.contractedAiRevenueUsd ?? null,
      reportedAiRevenueBasis: c.contractedAiRevenueBasis ?? null,
      reportedAiRevenueOn: fullDayOrNull(c.contractedAiRevenueAsOf),
    },
    refs: {},
  };
}

export function mapSite(s: SiteRecord, ctx: MapContext): SiteSeed {
  const asOf = dateWithPrecision(s.asOf);
  return {
    fact: factSeed("SITE", s),
    row: {
      name: s.name,
      city: s.city ?? null,
      region: s.state ?? null,
      country: s.country,
      powerCapacityMw: s.capacityMw ?? null,
      capacityType: s.capacityType ?? null,
      use: s.use ?? null,
      reportedOn: asOf.on,
      reportedPrecision: asOf.precision,
      publicOn: ctx.publicOn(s.asOf, "measured", s.sourceIds),
    },
    refs: { companyId: ctx.company(s.company) },
  };
}

/**
 * Where each company's reported capacity lies, read off its `powerMetric` text. Country is "US"
 * only when the text confines the capacity to US sites; otherwise null and the note says why.
 */
const CAPACITY_REGION: Record<string, { country: string | null; regionNote: string }> = {
  IREN: { country: null, regionNote: "North America (US and Canada sites)" },
  CIFR: { country: null, regionNote: "Region not stated for the pipeline figure" },
  WULF: { country: "US", regionNote: "Five US sites (NY, TX, KY, MD: the WULF sites in this dataset)" },
  RIOT: { country: "US", regionNote: "Rockdale and Corsicana, Texas" },
  HUT: { country: null, regionNote: "US & Canada (15 sites)" },
  CORZ: { country: null, regionNote: "Region not stated" },
  CLSK: { country: "US", regionNote: "Two Greater-Houston, Texas sites" },
};

function capacityRegion(companyId: string) {
  const region = CAPACITY_REGION[companyId];
  if (!region) throw new Error(`no capacity region judged for ${companyId}; add it to CAPACITY_REGION`);
  return region;
}

/**
 * A company's capacity report(s). A company whose power figure and metric are both null
 * (BMNR, BITF: "no power capacity found") gets none: an empty report would state nothing.
 * IREN's later '>4.5GW' becomes a second report that supersedes the first.
 */
export function mapCompanyCapacity(c: CompanyRecord, ctx: MapContext): CapacitySeed[] {
  if (c.totalPowerMw == null && c.powerMetric == null) return [];
  const region = capacityRegion(c.id);
  const asOf = dateWithPrecision(c.powerAsOf);
  const key = `CAP-${c.id}`;
  // The company note travels with the figure only when it is about power (RIOT's "nearly two
  // gigawatts", WULF's "gross 2.9-GW", CIFR's "not stated as a single figure"); other company
  // caveats (an HQ city, a takeover vote) stay on the company.
  const note = c.note && /\b(GW|MW|power)\b/i.test(c.note) ? c.note : null;
  const reports: CapacitySeed[] = [
    {
      fact: factSeed("CAPACITY_REPORT", c, { key, note }),
      row: {
        scope: "COMPANY",
        basis: "CURRENT",
        country: region.country,
        regionNote: region.regionNote,
        capacityMw: c.totalPowerMw ?? null,
        qualifier: null,
        metric: c.powerMetric ?? null,
        reportedOn: asOf.on,
        reportedPrecision: asOf.precision,
        publicOn: ctx.publicOn(c.powerAsOf, "measured", c.sourceIds),
      },
      refs: { companyId: ctx.company(c.id) },
    },
  ];
  if (c.laterPowerMw != null) reports.push(laterCapacity(c, ctx, key));
  return reports;
}

function laterCapacity(c: CompanyRecord, ctx: MapContext, supersedes: string): CapacitySeed {
  const asOf = dateWithPrecision(c.laterPowerAsOf);
  const note = c.laterPowerNote ?? null;
  return {
    fact: factSeed("CAPACITY_REPORT", c, { key: `CAP-${c.id}-${c.laterPowerAsOf?.slice(0, 7)}`, note, supersedes }),
    row: {
      scope: "COMPANY",
      basis: "CURRENT",
      country: null,
      regionNote: "Region not stated; includes the new 1.6 GW Oklahoma campus",
      capacityMw: c.laterPowerMw ?? null,
      // The fact base quotes it as '>4.5GW'.
      qualifier: note?.includes(">") ? "more than" : null,
      metric: "secured grid-connected power",
      reportedOn: asOf.on,
      reportedPrecision: asOf.precision,
      publicOn: ctx.publicOn(c.laterPowerAsOf, "measured", c.sourceIds),
    },
    refs: { companyId: ctx.company(c.id) },
  };
}

/** The two Bernstein sector figures, kept also as market indicators (same sources and note). */
const SECTOR_CAPACITY: Record<string, { basis: "CURRENT" | "PLANNED"; country: string | null; regionNote: string }> = {
  "I-MINER-POWER-14GW": {
    basis: "CURRENT",
    // Not confined to the US, so no country (the rule of CAPACITY_REGION): it spans borders.
    country: null,
    regionNote: "The US and other regions: the seed says 'US bitcoin miners', but one report says 'spread across the U.S. and other regions'",
  },
  "I-MINER-POWER-27GW": { basis: "PLANNED", country: null, regionNote: "Public bitcoin miners; region not stated" },
};

export function mapSectorCapacity(indicators: IndicatorRecord[], ctx: MapContext): CapacitySeed[] {
  return Object.entries(SECTOR_CAPACITY).map(([id, sector]) => {
    const i = indicators.find((x) => x.id === id);
    if (!i) throw new Error(`indicator ${id} missing from the fact base`);
    if (i.unit !== "GW" || i.value == null) throw new Error(`indicator ${id} is not a GW figure`);
    const asOf = dateWithPrecision(i.asOf);
    return {
      fact: factSeed("CAPACITY_REPORT", i, { key: `CAP-${i.id}`, qualifiers: [i.qualifier] }),
      row: {
        scope: "SECTOR",
        basis: sector.basis,
        country: sector.country,
        regionNote: sector.regionNote,
        capacityMw: i.value * 1000,
        qualifier: i.qualifier ?? null,
        metric: i.name,
        reportedOn: asOf.on,
        reportedPrecision: asOf.precision,
        publicOn: ctx.publicOn(i.asOf, "measured", i.sourceIds),
      },
      refs: { companyId: null },
    };
  });
}
