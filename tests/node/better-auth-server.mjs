// A small, real Better Auth server for todochat's tests: email and password sign-up, the
// JWT plugin (tokens at /api/auth/token, keys at /api/auth/jwks) and the bearer plugin,
// on an in-memory adapter, served on loopback. Configured by the environment:
//   BA_PORT        port on 127.0.0.1 (required)
//   BA_SECRET      Better Auth secret (required, 32+ characters)
//   BA_ALG         key algorithm: EdDSA (default), ES256, ES512, RS256, PS256
//   BA_ROTATION    seconds after which the signing key is replaced (unset: never)
//   BA_EXPIRATION  token lifetime, e.g. "15m" (default) or "5s"
//   BA_OAUTH_RESOURCE  when set, also the OAuth provider plugin (@better-auth/oauth-provider)
//                  for MCP sign-in: open dynamic client registration, access tokens for this
//                  resource (the MCP endpoint's URL), and the RFC 8414 metadata at the root
// Prints one line `ready <origin>` on stdout when it listens; stops on SIGTERM.
import { createServer } from "node:http";
import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { toNodeHandler } from "better-auth/node";
import { bearer, jwt } from "better-auth/plugins";
import {
  oauthProvider,
  oauthProviderAuthServerMetadata,
  oauthProviderOpenIdConfigMetadata,
} from "@better-auth/oauth-provider";

const port = Number(process.env.BA_PORT);
const origin = `http://127.0.0.1:${port}`;
const alg = process.env.BA_ALG || "EdDSA";
const rotation = process.env.BA_ROTATION ? Number(process.env.BA_ROTATION) : undefined;
const keyPairConfig =
  alg === "EdDSA"
    ? { alg, crv: "Ed25519" }
    : alg.startsWith("RS") || alg.startsWith("PS")
      ? { alg, modulusLength: 2048 }
      : { alg };

const resource = process.env.BA_OAUTH_RESOURCE;
const oauth = resource
  ? [
      oauthProvider({
        loginPage: "/sign-in",
        consentPage: "/consent",
        allowDynamicClientRegistration: true,
        allowUnauthenticatedClientRegistration: true,
        resources: [resource],
        clientRegistrationDefaultResources: [resource],
      }),
    ]
  : [];
const tables = ["user", "session", "account", "verification", "jwks"];
if (resource) {
  tables.push("oauthClient", "oauthRefreshToken", "oauthAccessToken", "oauthConsent");
  tables.push("oauthResource", "oauthClientResource");
}

const auth = betterAuth({
  baseURL: origin,
  secret: process.env.BA_SECRET,
  database: memoryAdapter(Object.fromEntries(tables.map((table) => [table, []]))),
  emailAndPassword: { enabled: true },
  telemetry: { enabled: false },
  plugins: [
    jwt({
      jwks: { keyPairConfig, ...(rotation ? { rotationInterval: rotation } : {}) },
      jwt: { expirationTime: process.env.BA_EXPIRATION || "15m" },
    }),
    bearer(),
    ...oauth,
  ],
});

// RFC 8414: the issuer is `${origin}/api/auth`, so clients look for its metadata at
// /.well-known/oauth-authorization-server/api/auth (and OpenID's at the matching path).
const handler = toNodeHandler(auth);
const wellKnown = resource
  ? {
      "/.well-known/oauth-authorization-server": oauthProviderAuthServerMetadata(auth),
      "/.well-known/openid-configuration": oauthProviderOpenIdConfigMetadata(auth),
    }
  : {};
const server = createServer(async (req, res) => {
  const path = Object.keys(wellKnown).find((prefix) => req.url.startsWith(prefix));
  if (!path) return handler(req, res);
  const answer = await wellKnown[path](new Request(origin + req.url, { headers: req.headers }));
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(Buffer.from(await answer.arrayBuffer()));
});
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`ready ${origin}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
