// A real OpenID Connect provider (npm oidc-provider) for Concord's sign-in tests.
//
//   OIDC_PORT=0 OIDC_REDIRECT_URIS=http://127.0.0.1:8000/api/v1/auth/oidc/test/callback \
//     node provider.mjs
//
// Prints `listening <issuer>` once ready (port 0 picks a free one). Environment:
//   OIDC_PORT             port on 127.0.0.1 (default 0: any free port; argv[2] works too)
//   OIDC_CLIENT_ID        default "concord";  OIDC_CLIENT_SECRET default "concord-test-secret"
//   OIDC_REDIRECT_URIS    comma-separated redirect URIs of that client (required)
//   OIDC_ID_TOKEN_TTL     ID token lifetime in seconds (default 300)
//
// Accounts: any login hint is an account. `login_hint=ana@example.org` signs in a person whose
// subject is derived from the address (so it is stable but never equal to the email), with
// `email_verified: true`; an address whose local part starts with "unverified" is unverified.
// There is no login page: the interaction signs in the account named by `login_hint` at once and
// consent is implied, so a test drives the whole flow by following redirects.
//
// Refusal cases the real provider cannot produce on its own: `POST /_test/tamper` with
// `{"code", "claims"?: {...}, "alg"?: "none", "forge"?: true}` rewrites the ID token that the token
// endpoint returns for that authorization code: claims are overridden (null deletes one), then the
// token is re-signed with the provider's own key, left unsigned (`alg: none`) or signed with a key
// the provider does not publish under the same key id (`forge`).
import { createHash } from 'node:crypto';
import http from 'node:http';

import * as jose from 'jose';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.OIDC_PORT ?? 0);
const clientId = process.env.OIDC_CLIENT_ID ?? 'concord';
const clientSecret = process.env.OIDC_CLIENT_SECRET ?? 'concord-test-secret';
const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? '').split(',').filter(Boolean);
const idTokenTtl = Number(process.env.OIDC_ID_TOKEN_TTL ?? 300);
if (redirectUris.length === 0) {
  console.error('OIDC_REDIRECT_URIS is required');
  process.exit(2);
}

const KID = 'concord-test-key';
const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signingJwk = { ...(await jose.exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
const { privateKey: forgeryKey } = await jose.generateKeyPair('RS256');

function subjectOf(email) {
  return `sub-${createHash('sha256').update(email).digest('hex').slice(0, 24)}`;
}

const accounts = new Map(); // subject -> email

function accountFor(email) {
  const sub = subjectOf(email);
  accounts.set(sub, email);
  return sub;
}

const tampers = new Map(); // authorization code -> { claims, alg, forge }

async function tamper(idToken, { claims = {}, alg, forge = false }) {
  const payload = { ...jose.decodeJwt(idToken) };
  for (const [name, value] of Object.entries(claims)) {
    if (value === null) delete payload[name];
    else payload[name] = value;
  }
  if (alg === 'none') {
    const part = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
  }
  return new jose.SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: KID })
    .sign(forge ? forgeryKey : privateKey);
}

let provider;

const configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [signingJwk] },
  cookies: { keys: ['concord-test-provider-cookie-key'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  ttl: { IdToken: idTokenTtl, AuthorizationCode: 120, AccessToken: 600, Session: 600, Grant: 600 },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const email = accounts.get(sub);
    if (!email) return undefined;
    return {
      accountId: sub,
      async claims() {
        const local = email.split('@')[0];
        return { sub, email, email_verified: !local.startsWith('unverified'), name: local };
      },
    };
  },
  // Consent is implied for the one first-party client (the library's documented recipe).
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
};

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const hint = details.params.login_hint;
  if (details.prompt.name !== 'login' || typeof hint !== 'string' || !hint.includes('@')) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`this test provider needs login_hint=<email> (prompt ${details.prompt.name})`);
    return;
  }
  const accountId = accountFor(hint);
  await provider.interactionFinished(req, res, { login: { accountId } }, {
    mergeWithLastSubmission: false,
  });
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const server = http.createServer(async (req, res) => {
  try {
    const path = req.url.split('?')[0];
    if (req.method === 'POST' && path === '/_test/tamper') {
      const body = await readJson(req);
      tampers.set(body.code, { claims: body.claims, alg: body.alg, forge: Boolean(body.forge) });
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'GET' && path.startsWith('/interaction/')) {
      await interaction(req, res);
      return;
    }
    provider.callback()(req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(err));
  }
});

server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  provider = new Provider(issuer, configuration);
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || !ctx.body?.id_token) return;
    const code = ctx.oidc.params?.code;
    const change = code && tampers.get(code);
    if (change) {
      tampers.delete(code);
      ctx.body = { ...ctx.body, id_token: await tamper(ctx.body.id_token, change) };
    }
  });
  console.log(`listening ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
