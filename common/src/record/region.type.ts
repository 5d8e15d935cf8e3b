import { Directive, Field, ObjectType } from "type-graphql";
import { type RegionInfo } from "../regions/region-registry.js";

@Directive("@shareable")
@ObjectType("Region", { description: "An integrated care board region (ICB), identified by its ODS code." })
export class Region {
  @Field(() => String, { description: "ICB ODS code, e.g. QE1." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "NHS England region, e.g. North West." })
  nhsRegion!: string;

  @Field(() => String, { description: "NHS England region code, e.g. Y62." })
  nhsRegionCode!: string;

  static from(info: RegionInfo): Region {
    return Object.assign(new Region(), info);
  }
}
