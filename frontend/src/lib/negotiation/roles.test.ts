import { describe, expect, it } from "vitest";
import type { MePublic, WorkingGroupPublic } from "../../api/client";
import { canDeliberate, canReturnCopy, canSetPosition, holdsPen, isAllowedApprover, isChair, isParty } from "./roles";

const fra = { id: 2, code: "FRA", name: "France", kind: "government" as const, announced: true };
const obs = { id: 5, code: "OBS", name: "Observer", kind: "observer" as const, announced: true };
const me = (over: Partial<MePublic> = {}): MePublic => ({
  id: 1,
  email: "a@b.c",
  name: "A",
  delegation: fra,
  is_head: false,
  is_secretariat: false,
  ...over,
});
const doc = { status: "drafting" as const, working_group_id: 3, parties: [fra] };
const groups: WorkingGroupPublic[] = [
  {
    id: 3,
    name: "G",
    description: "",
    members: [
      { person: { id: 1, name: "A" }, role: "chair" },
      { person: { id: 7, name: "B" }, role: "member" },
    ],
  },
];

describe("roles", () => {
  it("knows the chair of the document's group", () => {
    expect(isChair(me(), doc, groups)).toBe(true);
    expect(isChair(me({ id: 7 }), doc, groups)).toBe(false);
    expect(holdsPen(me({ id: 7 }), doc, groups)).toBe(false);
    expect(holdsPen(me({ id: 7, is_secretariat: true }), doc, groups)).toBe(true);
  });

  it("lets heads of parties set positions, until adoption", () => {
    expect(canSetPosition(me({ is_head: true }), doc)).toBe(true);
    expect(canSetPosition(me(), doc)).toBe(false);
    expect(canSetPosition(me({ is_head: true, delegation: obs }), doc)).toBe(false);
    expect(canSetPosition(me({ is_head: true }), { ...doc, status: "silence" })).toBe(true);
    expect(canSetPosition(me({ is_head: true }), { ...doc, status: "adopted" })).toBe(false);
  });

  it("lets a delegate the head allowed set positions too, but only for a party", () => {
    const row = { delegation_id: 2, user: { id: 1, name: "A" }, allowed: true, allowed_at: null };
    const approvers = [row];
    const allowed = isAllowedApprover(me(), approvers);
    expect(allowed).toBe(true);
    expect(isAllowedApprover(me({ id: 9 }), approvers)).toBe(false);
    expect(isAllowedApprover(me(), [{ ...row, allowed: false }])).toBe(false);
    expect(canSetPosition(me(), doc, allowed)).toBe(true);
    expect(canSetPosition(me(), { ...doc, parties: [] }, allowed)).toBe(false);
    expect(canSetPosition(me(), { ...doc, status: "adopted" }, allowed)).toBe(false);
  });

  it("shows the position panel to parties only: not to the secretariat or observers", () => {
    const sec = { id: 1, code: "SEC", name: "Secretariat", kind: "secretariat" as const, announced: true };
    expect(isParty(me(), doc)).toBe(true);
    expect(isParty(me({ delegation: obs, is_head: true }), doc)).toBe(false);
    expect(isParty(me({ delegation: sec, is_secretariat: true }), doc)).toBe(false);
  });

  it("keeps observers and adopted texts out of the discussion", () => {
    expect(canDeliberate(me(), doc)).toBe(true);
    expect(canDeliberate(me({ delegation: obs }), doc)).toBe(false);
    expect(canDeliberate(me(), { ...doc, status: "adopted" })).toBe(false);
    expect(canDeliberate(me(), { ...doc, status: "withdrawn" })).toBe(false);
  });

  it("keeps the discussion open while a revision is circulated and under silence", () => {
    expect(canDeliberate(me(), { ...doc, status: "circulated" })).toBe(true);
    expect(canDeliberate(me(), { ...doc, status: "silence" })).toBe(true);
  });

  it("offers the Word copy's return to delegations that may propose, not the secretariat", () => {
    const sec = { id: 1, code: "SEC", name: "Secretariat", kind: "secretariat" as const, announced: true };
    expect(canReturnCopy(me(), doc)).toBe(true);
    expect(canReturnCopy(me({ delegation: sec, is_secretariat: true }), doc)).toBe(false);
    expect(canReturnCopy(me({ delegation: obs }), doc)).toBe(false);
    expect(canReturnCopy(me({ delegation: null }), doc)).toBe(false);
    expect(canReturnCopy(me(), { ...doc, status: "adopted" })).toBe(false);
  });
});
