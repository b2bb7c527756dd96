import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { fromGlobalId, type NodeType } from "../../shared/global-id";
import { rowsOf } from "../aggregates/rows";
import type { Lookups } from "./import.validate";

const FACT_TYPE: Partial<Record<NodeType, string>> = { Company: "COMPANY", Site: "SITE", Deal: "DEAL", CreditBackstop: "CREDIT_BACKSTOP" };

/** A JSON array parameter as a set of texts (one parameter, whatever the driver). */
export const textsOf = (values: Iterable<string>) => sql`(select jsonb_array_elements_text(${JSON.stringify([...values])}::jsonb))`;

type Hit = { id: number; key: string; retracted: boolean };

export interface CompanyInfo {
  key: string;
  country: string | null;
  siteCountries: string[];
}

/**
 * Everything rows name, in a few queries: companies (all of them: by key, slug or ticker), other
 * referenced facts by key, existing sources by key, and new sources' URLs already on file.
 */
export async function loadLookups(db: Db, refs: Map<NodeType, Set<string>>, sourceKeys: Set<string>): Promise<Lookups & { companies: Map<number, CompanyInfo> }> {
  const byType = new Map<NodeType, Map<string, Hit | "ambiguous">>();
  const companies = new Map<number, CompanyInfo>();
  const put = (type: NodeType, name: string | null, hit: Hit) => {
    if (!name) return;
    const m = byType.get(type) ?? new Map<string, Hit | "ambiguous">();
    const had = m.get(name);
    m.set(name, had && had !== "ambiguous" && had.id !== hit.id ? "ambiguous" : hit);
    byType.set(type, m);
  };
  if (refs.has("Company")) {
    const rows = await rowsOf<{ id: number; key: string; slug: string; ticker: string | null; country: string | null; retracted: boolean; sites: string[] | null }>(
      db,
      sql`select f.id, f.key, c.slug, c.ticker, c.country, f.retracted_at is not null as retracted,
                 (select array_agg(distinct s.country) from sites s where s.company_id = c.id) as sites
            from companies c join facts f on f.id = c.id`,
    );
    for (const r of rows) {
      const hit = { id: Number(r.id), key: r.key, retracted: r.retracted };
      companies.set(hit.id, { key: r.key, country: r.country, siteCountries: r.sites ?? [] });
      put("Company", r.key, hit);
      put("Company", r.slug.toLowerCase(), hit);
      put("Company", r.ticker?.toLowerCase() ?? null, hit);
    }
  }
  for (const [type, given] of refs) {
    if (type === "Company" || !FACT_TYPE[type]) continue;
    const keys = [...given].map((g) => (fromGlobalId(g)?.type === type ? fromGlobalId(g)!.key : g));
    const rows = await rowsOf<{ id: number; key: string; retracted: boolean }>(
      db,
      sql`select id, key, retracted_at is not null as retracted from facts where type = ${FACT_TYPE[type]} and key in ${textsOf(keys)}`,
    );
    for (const r of rows) put(type, r.key, { id: Number(r.id), key: r.key, retracted: r.retracted });
  }
  const sourceRows = sourceKeys.size
    ? await rowsOf<{ id: number; key: string; published_on: string | null; retracted: boolean }>(
        db,
        sql`select id, key, published_on::text, retracted_at is not null as retracted from sources where key in ${textsOf([...sourceKeys].map((g) => (fromGlobalId(g)?.type === "Source" ? fromGlobalId(g)!.key : g)))}`,
      )
    : [];
  const sources = new Map(sourceRows.map((r) => [r.key, r]));
  return {
    companies,
    ref(type, given) {
      const d = fromGlobalId(given);
      if (d && d.type !== type) return { problem: `${given} is a ${d.type} ID, not a ${type} ID.` };
      const name = d ? d.key : given;
      const m = byType.get(type);
      const hit = m?.get(name) ?? (type === "Company" ? m?.get(name.toLowerCase()) : undefined);
      if (hit === "ambiguous") return { problem: `"${given}" names more than one ${type}; use its key or ID.` };
      if (!hit) return { problem: `No ${type} "${given}"${type === "Company" ? " (by key, slug, ticker or ID)" : " (by key or ID)"}.` };
      if (hit.retracted) return { problem: `The ${type} "${given}" is retracted.` };
      return { id: hit.id, key: hit.key };
    },
    source(given) {
      const d = fromGlobalId(given);
      if (d && d.type !== "Source") return { problem: `${given} is a ${d.type} ID, not a Source ID.` };
      const hit = sources.get(d ? d.key : given);
      if (!hit) return { problem: `No source "${given}" (by key or ID).` };
      if (hit.retracted) return { problem: `The source "${given}" is retracted.` };
      return { id: Number(hit.id), publishedOn: hit.published_on };
    },
  };
}

/** Sources already on file with these URLs (a re-import cites them instead of adding copies). */
export async function sourcesByUrl(db: Db, urls: Iterable<string>): Promise<Map<string, { id: number; publishedOn: string | null }>> {
  const list = [...urls];
  if (!list.length) return new Map();
  const rows = await rowsOf<{ id: number; url: string; published_on: string | null }>(
    db,
    sql`select distinct on (url) id, url, published_on::text from sources where retracted_at is null and url in ${textsOf(list)} order by url, id`,
  );
  return new Map(rows.map((r) => [r.url, { id: Number(r.id), publishedOn: r.published_on }]));
}
