// Share links: the source and the clock choice, deflated with fflate and base64url-encoded in the
// URL hash (`#code=…&clock=real`). Opening such a link restores the code; it never runs it.
import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";
import type { ClockMode } from "./protocol.js";

/** What a share link carries. */
export interface Shared {
  source: string;
  clock: ClockMode;
}

/** The hash (with its leading `#`) that encodes a program and its clock. */
export function encodeShare({ source, clock }: Shared): string {
  const bytes = zlibSync(strToU8(source), { level: 9 });
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  const code = btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  return `#code=${code}${clock === "real" ? "&clock=real" : ""}`;
}

/** Reads a share hash; null when the hash holds no (valid) program. */
export function decodeShare(hash: string): Shared | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const code = params.get("code");
  if (!code) return null;
  try {
    const binary = atob(code.replaceAll("-", "+").replaceAll("_", "/"));
    const source = strFromU8(unzlibSync(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return { source, clock: params.get("clock") === "real" ? "real" : "virtual" };
  } catch {
    return null;
  }
}
