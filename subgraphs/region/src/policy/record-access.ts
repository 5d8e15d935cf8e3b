import {
  decideAccessLog, decideClinical, forbiddenDecision, Sensitivity, WithheldReason,
  type Caller, type Decision, type AccessAssertion,
} from "@scr/common";
import { type RegionalItemEntity } from "../entities/regional-item.entity.js";

/** What this caller may see of one patient's record in this region, decided once per request. */
export interface RecordAccess {
  clinical: Decision;
  accessLog: Decision;
  organisation: string | null;
  /** The patient objected to sharing this region's record outside its custodian. */
  objection: boolean;
  /** An organisation code to mask wherever it appears: a restricted patient's practice. */
  hiddenOrganisation: string | null;
}

const LEGALLY_RESTRICTED = new Set<string>([
  Sensitivity.ASSISTED_CONCEPTION, Sensitivity.SEXUALLY_TRANSMITTED_INFECTION,
  Sensitivity.TERMINATION_OF_PREGNANCY, Sensitivity.GENDER_REASSIGNMENT,
]);

/** Why an item must not leave its custodian for this caller, or null if it may be shown. */
export function withheldReasonFor(item: RegionalItemEntity, access: RecordAccess): WithheldReason | null {
  if (item.custodian === access.organisation) return null; // the custodian sees its own items
  if (item.sensitivity && LEGALLY_RESTRICTED.has(item.sensitivity)) return WithheldReason.LEGALLY_RESTRICTED;
  if (item.sensitivity === Sensitivity.CONFIDENTIAL) return WithheldReason.CUSTODIAN_CONFIDENTIAL;
  if (access.objection) return WithheldReason.PATIENT_OBJECTION;
  return null;
}

export function partition<T extends RegionalItemEntity>(items: T[], access: RecordAccess): { visible: T[]; withheld: WithheldReason[] } {
  const visible: T[] = [];
  const withheld: WithheldReason[] = [];
  for (const item of items) {
    const reason = withheldReasonFor(item, access);
    if (reason) withheld.push(reason); else visible.push(item);
  }
  return { visible, withheld };
}

/**
 * Applies access-policy.md to one record: role, purpose and relationship from the verified assertion;
 * an objection withholds everything from organisations that hold none of the items, and emergency
 * access does not override it.
 */
export function decideRecordAccess(
  caller: Caller, nhsNumber: string, assertion: AccessAssertion | null, objection: boolean, custodians: Set<string>,
): RecordAccess {
  let clinical = decideClinical(caller, assertion);
  if (clinical.permitted && objection && !(caller.organisation && custodians.has(caller.organisation))) {
    clinical = forbiddenDecision("PATIENT_OBJECTION");
  }
  const hidden = assertion?.hiddenOrganisation && assertion.hiddenOrganisation !== caller.organisation ? assertion.hiddenOrganisation : null;
  return { clinical, accessLog: decideAccessLog(caller, nhsNumber, assertion), organisation: caller.organisation, objection, hiddenOrganisation: hidden };
}
