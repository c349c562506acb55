// What the negotiation screens offer a person. The server decides (403/409 otherwise); this
// only avoids showing buttons that would certainly be refused.
import type { DocumentOverview, MePublic, Schemas, WorkingGroupPublic } from "../../api/client";

type Doc = Pick<DocumentOverview, "status" | "working_group_id" | "parties">;
type Me = MePublic | null | undefined;

export function isChair(
  me: Me,
  doc: Pick<Doc, "working_group_id">,
  groups: readonly WorkingGroupPublic[] | undefined,
): boolean {
  if (!me) return false;
  const group = groups?.find((g) => g.id === doc.working_group_id);
  return !!group?.members.some((m) => m.person.id === me.id && m.role === "chair");
}

/** The chair or the secretariat: accepts and rejects amendments, circulates. */
export function holdsPen(me: Me, doc: Doc, groups: readonly WorkingGroupPublic[] | undefined): boolean {
  return !!me && (me.is_secretariat || isChair(me, doc, groups));
}

export function isObserver(me: Me): boolean {
  return me?.delegation?.kind === "observer";
}

/** Statuses in which the discussion stays open: only editing stops once a text is circulated. */
const OPEN_FOR_DISCUSSION = new Set(["drafting", "circulated", "silence"]);

/** Comment and propose: anyone but observers, until the text is adopted (or withdrawn). */
export function canDeliberate(me: Me, doc: Pick<Doc, "status">): boolean {
  return !!me && OPEN_FOR_DISCUSSION.has(doc.status) && !isObserver(me);
}

/** "Return a Word copy": a delegation's edited copy comes back as its amendments, so it is for
 *  the members of a delegation that may propose (not observers), while the text is open. The
 *  secretariat holds the pen: its changes are edits of the text, not amendments to it. */
export function canReturnCopy(me: Me, doc: Pick<Doc, "status">): boolean {
  return !!me?.delegation && !me.is_secretariat && me.delegation.kind !== "secretariat" && canDeliberate(me, doc);
}

export function isParty(me: Me, doc: Doc): boolean {
  return !!me?.delegation && doc.parties.some((p) => p.id === me.delegation?.id);
}

/** Whether the head of my delegation allowed me, a delegate, to set its positions. */
export function isAllowedApprover(me: Me, approvers: readonly Schemas["ApproverPublic"][] | undefined): boolean {
  return !!me && !!approvers?.some((a) => a.user.id === me.id && a.allowed);
}

/** A head of a party's delegation sets its positions, and so do the delegates the head allows. */
export function canSetPosition(me: Me, doc: Doc, allowed = false): boolean {
  return !!me && (me.is_head || allowed) && isParty(me, doc) && doc.status !== "adopted" && doc.status !== "withdrawn";
}

export function canResolve(me: Me, comment: Schemas["CommentPublic"], chair: boolean): boolean {
  return !!me && (comment.author.id === me.id || chair || me.is_secretariat);
}

export function isAuthor(me: Me, comment: Schemas["CommentPublic"]): boolean {
  return !!me && comment.author.id === me.id;
}

export function isProposer(me: Me, amendment: Pick<Schemas["AmendmentPublic"], "proposer">): boolean {
  return !!me && amendment.proposer.id === me.id;
}
