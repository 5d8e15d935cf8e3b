import { createSubgraphServer, type AssertionVerifier, type TokenVerifier } from "@scr/common";
import { type CareRecordPolicyContext } from "./care-record.rules.js";
import { buildGuardedCareRecordSchema } from "./schema.js";

export type CareRecordContext = CareRecordPolicyContext;

/** Stateless: merges what the gateway hands it, so it scales by replicas. */
export async function createCareRecordServer(config: { verifier: TokenVerifier; assertionVerifier: AssertionVerifier }) {
  return createSubgraphServer<CareRecordContext>({
    schema: await buildGuardedCareRecordSchema(),
    verifier: config.verifier,
    context: (identity) => ({ identity, verifyAssertion: config.assertionVerifier }),
  });
}
