// Small pure helpers of signing in.

/** Only a local path: `next` comes from the address bar and must not send people elsewhere. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}

/** Where a provider button leads: the server starts the OpenID Connect flow from there. */
export function providerLoginUrl(name: string, next: string, invitation?: string): string {
  const query = new URLSearchParams({ next: safeNext(next) });
  if (invitation) query.set("invitation", invitation);
  return `/api/v1/auth/oidc/${encodeURIComponent(name)}/login?${query.toString()}`;
}
