import { identify, type RequestIdentity, type TokenVerifier } from "@scr/common";
import { randomUUID } from "node:crypto";
import { type IncomingMessage } from "node:http";

export interface GatewayContext {
  identity: RequestIdentity;
}

/** Every request needs a verified bearer token; the gateway refuses the rest with HTTP 401. */
export async function gatewayContext(req: IncomingMessage, verifier: TokenVerifier): Promise<GatewayContext> {
  const identity = await identify(req.headers, verifier);
  // The gateway starts the trace: a client's own id is kept only if well formed (identify checks).
  return { identity: { ...identity, requestId: identity.requestId ?? randomUUID() } };
}
