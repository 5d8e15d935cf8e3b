import { decideClinical, EMERGENCY_ACCESS_ACTIVITY, forbidden, forbiddenDecision, NhsNumberScalar } from "@scr/common";
import { GraphQLError } from "graphql";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { type LocatorContext } from "../locator.context.js";
import { AccessDeclarationKind, AccessGrant, PrivacyAlert } from "../types/access.types.js";

export const GRANT_LIFETIME_MINUTES = Number(process.env.ACCESS_GRANT_LIFETIME_MINUTES ?? 240);

const badInput = (message: string, argument: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });

@Resolver()
export class AccessResolver {
  @Mutation(() => AccessGrant, {
    description: "Declare a legitimate relationship (self-claim) or emergency access to a patient. Time-limited, audited, and alerted to the privacy officers of the patient's custodians.",
  })
  async declareAccess(
    @Arg("nhsNumber", () => NhsNumberScalar) nhsNumber: string,
    @Arg("kind", () => AccessDeclarationKind) kind: AccessDeclarationKind,
    @Arg("reasonCode", () => Int) reasonCode: number,
    @Arg("reasonText", () => String) reasonText: string,
    @Ctx() context: LocatorContext,
  ): Promise<AccessGrant> {
    const caller = context.identity.caller;
    if (!Number.isInteger(reasonCode) || reasonCode < 1 || reasonCode > 6) throw badInput("reasonCode must be a Summary Care Record reason, 1 to 6.", "reasonCode");
    const text = reasonText.trim();
    if (text.length === 0 || text.length > 500) throw badInput("reasonText must say why, in 1 to 500 characters.", "reasonText");
    if (kind === AccessDeclarationKind.EMERGENCY_ACCESS && !caller.activities.includes(EMERGENCY_ACCESS_ACTIVITY)) {
      await context.audit.record({ action: "DECLARE_ACCESS", nhsNumber, region: "CENTRAL", categoriesWithheld: [kind], decision: forbiddenDecision("EMERGENCY_ACCESS_NOT_GRANTED") });
      throw forbidden("EMERGENCY_ACCESS_NOT_GRANTED");
    }
    const patient = await context.loaders.patients.load(nhsNumber);
    if (!patient) throw badInput("No patient with that NHS number is known.", "nhsNumber");

    const grantedAt = new Date();
    const expiresAt = new Date(grantedAt.getTime() + GRANT_LIFETIME_MINUTES * 60_000);
    const pointers = await context.loaders.pointers.load(nhsNumber);
    const episodes = await context.loaders.episodes.load(nhsNumber);
    const holders: { organisation: string }[] = await context.dataSource.query(`SELECT DISTINCT organisation FROM record_custodian WHERE nhs_number = $1`, [nhsNumber]);
    const custodians = [...new Set([
      patient.registeredPractice, ...episodes.map((e) => e.organisation), ...holders.map((h) => h.organisation), ...pointers.map((p) => p.regionCode),
    ].filter((c): c is string => !!c))];
    const decision = { ...decideClinical(caller, { subject: caller.subject, organisation: caller.organisation, nhsNumber, relationship: kind, reasonCode, reasonText: text }) };

    // The grant, its alerts and its audit event commit together or not at all.
    const id = await context.dataSource.transaction(async (manager) => {
      const [grant]: { id: string }[] = await manager.query(
        `INSERT INTO access_grant (nhs_number, user_id, user_name, organisation, role, kind, reason_code, reason_text, granted_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id::text AS id`,
        [nhsNumber, caller.subject, caller.name, caller.organisation, caller.role, kind, reasonCode, text, grantedAt, expiresAt]);
      await manager.query(`INSERT INTO privacy_alert (grant_id, custodian, raised_at) SELECT $1::bigint, c, $2 FROM unnest($3::text[]) AS c`, [grant.id, grantedAt, custodians]);
      await context.audit.writeWithin((sql, parameters) => manager.query(sql, parameters), [
        { action: "DECLARE_ACCESS", nhsNumber, region: "CENTRAL", categoriesReturned: [kind], decision },
      ]);
      return grant.id;
    });
    context.relationships.clear(nhsNumber);
    context.signedAssertions.clear(nhsNumber);
    context.loaders.activeGrants.clear(nhsNumber);
    return { id, nhsNumber, kind, reasonCode, reasonText: text, grantedAt, expiresAt, alertsRaised: custodians.length };
  }

  @Query(() => [PrivacyAlert], { description: "Declared accesses to your organisation's patients, newest first (privacy officers)." })
  async privacyAlerts(
    @Ctx() context: LocatorContext,
    @Arg("limit", () => Int, { defaultValue: 100 }) limit: number,
  ): Promise<PrivacyAlert[]> {
    const rows: Record<string, any>[] = await context.dataSource.query(
      `SELECT a.id::text AS id, a.raised_at, a.custodian, g.nhs_number, g.kind, g.reason_code, g.reason_text, g.user_id, g.user_name, g.organisation, g.role, g.expires_at
       FROM privacy_alert a JOIN access_grant g ON g.id = a.grant_id
       WHERE a.custodian = $1 ORDER BY a.raised_at DESC, a.id DESC LIMIT $2`,
      [context.identity.caller.organisation, Math.min(Math.max(limit, 1), 500)]);
    const patients = [...new Set(rows.map((r) => r.nhs_number as string))];
    await Promise.all(patients.map((nhsNumber) => context.audit.record({
      action: "READ_ALERTS", nhsNumber, region: "CENTRAL", categoriesReturned: ["alerts"],
      decision: { permitted: true, reason: null, relationship: null, reasonCode: null, reasonText: null },
    })));
    return rows.map((r) => ({
      id: r.id, raisedAt: r.raised_at, custodian: r.custodian, nhsNumber: r.nhs_number, kind: r.kind, reasonCode: r.reason_code,
      reasonText: r.reason_text, userId: r.user_id, userName: r.user_name, organisation: r.organisation, role: r.role, expiresAt: r.expires_at,
    }));
  }
}
