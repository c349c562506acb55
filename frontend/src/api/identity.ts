// Writes of people and their groups: signing in and out, accepting an invitation, and the
// secretariat's people, delegations and working groups. Each hook refreshes what it changes.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call } from "./client";
import { keys } from "./keys";

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/auth/login", "post">) => call(api.POST("/api/v1/auth/login", { body })),
    onSuccess: (person) => queryClient.setQueryData(keys.me, person),
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/auth/invitations/accept", "post">) =>
      call(api.POST("/api/v1/auth/invitations/accept", { body })),
    onSuccess: (person) => queryClient.setQueryData(keys.me, person),
  });
}

/** Signs out, then forgets everything read as this person (even when the server did not answer). */
export function useSignOut() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await call(api.POST("/api/v1/auth/logout"));
    } finally {
      queryClient.clear();
    }
  };
}

export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/users", "post">) => call(api.POST("/api/v1/users", { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useSetPersonDisabled(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (disabled: boolean) =>
      call(api.PATCH("/api/v1/users/{user_id}", { params: { path: { user_id: userId } }, body: { disabled } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.users }),
  });
}

/** A new invitation link for a person who has not yet signed in; earlier links stop working. */
export function useReissueInvitation(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call(api.POST("/api/v1/users/{user_id}/invitation", { params: { path: { user_id: userId } }, body: {} })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useRevokeInvitation(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.DELETE("/api/v1/users/{user_id}/invitation", { params: { path: { user_id: userId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.users }),
  });
}

/** Places a person in a delegation (moving them from any other), as a delegate. */
export function usePlaceInDelegation(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (delegationId: number) =>
      call(
        api.POST("/api/v1/delegations/{delegation_id}/members", {
          params: { path: { delegation_id: delegationId } },
          body: { user_id: userId, head: false },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.users });
      void queryClient.invalidateQueries({ queryKey: keys.delegations });
    },
  });
}

/** Adds a person to this delegation (moving them from any other), as its head or a delegate. */
export function useAddDelegationMember(delegationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/delegations/{delegation_id}/members", "post">) =>
      call(
        api.POST("/api/v1/delegations/{delegation_id}/members", {
          params: { path: { delegation_id: delegationId } },
          body,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.users });
      void queryClient.invalidateQueries({ queryKey: keys.delegations });
    },
  });
}

/** Allows (or stops) a delegate to set the delegation's positions: its head or the secretariat. */
export function useSetApprover(delegationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, allowed }: { userId: number; allowed: boolean }) => {
      const path = { delegation_id: delegationId, user_id: userId };
      // No body, but said to be JSON: the server's cross-site guard takes browser writes as JSON only.
      const headers = { "Content-Type": "application/json" };
      if (allowed)
        await call(api.PUT("/api/v1/delegations/{delegation_id}/approvers/{user_id}", { params: { path }, headers }));
      else await call(api.DELETE("/api/v1/delegations/{delegation_id}/approvers/{user_id}", { params: { path } }));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.approvers(delegationId) }),
  });
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/delegations", "post">) => call(api.POST("/api/v1/delegations", { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.delegations }),
  });
}

/** Makes an unannounced delegation known to the others. */
export function useAnnounceDelegation(delegationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call(
        api.PATCH("/api/v1/delegations/{delegation_id}", {
          params: { path: { delegation_id: delegationId } },
          body: { announced: true },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.delegations }),
  });
}

export function useCreateWorkingGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/working-groups", "post">) => call(api.POST("/api/v1/working-groups", { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.workingGroups }),
  });
}

export function useAddGroupMember(groupId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<"/api/v1/working-groups/{group_id}/members", "post">) =>
      call(api.POST("/api/v1/working-groups/{group_id}/members", { params: { path: { group_id: groupId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.workingGroups }),
  });
}
