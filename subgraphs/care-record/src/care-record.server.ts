import { createSubgraphServer, type RequestIdentity, type TokenVerifier } from "@scr/common";
import { buildCareRecordSchema } from "./schema.js";

export interface CareRecordContext {
  identity: RequestIdentity;
}

/** Stateless: merges what the gateway hands it, so it scales by replicas. */
export async function createCareRecordServer(config: { verifier: TokenVerifier }) {
  return createSubgraphServer<CareRecordContext>({
    schema: await buildCareRecordSchema(),
    verifier: config.verifier,
    context: (identity) => ({ identity }),
  });
}
