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
