import type { RecordBase } from "./fact-base";
import type { FactSeed, FactType } from "./seed-types";

/**
 * Wording in a note that marks the record's figure as weak. "NOT verified" is matched in capitals
 * only: lower-case "not verified" in the fact base qualifies a side detail (an HQ city, a listing,
 * a rival figure). "Only seed syndications" / "not independently retrieved" are the 24 Nov moves
 * facts.md §2 calls "Unconfirmed (seed syndications only)".
 */
const UNVERIFIED_WORDING = [
  /not independently (confirmed|retrieved)/i,
  /NOT verified/,
  /low confidence/i,
  /AI-generated/i,
  /only seed syndications/i,
];

/** Wording that marks a figure as approximate ("~" included; "almost" reads as "nearly"). */
const APPROXIMATE_WORDING = /approx|\babout\b|\bnearly\b|\balmost\b|~/i;

/**
 * Corrections to the wording rule for `approximate`, each read against the record's own text.
 * The rule scans the whole note, and notes often quote a *different* figure approximately
 * (a later prepayment, a derived remainder, a rival tally); conversely some headline values
 * are marked "~" only in the fact base's summary (facts.md §3 deal table).
 */
const APPROXIMATE_OVERRIDES: Record<string, { approximate: boolean; why: string }> = {
  RIOT: { approximate: false, why: "'nearly two-gigawatt' is the later FY2025 wording, not the 1.7 GW figure" },
  "CAP-RIOT": { approximate: false, why: "'nearly two-gigawatt' is the later FY2025 wording, not the 1.7 GW figure" },
  "D-IREN-MSFT": { approximate: false, why: "$9.7B is exact (8-K); '~95%' is about the later GPU financing" },
  "D-CIFR-AWS": { approximate: true, why: "facts.md §3: '~$5.5B' (the note's '~$367M/yr' is another figure)" },
  "D-CIFR-FLUID-1": { approximate: true, why: "facts.md §3: '~$3.0B (→$7B)'" },
  "D-CIFR-FLUID-2": { approximate: true, why: "facts.md §3: '~$830M (→$2.0B)' (the note's '~$3.8B' is the partnership total)" },
  "D-WULF-FLUID-LM1": { approximate: true, why: "facts.md §3: '~$3.7B (→$8.7B)'" },
  "D-WULF-FLUID-CB5": { approximate: false, why: "'~$3.0B' is a derived increment; the $6.7B cumulative is stated" },
  "D-WULF-FLUID-ABERNATHY": { approximate: true, why: "facts.md §3: '~$9.5B (JV level)'" },
  "D-RIOT-AMD": { approximate: false, why: "$311M is stated; '~' qualifies the retrofit capex only" },
  "B-AGGREGATE": { approximate: false, why: "'at least $5 billion' is a floor, not an approximation; '~$6.23B' is a computed sum" },
  "BOND-AMZN-2025-11": { approximate: false, why: "'about three years' is the gap since the last bond, not the $15B" },
  "P-BIGTECH-2025": { approximate: false, why: "'~$380B' is a rival tally; Reuters says '$400 billion'" },
  "P-BIGTECH-2026": { approximate: false, why: "'~$650-725B' are rival tallies; the seed says '$500 billion'" },
  "R-WULF-Q3-2025": { approximate: false, why: "'~$43.4M' is a derived remainder, not a stored figure" },
  "R-RIOT-Q3-2025": { approximate: false, why: "'~$19.4M' is a derived remainder, not a stored figure" },
  "M-YTD-CIFR": { approximate: false, why: "'360%' as quoted; 'nearly 250%' is Barron's later figure (M-YTD-CIFR-1120)" },
  "M-1103-IREN-PRE": { approximate: false, why: "+23.26% is Benzinga's exact figure; '~' marks other reports" },
  "M-1103-CIFR": { approximate: false, why: "no figure stored (unresolved); '~16%' is one of several reports" },
  "M-0818-WULF": { approximate: false, why: "no figure stored (unresolved)" },
  "M-0925-CIFR": { approximate: false, why: "'as much as 20%' is a peak; '~5%' is the premarket figure" },
  "M-1217-HUT": { approximate: false, why: "no figure stored (unresolved)" },
  "M-0116-RIOT": { approximate: false, why: "no figure stored (unresolved)" },
  "I-JPM-HPC": { approximate: false, why: "'more than 600 MW' is a floor; '~1.7 GW' is a forecast" },
  "I-CQ-PLS-21": { approximate: false, why: "the reading 21 is exact; '~$28M' is another figure (the date's approximation is in as_of_note)" },
  "I-GOOGLE-CREDIT": { approximate: false, why: "'at least' is a floor; '~$6.23B' is a computed sum" },
};

/** verified = the record's own flag (default true), forced false by weak-source wording in its note. */
export function isVerified(record: { verified?: boolean }, note: string | null): boolean {
  if (note && UNVERIFIED_WORDING.some((re) => re.test(note))) return false;
  return record.verified ?? true;
}

/** approximate = approximate wording in any of the given texts, unless overridden above. */
export function isApproximate(key: string, texts: (string | null | undefined)[]): boolean {
  const override = APPROXIMATE_OVERRIDES[key];
  if (override) return override.approximate;
  return texts.some((t) => typeof t === "string" && APPROXIMATE_WORDING.test(t));
}

/** The `facts` row of a fact-base record; `key` defaults to the record id. */
export function factSeed(
  type: FactType,
  record: RecordBase,
  opts: { key?: string; note?: string | null; qualifiers?: (string | null | undefined)[]; sourceKeys?: string[]; supersedes?: string } = {},
): FactSeed {
  const key = opts.key ?? record.id;
  const note = opts.note !== undefined ? opts.note : (record.note ?? null);
  return {
    type,
    key,
    note,
    verified: isVerified(record, note),
    approximate: isApproximate(key, [note, ...(opts.qualifiers ?? [])]),
    supersedes: opts.supersedes,
    sourceKeys: [...new Set(opts.sourceKeys ?? record.sourceIds)],
  };
}
