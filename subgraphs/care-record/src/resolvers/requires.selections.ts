/**
 * The regional data each unified field needs, so a query for allergies pulls no medications, and the
 * locator's signed access decision, so this subgraph decides as the regions do.
 */
const REGION = "region { code name nhsRegion nhsRegionCode }";
const PROVENANCE = `provenance { custodian sourceSystem recordedAt updatedAt ${REGION} }`;

const SECTIONS = {
  allergies: `allergies { id code system display reaction severity criticality clinicalStatus onset ${PROVENANCE} }`,
  medications: `medications { id code system display dosage status start end prescriber ${PROVENANCE} }`,
  conditions: `conditions { id code system display clinicalStatus onset abatement ${PROVENANCE} }`,
  alerts: `alerts { id category code display status start ${PROVENANCE} }`,
  encounters: `encounters { id encounterClass start end organisation reasonCode reason ${PROVENANCE} }`,
  carePlans: `carePlans { id category code title status created preferredPlaceOfDeath cprDecision summary ${PROVENANCE} }`,
  documents: `documents { id typeCode title date authorOrganisation ${PROVENANCE} }`,
  withheld: `withheld { count reasons { reason count } }`,
} as const;

export function requiresRecords(...sections: (keyof typeof SECTIONS)[]): string {
  const selection = `accessAssertion regionsHoldingRecords { code } records { __typename ${REGION} lastUpdated ${sections.map((s) => SECTIONS[s]).join(" ")} }`;
  return `@requires(fields: ${JSON.stringify(selection)})`;
}
