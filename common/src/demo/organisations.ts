/** Organisations of the demo federation (demo-scenario.md). ODS-style codes; the people are synthetic. */
export const DEMO_ORGANISATIONS = {
  prestonPractice: { ods: "P81046", name: "Fishergate Hill Surgery, Preston", region: "QE1" },
  lancashireTeaching: { ods: "RXN", name: "Lancashire Teaching Hospitals NHS Foundation Trust", region: "QE1" },
  imperial: { ods: "RYJ", name: "Imperial College Healthcare NHS Trust", region: "Z9B2Z" },
  newcastle: { ods: "RTD", name: "The Newcastle upon Tyne Hospitals NHS Foundation Trust", region: "QHM" },
  maidstone: { ods: "RWF", name: "Maidstone and Tunbridge Wells NHS Trust", region: "QKS" },
  medwayPractice: { ods: "G82050", name: "Medway Road Surgery", region: "QKS" },
  londonAmbulance: { ods: "RRU", name: "London Ambulance Service NHS Trust", region: "Z9B2Z" },
  university: { ods: "EHE01", name: "A university research department", region: null },
} as const;

/** The fixed patients every demo and end-to-end test uses. */
export const DEMO_PATIENTS = {
  visitorFromPreston: "9990000018",
  objectedInQE1: "9990000026",
  restrictedItemInZ9B2Z: "9990000034",
  sFlagged: "9990000042",
  knownNowhere: "9990000050",
} as const;

/** An NHS number that fails the modulus 11 check. */
export const INVALID_NHS_NUMBER = "9990000019";
