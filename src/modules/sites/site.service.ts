import type { Db } from "../../db/client";
import { facts, sites } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import { SiteOrderField, type SitesArgs, type SiteWhere } from "./site.inputs";
import { toSite } from "./site.type";

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

const sitesList = defineList({
  table: sites,
  where: handlers,
  order: {
    [SiteOrderField.NAME]: sites.name,
    [SiteOrderField.POWER_CAPACITY_MW]: sites.powerCapacityMw,
    [SiteOrderField.REGION]: sites.region,
    [SiteOrderField.REPORTED_ON]: sites.reportedOn,
  },
  defaultOrder: [{ field: SiteOrderField.POWER_CAPACITY_MW, direction: OrderDirection.DESC }],
  map: toSite,
});

export function listSites(db: Db, args: SitesArgs) {
  return listOf(db, sitesList, args);
}
