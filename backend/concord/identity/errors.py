from __future__ import annotations

from concord.core.errors import Conflict, Invalid, NotFound


class DelegationExists(Conflict):
    code = "delegation_exists"


class UserExists(Conflict):
    code = "user_exists"


class UnknownDelegation(Invalid):
    code = "unknown_delegation"


class UserNotFound(NotFound):
    code = "user_not_found"
