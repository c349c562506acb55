from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from concord.core.dependencies import SessionDep
from concord.core.errors import Unauthenticated
from concord.identity import service as identity
from concord.identity.models import User

bearer = HTTPBearer(
    auto_error=False, description="A personal access token (`concord token create`)."
)


def current_user(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    if credentials is None:
        raise Unauthenticated("Sign in or send `Authorization: Bearer <token>`.")
    user = identity.user_for_token(session, credentials.credentials)
    if user is None:
        raise Unauthenticated("The token is unknown, revoked or its owner disabled.")
    return user


CurrentUser = Annotated[User, Depends(current_user)]
