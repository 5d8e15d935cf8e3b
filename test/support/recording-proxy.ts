import { createServer, request, type IncomingHttpHeaders } from "node:http";
import { type AddressInfo } from "node:net";

/** Sits in front of a subgraph and keeps the headers of every request it passes on. */
export async function startRecordingProxy(targetUrl: string) {
  const target = new URL(targetUrl);
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    received.push(req.headers);
    const upstream = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (response) => { res.writeHead(response.statusCode ?? 502, response.headers); response.pipe(res); },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    received,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
