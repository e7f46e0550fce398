// A small, real Better Auth server for todochat's tests: email and password sign-up, the
// JWT plugin (tokens at /api/auth/token, keys at /api/auth/jwks) and the bearer plugin,
// on an in-memory adapter, served on loopback. Configured by the environment:
//   BA_PORT        port on 127.0.0.1 (required)
//   BA_SECRET      Better Auth secret (required, 32+ characters)
//   BA_ALG         key algorithm: EdDSA (default), ES256, ES512, RS256, PS256
//   BA_ROTATION    seconds after which the signing key is replaced (unset: never)
//   BA_EXPIRATION  token lifetime, e.g. "15m" (default) or "5s"
// Prints one line `ready <origin>` on stdout when it listens; stops on SIGTERM.
import { createServer } from "node:http";
import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { toNodeHandler } from "better-auth/node";
import { bearer, jwt } from "better-auth/plugins";

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

const auth = betterAuth({
  baseURL: origin,
  secret: process.env.BA_SECRET,
  database: memoryAdapter({ user: [], session: [], account: [], verification: [], jwks: [] }),
  emailAndPassword: { enabled: true },
  telemetry: { enabled: false },
  plugins: [
    jwt({
      jwks: { keyPairConfig, ...(rotation ? { rotationInterval: rotation } : {}) },
      jwt: { expirationTime: process.env.BA_EXPIRATION || "15m" },
    }),
    bearer(),
  ],
});

const server = createServer(toNodeHandler(auth));
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(`ready ${origin}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
