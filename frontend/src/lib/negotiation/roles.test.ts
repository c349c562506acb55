import { describe, expect, it } from "vitest";
import type { MePublic, WorkingGroupPublic } from "../../api/client";
import { canDeliberate, canSetPosition, holdsPen, isChair } from "./roles";

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
});
