import { Field, ObjectType } from "type-graphql";
import { GraphQLCountryCode } from "graphql-scalars";
import { Fact, factFields } from "../../shared/fact";
import { Node, Power, power } from "../../shared/graphql-types";
import { PartialDateScalar, partialDate } from "../../shared/scalars";
import type { sites } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type SiteRow = typeof sites.$inferSelect & FactMeta;

@ObjectType({ simpleResolvers: true, implements: [Node, Fact], description: "A campus with grid power, owned or developed by a company." })
export class Site extends Fact {
  @Field(() => String, { description: "Campus name as reported." }) name!: string;
  @Field(() => String, { nullable: true, description: "City or area, when reported." }) city!: string | null;
  @Field(() => String, { nullable: true, description: "State or province code (e.g. `TX`, `BC`)." }) region!: string | null;
  @Field(() => GraphQLCountryCode, { description: "Country (ISO 3166-1 alpha-2)." }) country!: string;
  @Field(() => Power, { nullable: true, description: "Power capacity as reported; see `capacityType` for what it measures." })
  powerCapacity!: Power | null;
  @Field(() => String, { nullable: true, description: "What the capacity figure measures (grid connection, critical IT, ...)." })
  capacityType!: string | null;
  @Field(() => String, { nullable: true, description: "Current or planned use and status, in the source's words." }) use!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: "Date the capacity figure refers to." }) reportedOn!: string | null;
}

export type SiteModel = Site & ReturnType<typeof factFields> & { companyId: number };

export function toSite(row: SiteRow, asOf: string | null): SiteModel {
  return {
    companyId: row.companyId,
    name: row.name,
    city: row.city,
    region: row.region,
    country: row.country,
    powerCapacity: power(row.powerCapacityMw),
    capacityType: row.capacityType,
    use: row.use,
    reportedOn: partialDate(row.reportedOn, row.reportedPrecision),
    ...factFields("Site", row, asOf),
  };
}
