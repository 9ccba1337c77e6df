// --epoch parsing must agree with the reference runner (test/reference/runner.py parse_epoch).
import { describe, expect, it } from "vitest";
import { DEFAULT_EPOCH, parseEpoch } from "../../../src/cli/epoch.js";

describe("parseEpoch", () => {
  it("reads a timestamp without offset as UTC", () => {
    expect(parseEpoch("2025-01-01T10:30:00")).toBe(DEFAULT_EPOCH);
    expect(parseEpoch("2025-01-01 10:30:00")).toBe(DEFAULT_EPOCH);
    expect(parseEpoch("2030-06-15T23:59:59")).toBe(1907798399);
  });

  it("honours Z and explicit offsets, and floors fractions", () => {
    expect(parseEpoch("2025-01-01T10:30:00Z")).toBe(DEFAULT_EPOCH);
    expect(parseEpoch("2025-01-01T12:30:00+02:00")).toBe(DEFAULT_EPOCH);
    expect(parseEpoch("2025-01-01T10:30:00.999")).toBe(DEFAULT_EPOCH);
    expect(parseEpoch("2025-01-01")).toBe(1735689600);
  });

  it("rejects what is not an ISO timestamp", () => {
    expect(parseEpoch("noon")).toBeNull();
    expect(parseEpoch("2025-13-45T99:00:00")).toBeNull();
    expect(parseEpoch("1735727400")).toBeNull();
  });
});
