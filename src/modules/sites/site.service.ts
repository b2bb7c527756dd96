import type { Db } from "../../db/client";
import { facts, sites } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import { SiteOrderField, type SitesArgs, type SiteWhere } from "./site.inputs";
import { toSite, type SiteRow } from "./site.type";

const handlers: WhereHandlers<SiteWhere> = {
  id: (f, p) => idConditions(facts.key, "Site", f, p),
  key: on(facts.key),
  company: (w, p) => companyMatches(sites.companyId, w, p),
  name: on(sites.name),
  region: on(sites.region),
  country: on(sites.country),
  powerCapacityMw: on(sites.powerCapacityMw),
  publicOn: on(sites.publicOn),
};

const orderColumns = {
  [SiteOrderField.NAME]: { column: sites.name, read: (r: any) => r.name },
  [SiteOrderField.POWER_CAPACITY_MW]: { column: sites.powerCapacityMw, read: (r: any) => r.powerCapacityMw },
  [SiteOrderField.REGION]: { column: sites.region, read: (r: any) => r.region },
  [SiteOrderField.REPORTED_ON]: { column: sites.reportedOn, read: (r: any) => r.reportedOn },
};

export function listSites(db: Db, args: SitesArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: sites,
    conditions: [compileWhere(args.where, handlers), publicBy(sites.publicOn, asOf), notSuperseded(sites, asOf)],
    keys: sortKeys(args.orderBy, orderColumns, sites.id, [{ field: SiteOrderField.POWER_CAPACITY_MW, direction: OrderDirection.DESC }]),
    page: args,
    map: (row) => toSite(row as SiteRow, asOf),
  });
}
