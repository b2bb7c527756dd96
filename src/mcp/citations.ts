/** One source an answer rests on. */
export interface Citation {
  title: string;
  url: string | null;
  /** The day the source was published (YYYY-MM-DD), when known. */
  date: string | null;
  publisher?: string | null;
  quote?: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Every source in a GraphQL result, each once, in order of first appearance: objects with a
 * `title` and a `url` or `publishedOn` (a Source), with the `quote` of the citation that holds
 * them when there is one.
 */
export function collectCitations(data: unknown): Citation[] {
  const seen = new Map<string, Citation>();
  const visit = (value: Json, quote: string | null) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, quote);
      return;
    }
    if (!value || typeof value !== "object") return;
    const o = value as Record<string, Json>;
    if (o.source && typeof o.source === "object" && !Array.isArray(o.source)) {
      visit(o.source, typeof o.quote === "string" ? o.quote : null);
    }
    if (typeof o.title === "string" && ("url" in o || "publishedOn" in o)) {
      const url = typeof o.url === "string" ? o.url : null;
      const key = url ?? o.title;
      const known = seen.get(key);
      if (!known) {
        seen.set(key, {
          title: o.title,
          url,
          date: typeof o.publishedOn === "string" ? o.publishedOn : null,
          publisher: typeof o.publisher === "string" ? o.publisher : null,
          ...(quote ? { quote } : {}),
        });
      } else if (quote && !known.quote) known.quote = quote;
    }
    for (const [k, v] of Object.entries(o)) if (k !== "source") visit(v, null);
  };
  visit(data as Json, null);
  return [...seen.values()];
}
