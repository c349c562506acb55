// What the interface offers a person. The server decides (403 otherwise); this only avoids
// showing buttons that would certainly be refused.
import type { DocumentOverview, MePublic, WorkingGroupPublic } from "../api/client";

export function canEdit(
  me: MePublic | null | undefined,
  document: DocumentOverview,
  groups: WorkingGroupPublic[] | undefined,
): boolean {
  if (!me || document.status !== "drafting") return false;
  if (me.is_secretariat) return true;
  const group = groups?.find((g) => g.id === document.working_group_id);
  return !!group?.members.some((m) => m.person.id === me.id);
}
