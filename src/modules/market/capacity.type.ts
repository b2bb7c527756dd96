import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLCountryCode } from "graphql-scalars";
import { Fact, factFields } from "../../shared/fact";
import { Node, Power, power } from "../../shared/graphql-types";
import { PartialDateScalar, partialDate } from "../../shared/scalars";
import type { capacityReports } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type CapacityReportRow = typeof capacityReports.$inferSelect & FactMeta;

export enum CapacityScope {
  COMPANY = "COMPANY",
  SECTOR = "SECTOR",
}
registerEnumType(CapacityScope, {
  name: "CapacityScope",
  description: "Whose power capacity a report measures.",
  valuesConfig: {
    COMPANY: { description: "One company's capacity (`company` is set)." },
    SECTOR: { description: "A whole sector's capacity, e.g. Bernstein's figure for bitcoin miners (`company` is null)." },
  },
});

export enum CapacityBasis {
  CURRENT = "CURRENT",
  PLANNED = "PLANNED",
}
registerEnumType(CapacityBasis, {
  name: "CapacityBasis",
  description: "Whether a capacity figure is in hand or planned.",
  valuesConfig: {
    CURRENT: { description: "Capacity controlled or secured at the report date." },
    PLANNED: { description: "Capacity planned or in the pipeline, not yet in hand." },
  },
});

@ObjectType({ simpleResolvers: true, 
  implements: [Node, Fact],
  description:
    "A reported power-capacity figure, for one company or a whole sector. A revised figure is a new report " +
    "that `supersedes` the earlier one; lists show only the latest revision public by `asOf` unless asked otherwise.",
})
export class CapacityReport extends Fact {
  @Field(() => CapacityScope, { description: "Whether this is one company's figure or a sector's." }) scope!: CapacityScope;
  @Field(() => CapacityBasis, { description: "Whether the capacity is in hand or planned." }) basis!: CapacityBasis;
  @Field(() => GraphQLCountryCode, {
    nullable: true,
    description: "Country the capacity lies in (ISO 3166-1 alpha-2), only when the source confines it to one; see `regionNote`.",
  })
  country!: string | null;
  @Field(() => String, { nullable: true, description: "Where the capacity lies, in words, and why `country` is or is not set." })
  regionNote!: string | null;
  @Field(() => Power, { nullable: true, description: "The capacity figure; read it with `qualifier` and `metric`. Null when no single figure is reported." })
  capacity!: Power | null;
  @Field(() => String, { nullable: true, description: "A qualifier the source puts on the figure, e.g. \"more than\"." })
  qualifier!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "What is measured, in the source's words (e.g. secured grid-connected power, critical IT, pipeline).",
  })
  metric!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: "When the figure was reported, as precisely as known." })
  reportedOn!: string | null;
}

export type CapacityReportModel = CapacityReport & ReturnType<typeof factFields> & { companyId: number | null };

export function toCapacityReport(row: CapacityReportRow, asOf: string | null): CapacityReportModel {
  return {
    companyId: row.companyId,
    scope: row.scope as CapacityScope,
    basis: row.basis as CapacityBasis,
    country: row.country,
    regionNote: row.regionNote,
    capacity: power(row.capacityMw),
    qualifier: row.qualifier,
    metric: row.metric,
    reportedOn: partialDate(row.reportedOn, row.reportedPrecision),
    ...factFields("CapacityReport", row, asOf),
  };
}
