import { type ExtraRoute } from "@scr/common";

/**
 * Browser apps on other origins: allowed origins get CORS headers, and preflights are answered here.
 * Tokens travel in the Authorization header, never cookies, so no credentials mode is needed.
 */
export function corsRoute(allowedOrigins: string[] | "*"): ExtraRoute {
  return (req, res) => {
    const origin = req.headers.origin;
    const allowed = origin && (allowedOrigins === "*" || allowedOrigins.includes(origin));
    if (allowed) {
      res.setHeader("access-control-allow-origin", allowedOrigins === "*" ? "*" : origin);
      res.setHeader("access-control-expose-headers", "x-request-id");
      res.setHeader("vary", "origin");
    }
    if (req.method !== "OPTIONS") return false;
    if (allowed) {
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("access-control-allow-headers", "authorization, content-type, apollo-require-preflight");
      res.setHeader("access-control-max-age", "600");
    }
    res.writeHead(allowed ? 204 : 403).end();
    return true;
  };
}
