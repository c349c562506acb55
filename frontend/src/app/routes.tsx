// The app's URLs. Every screen is a deep link: the server answers index.html for any non-API
// path (backend/concord/core/spa.py) and the router takes it from there.
// To add a screen: add a page under src/pages and an entry here (inside the Shell when it
// needs a signed-in person). Build links with `paths` rather than by hand.
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import type { RouteObject } from "react-router";
import { Loading } from "../components/Status";
import { DocumentPage } from "../pages/DocumentPage";
import { Home } from "../pages/Home";
import { NotFound } from "../pages/NotFound";
import { RequireSignIn, Shell } from "./Shell";

// The document page and home are in the first download; every other screen (and the editor)
// is loaded when someone opens it, so that a deep link to
// a document has less code to compile before its text shows.
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}
const SignIn = screen(
  () => import("../pages/SignIn"),
  (m) => m.SignIn,
);
const AcceptInvitation = screen(
  () => import("../pages/AcceptInvitation"),
  (m) => m.AcceptInvitation,
);
const SectionEdit = screen(
  () => import("../pages/SectionEdit"),
  (m) => m.SectionEdit,
);
const SectionHistory = screen(
  () => import("../pages/SectionHistory"),
  (m) => m.SectionHistory,
);
const DocumentCompare = screen(
  () => import("../pages/DocumentCompare"),
  (m) => m.DocumentCompare,
);
const SectionDiscuss = screen(
  () => import("../pages/SectionDiscuss"),
  (m) => m.SectionDiscuss,
);
const ApprovalMatrixPage = screen(
  () => import("../pages/ApprovalMatrixPage"),
  (m) => m.ApprovalMatrixPage,
);
const TranslationPage = screen(
  () => import("../pages/TranslationPage"),
  (m) => m.TranslationPage,
);
const Notifications = screen(
  () => import("../pages/Notifications"),
  (m) => m.Notifications,
);
const NotificationPreferences = screen(
  () => import("../pages/NotificationPreferences"),
  (m) => m.NotificationPreferences,
);
const SecretariatLayout = screen(
  () => import("../pages/secretariat/SecretariatLayout"),
  (m) => m.SecretariatLayout,
);
const NewDocument = screen(
  () => import("../pages/secretariat/NewDocument"),
  (m) => m.NewDocument,
);
const WorkingGroups = screen(
  () => import("../pages/secretariat/WorkingGroups"),
  (m) => m.WorkingGroups,
);
const Delegations = screen(
  () => import("../pages/secretariat/Delegations"),
  (m) => m.Delegations,
);
const People = screen(
  () => import("../pages/secretariat/People"),
  (m) => m.People,
);
const AuditLog = screen(
  () => import("../pages/secretariat/AuditLog"),
  (m) => m.AuditLog,
);

const CommitmentsPage = screen(
  () => import("../pages/commitments/CommitmentsPage"),
  (m) => m.CommitmentsPage,
);
const ProjectPage = screen(
  () => import("../pages/commitments/ProjectPage"),
  (m) => m.ProjectPage,
);
const PublicationPage = screen(
  () => import("../pages/publication/PublicationPage"),
  (m) => m.PublicationPage,
);

function later(Screen: ComponentType) {
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

export const paths = {
  home: () => "/",
  signIn: (next?: string) => (next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"),
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  document: (id: number) => `/documents/${id}`,
  section: (documentId: number, sectionId: number) => `/documents/${documentId}#section-${sectionId}`,
  editSection: (documentId: number, sectionId: number) => `/documents/${documentId}/sections/${sectionId}/edit`,
  sectionHistory: (documentId: number, sectionId: number) => `/documents/${documentId}/sections/${sectionId}/history`,
  compare: (documentId: number, from?: string, to?: string) => {
    const query = from && to ? `?${new URLSearchParams({ from, to })}` : "";
    return `/documents/${documentId}/compare${query}`;
  },
  discussSection: (documentId: number, sectionId: number) => `/documents/${documentId}/sections/${sectionId}/discuss`,
  approvals: (documentId: number) => `/documents/${documentId}/approvals`,
  translations: (documentId: number, language?: string) =>
    `/documents/${documentId}/translations${language ? `?language=${language}` : ""}`,
  secretariat: () => "/secretariat",
  notifications: () => "/notifications",
  notificationPreferences: () => "/notifications/preferences",
  publication: (documentId: number) => `/documents/${documentId}/publication`,
};

export const secretariatPaths = {
  newDocument: () => "/secretariat/documents/new",
  groups: () => "/secretariat/working-groups",
  delegations: () => "/secretariat/delegations",
  people: () => "/secretariat/people",
  audit: () => "/secretariat/audit",
};

export const commitmentPaths = {
  register: () => "/commitments",
  project: (id: string) => `/commitments/projects/${encodeURIComponent(id)}`,
};

export const routes: RouteObject[] = [
  { path: "/sign-in", element: later(SignIn) },
  { path: "/invitations/:token", element: later(AcceptInvitation) },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: "documents/:documentId", element: <DocumentPage /> },
      { path: "documents/:documentId/sections/:sectionId/edit", element: later(SectionEdit) },
      { path: "documents/:documentId/sections/:sectionId/history", element: later(SectionHistory) },
      { path: "documents/:documentId/compare", element: later(DocumentCompare) },
      { path: "documents/:documentId/sections/:sectionId/discuss", element: later(SectionDiscuss) },
      { path: "documents/:documentId/approvals", element: later(ApprovalMatrixPage) },
      { path: "documents/:documentId/translations", element: later(TranslationPage) },
      { path: "notifications", element: later(Notifications) },
      { path: "notifications/preferences", element: later(NotificationPreferences) },
      { path: "documents/:documentId/publication", element: later(PublicationPage) },
      {
        path: "secretariat",
        element: later(SecretariatLayout),
        children: [
          { index: true, element: later(NewDocument) },
          { path: "documents/new", element: later(NewDocument) },
          { path: "working-groups", element: later(WorkingGroups) },
          { path: "delegations", element: later(Delegations) },
          { path: "people", element: later(People) },
          { path: "audit", element: later(AuditLog) },
        ],
      },
      { path: "commitments", element: later(CommitmentsPage) },
      { path: "commitments/projects/:projectId", element: later(ProjectPage) },
      { path: "*", element: <NotFound /> },
    ],
  },
];
