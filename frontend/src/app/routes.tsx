// The app's URLs. Every screen is a deep link: the server answers index.html for any non-API
// path (backend/concord/core/spa.py) and the router takes it from there.
// To add a screen: add a page under src/pages and an entry here (inside the Shell when it
// needs a signed-in person). Build links with `paths` rather than by hand.
import { lazy, Suspense } from "react";
import type { RouteObject } from "react-router";
import { Loading } from "../components/Status";
import { AcceptInvitation } from "../pages/AcceptInvitation";
import { DocumentCompare } from "../pages/DocumentCompare";
import { DocumentPage } from "../pages/DocumentPage";
import { Home } from "../pages/Home";
import { NotFound } from "../pages/NotFound";
import { SectionHistory } from "../pages/SectionHistory";
import { SignIn } from "../pages/SignIn";
import { ApprovalMatrixPage } from "../pages/ApprovalMatrixPage";
import { SectionDiscuss } from "../pages/SectionDiscuss";
import { AuditLog } from "../pages/secretariat/AuditLog";
import { Delegations } from "../pages/secretariat/Delegations";
import { NewDocument } from "../pages/secretariat/NewDocument";
import { People } from "../pages/secretariat/People";
import { SecretariatLayout } from "../pages/secretariat/SecretariatLayout";
import { WorkingGroups } from "../pages/secretariat/WorkingGroups";
import { RequireSignIn, Shell } from "./Shell";

// The editor (CodeMirror and its merge view) is loaded only when someone edits.
const SectionEdit = lazy(() => import("../pages/SectionEdit").then((m) => ({ default: m.SectionEdit })));

export const paths = {
  home: () => "/",
  signIn: (next?: string) => (next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"),
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  document: (id: number) => `/documents/${id}`,
  section: (documentId: number, sectionId: number) => `/documents/${documentId}#section-${sectionId}`,
  editSection: (documentId: number, sectionId: number) => `/documents/${documentId}/sections/${sectionId}/edit`,
  sectionHistory: (documentId: number, sectionId: number) => `/documents/${documentId}/sections/${sectionId}/history`,
  compare: (documentId: number, from?: string, to?: string) =>
    `/documents/${documentId}/compare${from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : ""}`,
  discussSection: (documentId: number, sectionId: number) => `/documents/${documentId}/sections/${sectionId}/discuss`,
  approvals: (documentId: number) => `/documents/${documentId}/approvals`,
  secretariat: () => "/secretariat",
};

export const secretariatPaths = {
  newDocument: () => "/secretariat/documents/new",
  groups: () => "/secretariat/working-groups",
  delegations: () => "/secretariat/delegations",
  people: () => "/secretariat/people",
  audit: () => "/secretariat/audit",
};

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignIn /> },
  { path: "/invitations/:token", element: <AcceptInvitation /> },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: "documents/:documentId", element: <DocumentPage /> },
      {
        path: "documents/:documentId/sections/:sectionId/edit",
        element: (
          <Suspense fallback={<Loading />}>
            <SectionEdit />
          </Suspense>
        ),
      },
      { path: "documents/:documentId/sections/:sectionId/history", element: <SectionHistory /> },
      { path: "documents/:documentId/compare", element: <DocumentCompare /> },
      { path: "documents/:documentId/sections/:sectionId/discuss", element: <SectionDiscuss /> },
      { path: "documents/:documentId/approvals", element: <ApprovalMatrixPage /> },
      {
        path: "secretariat",
        element: <SecretariatLayout />,
        children: [
          { index: true, element: <NewDocument /> },
          { path: "documents/new", element: <NewDocument /> },
          { path: "working-groups", element: <WorkingGroups /> },
          { path: "delegations", element: <Delegations /> },
          { path: "people", element: <People /> },
          { path: "audit", element: <AuditLog /> },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
];
