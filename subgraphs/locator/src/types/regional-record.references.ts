import { NhsNumberScalar, recordTypeNameFor, resolveRegionalRecordType, type RegionInfo } from "@scr/common";
import { Directive, Field, InterfaceType, ObjectType } from "type-graphql";
import { type LocatorContext } from "../locator.context.js";
import { lookUp } from "../resolvers/lookup.js";

/** The locator's view of RegionalRecord: the key only. Regions contribute the content fields. */
@InterfaceType("RegionalRecord", { autoRegisterImplementations: false, resolveType: resolveRegionalRecordType })
export abstract class RegionalRecordReference {
  @Field(() => NhsNumberScalar) nhsNumber!: string;
}

export interface RegionRecordReferenceValue {
  __typename: string;
  nhsNumber: string;
  accessAssertion: string;
}

/**
 * One reference type per federated region (`RecordQE1`, ...), so the planner fans out to every region.
 * Each carries the locator's signed access decision, which the region's guarded fields require.
 */
export function createRegionReferenceTypes(regions: RegionInfo[]): Function[] {
  return regions.map((region) => {
    @Directive(`@key(fields: "nhsNumber")`)
    @ObjectType(recordTypeNameFor(region.code), { implements: RegionalRecordReference })
    class RegionRecordReference extends RegionalRecordReference {
      @Directive("@inaccessible")
      @Field(() => String, { nullable: true, description: "The locator's signed access decision for this caller and patient." })
      accessAssertion?: string;
    }
    return RegionRecordReference;
  });
}

export async function regionRecordReferenceValue(typeName: string, nhsNumber: string, context: LocatorContext): Promise<RegionRecordReferenceValue> {
  return { __typename: typeName, nhsNumber, accessAssertion: await context.signedAssertions.load(nhsNumber) };
}

export function regionReferenceResolvers(regions: RegionInfo[]) {
  return Object.fromEntries(regions.map((region) => {
    const typeName = recordTypeNameFor(region.code);
    return [typeName, {
      // Reached only by calling the locator directly: a lookup like any other, refused and audited alike.
      __resolveReference: async (reference: { nhsNumber: string }, context: LocatorContext) =>
        (await lookUp(reference.nhsNumber, context)) ? regionRecordReferenceValue(typeName, reference.nhsNumber, context) : null,
    }];
  }));
}
