// The commitments register: joint projects, pledges and their shares, totals and the rates they
// convert at. The server decides what each person may see (drafts, unannounced pledgers) and sums
// exactly that: the screens show its totals and never add amounts up themselves.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call, type Schemas } from "./client";
import { keys } from "./keys";

export type ProjectPublic = Schemas["ProjectPublic"];
export type CommitmentPublic = Schemas["CommitmentPublic"];
export type CommitmentKind = Schemas["CommitmentKind"];
export type CommitmentStatus = Schemas["CommitmentStatus"];
export type Totals = Schemas["Totals"];
export type RatePublic = Schemas["RatePublic"];
export type ProjectCreate = BodyOf<"/api/v1/projects", "post">;
export type CommitmentCreate = BodyOf<"/api/v1/commitments", "post">;
export type CommitmentUpdate = BodyOf<"/api/v1/commitments/{commitment_id}", "patch">;

export function useProjects() {
  return useQuery({ queryKey: keys.projects, queryFn: () => call(api.GET("/api/v1/projects")) });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: keys.project(id),
    queryFn: () => call(api.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: id } } })),
  });
}

/** The commitments I may see; `delegationId` for one delegation's pledges (null waits). */
export function useCommitments(delegationId: number | null) {
  return useQuery({
    queryKey: keys.commitments(delegationId),
    queryFn: () =>
      call(api.GET("/api/v1/commitments", { params: { query: { delegation_id: delegationId ?? undefined } } })),
    enabled: delegationId !== null,
  });
}

/** Totals over what I may see; converted into `reporting` at the rates of `on` (YYYY-MM-DD). */
export function useTotals(reporting: string, on: string) {
  return useQuery({
    queryKey: keys.totals(reporting, on),
    queryFn: () =>
      call(
        api.GET("/api/v1/commitments/totals", {
          params: { query: { ...(reporting ? { reporting } : {}), ...(on ? { on } : {}) } },
        }),
      ),
  });
}

export function useRates() {
  return useQuery({ queryKey: keys.rates, queryFn: () => call(api.GET("/api/v1/exchange-rates")) });
}

function useRegisterWrite<A, R>(write: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    // A project, a pledge or a rate changes lists, pages and totals alike.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.register }),
  });
}

export function useCreateProject() {
  return useRegisterWrite((body: ProjectCreate) => call(api.POST("/api/v1/projects", { body })));
}

export function useUpdateProject(id: string) {
  return useRegisterWrite((body: BodyOf<"/api/v1/projects/{project_id}", "patch">) =>
    call(api.PATCH("/api/v1/projects/{project_id}", { params: { path: { project_id: id } }, body })),
  );
}

export function useCreateCommitment() {
  return useRegisterWrite((body: CommitmentCreate) => call(api.POST("/api/v1/commitments", { body })));
}

export function useUpdateCommitment(id: string) {
  return useRegisterWrite((body: CommitmentUpdate) =>
    call(api.PATCH("/api/v1/commitments/{commitment_id}", { params: { path: { commitment_id: id } }, body })),
  );
}

export function useSetRate() {
  return useRegisterWrite((body: BodyOf<"/api/v1/exchange-rates", "put">) =>
    call(api.PUT("/api/v1/exchange-rates", { body })),
  );
}
