import type { SeedInput, SourceRecord } from "./fact-base";
import { fullDayOrNull, parsePartialDate } from "./dates";
import type { FxSeed, SourceSeed } from "./seed-types";

type SourceKind = SourceSeed["kind"];

export const SEED_ARTICLE_1 = "SEED-ARTICLE-1";
export const SEED_ARTICLE_2 = "SEED-ARTICLE-2";

/**
 * Source kind, first matching rule wins (title, publisher, url and id are searched):
 * 1. role "seed"                                    → SYNDICATION (a copy of a seed article)
 * 2. 8-K / 10-K / 10-Q / sec.gov / Exhibit / "Ex. 99" → FILING (filings and their summaries)
 * 3. "press release" / GlobeNewswire / "PR" id part → PRESS_RELEASE
 * 4. Bernstein / JPMorgan / Bank of America (BofA)  → ANALYST_NOTE (reports of the note)
 * 5. CryptoQuant / SoSoValue data (also in the note, since rewrites name the vendor there)
 *                                                   → DATA_VENDOR
 * 6. anything else                                  → NEWS
 */
export function sourceKind(s: SourceRecord): SourceKind {
  const text = [s.title, s.publisher ?? "", s.url ?? ""].join(" | ");
  if (s.role === "seed") return "SYNDICATION";
  if (/\b(8-K|10-K|10-Q)\b|sec\.gov|exhibit|\bEx\.\s?99/i.test(text)) return "FILING";
  if (/press release|globenewswire/i.test(text) || /(^|-)PR(-|$)/.test(s.id)) return "PRESS_RELEASE";
  if (/bernstein|jpmorgan|bank of america/i.test(text) || /^(BERNSTEIN|JPM|BOFA)-/.test(s.id)) return "ANALYST_NOTE";
  if (/cryptoquant|sosovalue/i.test(`${text} | ${s.note ?? ""}`)) return "DATA_VENDOR";
  return "NEWS";
}

/** Which seed article a seed copy reproduces: SEED1-* are article 1, SEED2-* article 2. */
export function seedArticleOf(s: SourceRecord): string | null {
  if (s.role !== "seed") return null;
  if (s.id.startsWith("SEED1-")) return SEED_ARTICLE_1;
  if (s.id.startsWith("SEED2-")) return SEED_ARTICLE_2;
  throw new Error(`seed source ${s.id} names no known seed article`);
}

/**
 * published_on holds full days only. A month- or year-precision date (one source: "2025-11")
 * is kept as text in the note instead, so nothing pretends to a day it does not know.
 */
function publishedNote(s: SourceRecord): string | null {
  const parsed = parsePartialDate(s.published);
  if (!parsed || parsed.precision === "DAY") return s.note ?? null;
  const suffix = `Published: ${s.published}.`;
  return s.note ? `${s.note} ${suffix}` : suffix;
}

export function mapSource(s: SourceRecord): SourceSeed {
  const copyOf = seedArticleOf(s);
  return {
    key: s.id,
    title: s.title,
    publisher: s.publisher ?? null,
    url: s.url ?? null,
    publishedOn: fullDayOrNull(s.published),
    kind: sourceKind(s),
    isSeed: copyOf !== null,
    copyOf,
    body: null,
    note: publishedNote(s),
  };
}

/** The two seed articles themselves, with their stored text as body (facts.md §1 for dates). */
export function seedArticleSources(input: SeedInput): SourceSeed[] {
  return [
    {
      key: SEED_ARTICLE_1,
      // The stored text has no headline; this is the headline of its syndicated copy SEED1-A.
      title: "Bitcoin Mining Stocks Surge as Amazon Invests $50 Billion in AI Infrastructure",
      publisher: null,
      url: null,
      publishedOn: null,
      kind: "SEED_ARTICLE",
      isSeed: true,
      copyOf: null,
      body: input.article1,
      note:
        "Seed article 1; original outlet unknown (only syndicated rewrites found: SEED1-A..D). " +
        "Published 24–25 Nov 2025, inferred: it describes 'Monday' = 24 Nov 2025; exact day unknown, so published_on is null. " +
        "The stored text has no headline; the title is that of the syndicated copy SEED1-A.",
    },
    {
      key: SEED_ARTICLE_2,
      title: "Bitcoin miners have the one thing AI still needs and Big Tech has $500 billion to buy it",
      publisher: "CryptoSlate",
      url: null,
      publishedOn: "2026-02-06",
      kind: "SEED_ARTICLE",
      isSeed: true,
      copyOf: null,
      body: input.article2,
      note:
        "Seed article 2 (CryptoSlate; also syndicated as 'Bitcoin miners find hope in Big Tech's $500B AI spending spree'). " +
        "Published about 6 Feb 2026 (US time): the syndicated copy SEED2-A is stamped 2026-02-07 01:15. " +
        "The stored text is a rewrite headed 'The Unexpected Alliance: Bitcoin Miners' Infrastructure Becomes Key to Big Tech's AI Future'.",
    },
  ];
}

/**
 * The ECB euro reference rate for the Alphabet EUR tranche's pricing day. The figure is quoted
 * verbatim from a dated dpa-AFX report (stored page, see note); it was not read off the ECB's
 * own table, which is why the note says where it came from.
 */
export const ECB_EURUSD_2025_11_03 = "ECB-EURUSD-2025-11-03";

export function referenceRateSources(): SourceSeed[] {
  return [
    {
      key: ECB_EURUSD_2025_11_03,
      title: "Euro foreign exchange reference rates: US dollar, 3 November 2025",
      publisher: "European Central Bank",
      url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
      publishedOn: "2025-11-03",
      kind: "REFERENCE_RATE",
      isSeed: false,
      copyOf: null,
      body: null,
      note:
        "EUR 1 = USD 1.1514 on Monday 3 Nov 2025, as quoted by dpa-AFX: 'Die Europäische Zentralbank hatte den Referenzkurs am Montag auf 1,1514 (Freitag: 1,1554) US-Dollar festgesetzt' " +
        "(finanzen.net, 2025-11-03, https://www.finanzen.net/nachricht/devisen/devisen-euro-gibt-erneut-etwas-nach-15177504). " +
        "Not read from the ECB table itself. For the 6 Nov 2025 settlement day dpa-AFX gives 1,1533 (finanznachrichten.de, 2025-11-07); not stored as a rate.",
    },
  ];
}

export const fxKey = (base: string, quote: string, on: string) => `${base}/${quote}/${on}`;

export function referenceRates(): FxSeed[] {
  const rate = { base: "EUR", quote: "USD", rate: 1.1514, rateOn: "2025-11-03" };
  return [{ ...rate, key: fxKey(rate.base, rate.quote, rate.rateOn), sourceKey: ECB_EURUSD_2025_11_03 }];
}

/** Every source: the seed articles first (copies point at them), then the fact base, then rates. */
export function mapSources(input: SeedInput): SourceSeed[] {
  return [...seedArticleSources(input), ...input.facts.sources.map(mapSource), ...referenceRateSources()];
}

/**
 * The day a source's content was public: its own full-day date, or its original's when it is a
 * copy of an earlier-dated seed article (SEED2-A is stamped 7 Feb; the article ran 6 Feb).
 */
export function sourcePublicDays(all: SourceSeed[]): Map<string, string | null> {
  const byKey = new Map(all.map((s) => [s.key, s]));
  const days = new Map<string, string | null>();
  for (const s of all) {
    const original = s.copyOf ? byKey.get(s.copyOf)?.publishedOn ?? null : null;
    const candidates = [s.publishedOn ?? null, original].filter((d): d is string => d !== null).sort();
    days.set(s.key, candidates[0] ?? null);
  }
  return days;
}
