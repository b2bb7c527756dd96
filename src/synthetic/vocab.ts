/** Word lists for synthetic rows. Every name says "synthetic" so no row passes for a real one. */
export const COMPANY_KINDS = [
  ["MINER", 40],
  ["HYPERSCALER", 8],
  ["AI_CLOUD", 15],
  ["AI_LAB", 10],
  ["CHIPMAKER", 5],
  ["FINANCIER", 12],
  ["OTHER", 10],
] as const;

export type CompanyKind = (typeof COMPANY_KINDS)[number][0];

export const KIND_WORD: Record<CompanyKind, string> = {
  MINER: "Mining",
  HYPERSCALER: "Cloud",
  AI_CLOUD: "Compute",
  AI_LAB: "AI Labs",
  CHIPMAKER: "Semiconductor",
  FINANCIER: "Capital",
  OTHER: "Holdings",
};

export const SYLLABLES = ["Aur", "Bel", "Cor", "Dun", "Ev", "Fal", "Gran", "Hal", "Ir", "Jun", "Kel", "Lum", "Mer", "Nor", "Or", "Pel", "Quar", "Ros", "Sol", "Tal", "Ul", "Ver", "Wes", "Zen"];
export const ENDINGS = ["ora", "ex", "ion", "ara", "ent", "ia", "on", "us", "ix", "ane"];

export const COUNTRIES = [
  ["US", 70],
  ["CA", 8],
  ["AU", 4],
  ["NO", 3],
  ["SE", 3],
  ["IS", 2],
  ["DE", 3],
  ["GB", 3],
  ["PY", 2],
  ["AE", 2],
] as const;

export const US_REGIONS = ["TX", "ND", "GA", "NY", "PA", "OK", "KY", "OH", "WY", "NE", "TN", "WA"];
export const CITIES = ["Abilene", "Childress", "Rockdale", "Ellendale", "Dalton", "Lake Mariner", "Denton", "Muskogee", "Calvert City", "Sweetwater", "Odessa", "Barstow"];
export const EXCHANGES = ["Nasdaq", "NYSE", "TSX", "ASX", "Nasdaq; TSX"];
export const DEAL_KINDS = [
  ["CLOUD_SERVICES", 30],
  ["COLOCATION_LEASE", 45],
  ["POWERED_SHELL_LEASE", 10],
  ["JV_HOSTING", 10],
  ["OTHER", 5],
] as const;
export const GPU_MODELS = ["NVIDIA GB300", "NVIDIA GB200", "NVIDIA H200", "NVIDIA B200", "AMD MI355X"];
export const BOND_MARKETS = ["high-yield", "convertible", "investment-grade", "project finance", "green bond"];
export const FX_CURRENCIES = ["EUR", "GBP", "CAD", "CHF"] as const;
/** Rough USD per unit, so converted amounts stay plausible. */
export const FX_BASE_RATE: Record<(typeof FX_CURRENCIES)[number], number> = { EUR: 1.09, GBP: 1.27, CAD: 0.73, CHF: 1.12 };
export const MOVE_WINDOWS = [
  ["CLOSE", 60],
  ["DAY", 20],
  ["INTRADAY", 10],
  ["PREMARKET", 5],
  ["YTD", 5],
] as const;
export const INDICATORS = [
  ["Synthetic hashprice", "USD/PH/day"],
  ["Synthetic network hashrate", "EH/s"],
  ["Synthetic GPU rental rate", "USD/GPU-hour"],
  ["Synthetic colocation rate", "USD/kW-month"],
  ["Synthetic miner EV/MW", "USD millions/MW"],
] as const;
export const PRECISIONS = [
  ["DAY", 85],
  ["MONTH", 12],
  ["YEAR", 3],
] as const;
