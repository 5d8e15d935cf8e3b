export { createGateway, VISITOR_FROM_PRESTON_QUERY, type GatewayConfig } from "./gateway.server.js";
