import { NhsNumberScalar } from "@scr/common";
import { GraphQLError } from "graphql";
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { type LocatorContext } from "../locator.context.js";
import { CareEpisodeInput, CustodianInput } from "../types/access.types.js";

export const MAX_POINTERS_PER_CALL = 1000;

@ObjectType("PointerRegistration")
export class PointerRegistration {
  @Field(() => String) region!: string;
  @Field(() => Int, { description: "Pointers created or refreshed." }) registered!: number;
}

function forbidden(message: string, reason: string) {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", reason } });
}

@Resolver()
export class PointerResolver {
  @Mutation(() => PointerRegistration, {
    description: "A region declares that it holds data for these patients. Only that region's own service token may do so.",
  })
  async registerRecordPointers(
    @Arg("region", () => String) region: string,
    @Arg("nhsNumbers", () => [NhsNumberScalar]) nhsNumbers: string[],
    @Ctx() context: LocatorContext,
  ): Promise<PointerRegistration> {
    const { code, service } = actingRegion(region, nhsNumbers.length, "nhsNumbers", context);
    const unique = [...new Set(nhsNumbers)];
    await context.dataSource.query(
      `INSERT INTO record_pointer (nhs_number, region_code, registered_by, updated_at)
       SELECT n, $2, $3, now() FROM unnest($1::varchar[]) AS n
       ON CONFLICT (nhs_number, region_code) DO UPDATE SET registered_by = EXCLUDED.registered_by, updated_at = now()`,
      [unique, code, service],
    );
    return { region: code, registered: unique.length };
  }

  @Mutation(() => PointerRegistration, {
    description: "A region declares encounters, referrals and ambulance incidents: the care episodes that give an organisation a legitimate relationship. Only that region's own service token may do so.",
  })
  async registerCareEpisodes(
    @Arg("region", () => String) region: string,
    @Arg("episodes", () => [CareEpisodeInput]) episodes: CareEpisodeInput[],
    @Ctx() context: LocatorContext,
  ): Promise<PointerRegistration> {
    const { code } = actingRegion(region, episodes.length, "episodes", context);
    await requireHeldPatients(code, episodes.map((e) => e.nhsNumber), "episodes", context);
    await context.dataSource.query(
      `INSERT INTO care_episode (nhs_number, organisation, region_code, started_at, ended_at)
       SELECT n, o, $5, s, e FROM unnest($1::varchar[], $2::text[], $3::timestamptz[], $4::timestamptz[]) AS u(n, o, s, e)
       ON CONFLICT (nhs_number, organisation, region_code, started_at) DO UPDATE SET ended_at = EXCLUDED.ended_at`,
      [episodes.map((e) => e.nhsNumber), episodes.map((e) => e.organisation), episodes.map((e) => e.start.toISOString()), episodes.map((e) => e.end?.toISOString() ?? null), code],
    );
    return { region: code, registered: episodes.length };
  }

  @Mutation(() => PointerRegistration, {
    description: "A region declares which organisations hold items for its patients, so their privacy officers are alerted to declared access. Only that region's own service token may do so.",
  })
  async registerCustodians(
    @Arg("region", () => String) region: string,
    @Arg("custodians", () => [CustodianInput]) custodians: CustodianInput[],
    @Ctx() context: LocatorContext,
  ): Promise<PointerRegistration> {
    const { code } = actingRegion(region, custodians.length, "custodians", context);
    await requireHeldPatients(code, custodians.map((c) => c.nhsNumber), "custodians", context);
    await context.dataSource.query(
      `INSERT INTO record_custodian (nhs_number, region_code, organisation)
       SELECT n, $3, o FROM unnest($1::varchar[], $2::text[]) AS u(n, o) ON CONFLICT DO NOTHING`,
      [custodians.map((c) => c.nhsNumber), custodians.map((c) => c.organisation), code],
    );
    return { region: code, registered: custodians.length };
  }
}

/** A region vouches only for patients whose records it holds: no relationships or custodians from thin air. */
async function requireHeldPatients(code: string, nhsNumbers: string[], argument: string, context: LocatorContext): Promise<void> {
  const numbers = [...new Set(nhsNumbers)];
  const held: { nhs_number: string }[] = await context.dataSource.query(
    `SELECT nhs_number FROM record_pointer WHERE region_code = $1 AND nhs_number = ANY($2::varchar[])`, [code, numbers]);
  if (held.length < numbers.length) {
    throw new GraphQLError(`Register the record pointer of every patient before their ${argument}.`, { extensions: { code: "BAD_USER_INPUT", argument } });
  }
}

/** The region a service token acts for, checked against the region named and the federation. */
function actingRegion(region: string, batchSize: number, argument: string, context: LocatorContext) {
  const code = region.toUpperCase();
  const service = context.identity.caller.service;
  if (!service) throw forbidden("Only a region's service identity may register record pointers.", "SERVICE_IDENTITY_REQUIRED");
  if (service.region?.toUpperCase() !== code) throw forbidden("A region may register pointers for itself only.", "REGION_MISMATCH");
  if (!context.regions.has(code)) {
    throw new GraphQLError(`Region ${code} is not part of this federation.`, { extensions: { code: "BAD_USER_INPUT", argument: "region" } });
  }
  if (batchSize > MAX_POINTERS_PER_CALL) {
    throw new GraphQLError(`At most ${MAX_POINTERS_PER_CALL} per call.`, { extensions: { code: "BAD_USER_INPUT", argument } });
  }
  return { code, service: service.name };
}
