import { NhsNumberScalar, Region, recordTypeNameFor } from "@scr/common";
import { GraphQLError } from "graphql";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type PatientEntity } from "../entities/locator.entities.js";
import { type LocatorContext } from "../locator.context.js";
import { Demographics, Patient } from "../types/patient.types.js";
import { RegionalRecordReference } from "../types/regional-record.references.js";

export const MAX_PATIENTS_PER_QUERY = 100;

function demographicsOf(row: PatientEntity): Demographics {
  const hidden = row.restricted; // PDS S flag
  return {
    name: { prefix: row.prefix, given: row.givenName, family: row.familyName },
    birthDate: row.birthDate,
    gender: row.gender,
    address: hidden ? null : { lines: row.addressLines, postcode: row.postcode },
    telephone: hidden ? null : row.telephone,
    registeredPractice: hidden ? null : row.registeredPractice,
    restricted: row.restricted,
    updatedAt: row.updatedAt,
  };
}

async function regionsHolding(patient: Patient, context: LocatorContext): Promise<Region[]> {
  const pointers = await context.loaders.pointers.load(patient.nhsNumber);
  return pointers.flatMap((pointer) => {
    const region = context.regions.get(pointer.regionCode);
    return region ? [Region.from(region)] : [];
  });
}

@Resolver(() => Patient)
export class PatientResolver {
  @Query(() => Patient, { nullable: true, description: "One patient by NHS number; null when no region knows them." })
  async patient(@Arg("nhsNumber", () => NhsNumberScalar) nhsNumber: string, @Ctx() context: LocatorContext): Promise<Patient | null> {
    const row = await context.loaders.patients.load(nhsNumber);
    return row ? { nhsNumber } : null;
  }

  @Query(() => [Patient], { nullable: "items", description: `Up to ${MAX_PATIENTS_PER_QUERY} patients, in the order asked; null for unknown numbers.` })
  async patients(@Arg("nhsNumbers", () => [NhsNumberScalar]) nhsNumbers: string[], @Ctx() context: LocatorContext): Promise<(Patient | null)[]> {
    if (nhsNumbers.length > MAX_PATIENTS_PER_QUERY) {
      throw new GraphQLError(`At most ${MAX_PATIENTS_PER_QUERY} patients may be asked for at once.`, {
        extensions: { code: "BAD_USER_INPUT", argument: "nhsNumbers" },
      });
    }
    const rows = await context.loaders.patients.loadMany(nhsNumbers);
    return rows.map((row, i) => {
      if (row instanceof Error) throw row;
      return row ? { nhsNumber: nhsNumbers[i] } : null;
    });
  }

  @FieldResolver(() => Demographics, { nullable: true })
  async demographics(@Root() patient: Patient, @Ctx() context: LocatorContext): Promise<Demographics | null> {
    const row = await context.loaders.patients.load(patient.nhsNumber);
    return row ? demographicsOf(row) : null;
  }

  @FieldResolver(() => [RegionalRecordReference], { description: "One record per federated region that holds data for the patient." })
  async records(@Root() patient: Patient, @Ctx() context: LocatorContext) {
    const regions = await regionsHolding(patient, context);
    return regions.map((region) => ({ __typename: recordTypeNameFor(region.code), nhsNumber: patient.nhsNumber }));
  }

  @FieldResolver(() => [Region], {
    description: "The regions whose records the locator points to, whether or not they answer right now.",
  })
  regionsHoldingRecords(@Root() patient: Patient, @Ctx() context: LocatorContext): Promise<Region[]> {
    return regionsHolding(patient, context);
  }
}

/** `_entities` for Patient: known patients only. */
export const patientReference = {
  async __resolveReference(reference: { nhsNumber: string }, context: LocatorContext): Promise<Patient | null> {
    const row = await context.loaders.patients.load(reference.nhsNumber);
    return row ? { nhsNumber: reference.nhsNumber } : null;
  },
};
