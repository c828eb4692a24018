// A host's own fault stays the host's (issue 20, point 4): an iterator or a getter that throws
// propagates unchanged — the same error object — and no result is half-returned.
import { describe, expect, it } from "vitest";
import { checkApplication, computeRoster, computeRosterStream, findDuplicateBeneficiaries, reconcile, type MemberInput } from "../../src/index.js";
import { sampleApplication } from "../application/fixtures.js";
import { basePlan, generalMember, ID_A, ID_B, policy2025 } from "../helpers/samples.js";

class HostFault extends Error {}

/** What `call` throws (the very object), or undefined when it returns. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** An object whose `key` getter throws `fault`; every other field as in `value`. */
function throwingAt<T extends object>(value: T, key: string, fault: Error): T {
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get() {
      throw fault;
    },
  });
}

describe("a host's throwing iterator or getter", () => {
  it("propagates an iterator's error out of computeRoster, unchanged", () => {
    const fault = new HostFault("cursor closed");
    function* members(): Generator<MemberInput> {
      yield generalMember(300, ID_A);
      yield generalMember(300, ID_B);
      throw fault;
    }
    let result: unknown;
    expect(
      thrownBy(() => {
        result = computeRoster(members(), basePlan, { year: 2025, policy: policy2025 });
      }),
    ).toBe(fault);
    expect(result).toBeUndefined();
  });

  it("propagates an iterator's error out of computeRosterStream after the decisions already yielded", () => {
    const fault = new HostFault("cursor closed");
    function* members(): Generator<MemberInput> {
      yield generalMember(300, ID_A);
      throw fault;
    }
    const stream = computeRosterStream(members(), basePlan, { year: 2025, policy: policy2025 });
    expect(stream.next().value?.status).toBe("granted");
    expect(thrownBy(() => stream.next())).toBe(fault);
  });

  it("propagates a member's throwing getter out of checkApplication, unchanged", () => {
    const fault = new HostFault("lazy field failed");
    const roster = [{ member: generalMember(300, ID_A), amount: 80 }, { member: throwingAt(generalMember(300, ID_B), "contributions", fault), amount: 80 }];
    expect(thrownBy(() => checkApplication(sampleApplication({ roster }), { policy: policy2025 }))).toBe(fault);
  });

  it("propagates a throwing getter of the application's roster, unchanged", () => {
    const fault = new HostFault("roster not loaded");
    expect(thrownBy(() => checkApplication(throwingAt(sampleApplication(), "roster", fault), { policy: policy2025 }))).toBe(fault);
  });

  it("propagates a booking's throwing getter out of reconcile, unchanged", () => {
    const fault = new HostFault("booking not loaded");
    const bookings = [throwingAt({ memberId: ID_A, amount: 80 }, "amount", fault)];
    expect(thrownBy(() => reconcile({ roster: [{ member: { id: ID_A }, amount: 80 }], payment: { amount: 80 }, bookings }))).toBe(fault);
  });

  it("propagates a throwing getter of an application out of findDuplicateBeneficiaries, unchanged", () => {
    const fault = new HostFault("application not loaded");
    expect(thrownBy(() => findDuplicateBeneficiaries([throwingAt({ id: "A", year: 2025, roster: [] }, "roster", fault)]))).toBe(fault);
  });

  it("propagates a throwing Proxy of the bookings out of reconcile, unchanged", () => {
    const fault = new HostFault("proxy refused");
    const bookings = new Proxy([], {
      get() {
        throw fault;
      },
    });
    expect(thrownBy(() => reconcile({ roster: [], payment: { amount: 0 }, bookings }))).toBe(fault);
  });
});
