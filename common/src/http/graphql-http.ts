import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from "@apollo/server";

export type ExtraRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

const MAX_BODY_BYTES = 1_000_000;

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error("Request body too large"), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Serves an Apollo Server on plain node:http, with extra routes (health, JWKS) before GraphQL. */
export function createGraphQLHttpServer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: ContextFunction<[{ req: IncomingMessage }], TContext>,
  routes: ExtraRoute[] = [],
): Server {
  return createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = new URL(req.url ?? "/", "http://localhost");
      const raw = req.method === "POST" ? await readBody(req) : "";
      let body: unknown = raw;
      if (raw && (headers.get("content-type") ?? "").includes("application/json")) {
        try { body = JSON.parse(raw); } catch {
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "Malformed JSON body.", extensions: { code: "BAD_REQUEST" } }] }));
          return;
        }
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: () => context({ req }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (!res.headersSent) res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: status === 413 ? "Request body too large." : "Internal error.", extensions: { code: status === 413 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] }));
    }
  });
}

export async function listen(server: Server, port: number, host = "127.0.0.1"): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}/graphql`;
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export const healthRoute = (check: () => Promise<unknown> | unknown): ExtraRoute => async (req, res) => {
  if (req.url !== "/health") return false;
  try {
    await check();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
  } catch {
    res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "unavailable" }));
  }
  return true;
};
