import { identify, type RequestIdentity, type TokenVerifier } from "@scr/common";
import { randomUUID } from "node:crypto";
import { type IncomingMessage } from "node:http";

export interface GatewayContext {
  identity: RequestIdentity;
}

/**
 * Every request needs a verified bearer token; the gateway refuses the rest with HTTP 401. The
 * gateway names each request itself: an id a client chose could be another request's, and the
 * audit trail joins on it.
 */
export async function gatewayContext(req: IncomingMessage, verifier: TokenVerifier): Promise<GatewayContext> {
  const identity = await identify(req.headers, verifier);
  return { identity: { ...identity, requestId: randomUUID() } };
}
