from __future__ import annotations

from concord.core.errors import ConcordError, Conflict, Forbidden, Invalid, NotFound


class ObserverReadOnly(Forbidden):
    """Observers read; they never write, whatever group they are added to."""

    code = "observer_read_only"


class DelegationExists(Conflict):
    code = "delegation_exists"


class UserExists(Conflict):
    code = "user_exists"


class UnknownDelegation(Invalid):
    code = "unknown_delegation"


class UserNotFound(NotFound):
    code = "user_not_found"


class UnknownWorkingGroup(Invalid):
    code = "unknown_working_group"


class WorkingGroupExists(Conflict):
    code = "working_group_exists"


class DelegationNotFound(NotFound):
    code = "delegation_not_found"


class WorkingGroupNotFound(NotFound):
    code = "working_group_not_found"


class TokenNotFound(NotFound):
    code = "token_not_found"


class UnknownUser(Invalid):
    code = "unknown_user"


class AlreadySignedIn(Conflict):
    """An invitation is for a person who has never signed in; one who has keeps their access."""

    code = "already_signed_in"


class PersonDisabled(Conflict):
    code = "person_disabled"


class NoOpenInvitation(Conflict):
    code = "no_open_invitation"


# --- OpenID Connect sign-in ------------------------------------------------------------------


class OidcRefused(ConcordError):
    status = 401
    code = "oidc_refused"


class UnknownProvider(NotFound):
    code = "oidc_unknown_provider"


class StateMismatch(OidcRefused):
    status = 400
    code = "oidc_state_mismatch"


class ProviderError(OidcRefused):
    status = 400
    code = "oidc_provider_error"


class IssuerMismatch(OidcRefused):
    status = 400
    code = "oidc_issuer_mismatch"


class CodeRejected(OidcRefused):
    code = "oidc_code_rejected"


class InvalidToken(OidcRefused):
    code = "oidc_invalid_token"


class ProviderUnavailable(OidcRefused):
    status = 502
    code = "oidc_provider_unavailable"


class UnknownIdentity(OidcRefused):
    code = "oidc_unknown_identity"


class EmailUnverified(OidcRefused):
    code = "oidc_email_unverified"


class AccountDisabled(OidcRefused):
    status = 403
    code = "oidc_account_disabled"


class AlreadyBound(OidcRefused):
    status = 409
    code = "oidc_already_bound"
