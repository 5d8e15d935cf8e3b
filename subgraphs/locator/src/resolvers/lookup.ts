import { decideLookup, forbidden } from "@scr/common";
import { type LocatorContext } from "../locator.context.js";

/** Looks a patient up, auditing the lookup (found, unknown or refused) before anything is returned. */
export async function lookUp(nhsNumber: string, context: LocatorContext): Promise<{ nhsNumber: string } | null> {
  const decision = decideLookup(context.identity.caller, nhsNumber);
  if (!decision.permitted) {
    await context.audit.record({ action: "LOOKUP", nhsNumber, region: "CENTRAL", categoriesWithheld: ["patient"], decision });
    throw forbidden(decision.reason ?? "NOT_PERMITTED");
  }
  const row = await context.loaders.patients.load(nhsNumber);
  await context.audit.record({ action: "LOOKUP", nhsNumber, region: "CENTRAL", categoriesReturned: row ? ["patient"] : [], decision });
  return row ? { nhsNumber } : null;
}

