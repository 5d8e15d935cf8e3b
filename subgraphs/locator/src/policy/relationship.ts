import { type AccessAssertion, type Caller, type RelationshipBasis } from "@scr/common";
import { type PatientEntity } from "../entities/locator.entities.js";
import { type AccessGrantEntity, type CareEpisodeEntity } from "../entities/relationship.entities.js";

/** An episode counts while active, and for this long after it ends. */
export const RECENT_EPISODE_DAYS = Number(process.env.CARE_EPISODE_RECENT_DAYS ?? 90);

export interface RelationshipFacts {
  patient: PatientEntity | null;
  episodes: CareEpisodeEntity[];
  grants: AccessGrantEntity[];
}

/** The strongest legitimate relationship this caller's organisation has with the patient, if any. */
export function relationshipFor(caller: Caller, nhsNumber: string, facts: RelationshipFacts, now = new Date()): AccessAssertion {
  const none: AccessAssertion = {
    subject: caller.subject, organisation: caller.organisation, nhsNumber, relationship: null, reasonCode: null, reasonText: null,
    hiddenOrganisation: facts.patient?.restricted ? facts.patient.registeredPractice : null,
  };
  const organisation = caller.organisation;
  if (!organisation) return none;
  if (facts.patient?.registeredPractice === organisation) return { ...none, relationship: "REGISTERED_PRACTICE" };
  const recentSince = now.getTime() - RECENT_EPISODE_DAYS * 86_400_000;
  const episode = facts.episodes.find((e) => e.organisation === organisation && (e.endedAt === null || e.endedAt.getTime() >= recentSince));
  if (episode) return { ...none, relationship: "CARE_EPISODE" };
  const grant = facts.grants
    .filter((g) => g.userId === caller.subject && g.organisation === organisation && g.expiresAt.getTime() > now.getTime())
    .sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime())[0];
  if (grant) return { ...none, relationship: grant.kind as RelationshipBasis, reasonCode: grant.reasonCode, reasonText: grant.reasonText };
  return none;
}
