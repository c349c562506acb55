"""OpenID Connect sign-in: the provider list, the redirect to a provider and its callback.

The handlers are `async` because authlib's Starlette client is; the one database transaction runs
in the thread pool (`oidc.complete_sign_in`), as a write from its first statement even though the
callback is a GET.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any
from urllib.parse import urlencode

import httpx2 as httpx
from authlib.integrations.base_client import OAuthError
from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from concord.core.errors import ERROR_RESPONSES, ConcordError, ErrorBody
from concord.core.security import token_digest
from concord.identity import oidc
from concord.identity.errors import (
    CodeRejected,
    IssuerMismatch,
    ProviderError,
    ProviderUnavailable,
    StateMismatch,
)
from concord.identity.sessions import set_cookie

PENDING = "pending"

router = APIRouter(
    tags=["auth"],
    responses={
        **ERROR_RESPONSES,
        400: {"model": ErrorBody, "description": "`oidc_state_mismatch`, `oidc_provider_error`…"},
        403: {"model": ErrorBody, "description": "`oidc_account_disabled`."},
        502: {"model": ErrorBody, "description": "`oidc_provider_unavailable`."},
    },
)


def _providers(request: Request) -> oidc.Providers:
    providers: oidc.Providers = request.app.state.oidc
    return providers


@router.get("/auth/providers")
def list_providers(request: Request) -> list[oidc.ProviderPublic]:
    """The OpenID Connect providers one can sign in with (public)."""
    return _providers(request).public()


@router.get(
    "/auth/oidc/{provider}/login",
    status_code=302,
    response_class=RedirectResponse,
    responses={302: {"description": "To the provider's sign-in page."}},
)
async def oidc_login(
    request: Request,
    provider: str,
    invitation: Annotated[str | None, Query(max_length=200)] = None,
    next_path: Annotated[str | None, Query(alias="next", max_length=2000)] = None,
) -> RedirectResponse:
    """Go to the provider to sign in; `invitation` binds a first sign-in, `next` a local path."""
    config, client = _providers(request).get(provider)
    redirect_uri = oidc.redirect_uri(config.name)
    try:
        await oidc.server_metadata(client, config)
        auth: dict[str, Any] = await client.create_authorization_url(redirect_uri)
    except httpx.HTTPError as exc:
        raise ProviderUnavailable("The sign-in provider did not answer.") from exc
    request.session[PENDING] = {
        "provider": config.name,
        "state": auth["state"],
        "nonce": auth["nonce"],
        "code_verifier": auth["code_verifier"],
        "redirect_uri": redirect_uri,
        # Only the digest: the cookie is signed, not encrypted.
        "invitation": token_digest(invitation) if invitation else None,
        "next": oidc.safe_next(next_path),
    }
    return RedirectResponse(auth["url"], status_code=302)


@router.get(
    "/auth/oidc/{provider}/callback",
    status_code=303,
    response_class=RedirectResponse,
    responses={303: {"description": "Signed in: the session cookie is set."}},
)
async def oidc_callback(request: Request, provider: str) -> RedirectResponse:
    """The provider's answer: check it, match the person, open a session."""
    config, client = _providers(request).get(provider)
    # Whatever happens next, a pending sign-in is used at most once.
    pending: dict[str, Any] | None = request.session.pop(PENDING, None)
    try:
        return await _callback(request, config, client, pending)
    except ConcordError as exc:
        await run_in_threadpool(oidc.sign_in_refused, request.app.state.engine, config.name, exc)
        if _wants_page(request):
            # A person in a browser: back to the sign-in page, which explains the code.
            return RedirectResponse(f"/sign-in?{urlencode({'error': exc.code})}", status_code=303)
        raise


def _wants_page(request: Request) -> bool:
    """A browser's navigation asks for HTML first; scripts and API clients get the JSON error."""
    return "text/html" in request.headers.get("accept", "")


async def _callback(
    request: Request, config: oidc.ProviderConfig, client: Any, pending: dict[str, Any] | None
) -> RedirectResponse:
    params = request.query_params
    state = params.get("state") or ""
    if (
        pending is None
        or pending.get("provider") != config.name
        or not hmac.compare_digest(state.encode(), str(pending.get("state", "")).encode())
    ):
        raise StateMismatch("This sign-in was not started here, or has expired; start again.")
    if "error" in params:
        raise ProviderError(
            "The provider refused the sign-in.",
            details={"error": params["error"][:100]},
        )
    if "iss" in params and params["iss"] != config.issuer:  # RFC 9207: mix-up defence
        raise IssuerMismatch("The answer came from another issuer.")
    code = params.get("code")
    if not code:
        raise CodeRejected("The provider sent no authorization code.")
    try:
        token: dict[str, Any] = await client.fetch_access_token(
            redirect_uri=pending["redirect_uri"],
            code=code,
            code_verifier=pending["code_verifier"],
        )
        claims = await oidc.verify_id_token(client, config, token, nonce=pending["nonce"])
        metadata = await oidc.server_metadata(client, config)
        userinfo: dict[str, Any] | None = None
        if metadata.get("userinfo_endpoint"):
            userinfo = dict(await client.userinfo(token=token))
    except OAuthError as exc:
        raise CodeRejected(
            "The provider refused the authorization code.", details={"error": str(exc.error)}
        ) from exc
    except httpx.HTTPError as exc:
        raise ProviderUnavailable("The sign-in provider did not answer.") from exc
    identity = oidc.identity_from(config, claims, userinfo)
    _user, secret = await run_in_threadpool(
        oidc.complete_sign_in,
        request.app.state.engine,
        config.name,
        identity,
        pending.get("invitation"),
    )
    response = RedirectResponse(oidc.safe_next(pending.get("next")) or "/", status_code=303)
    set_cookie(request, response, secret)
    return response
