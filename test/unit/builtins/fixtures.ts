// Loads fixtures.json (recorded from CPython 3.11 by gen-fixtures.py).

import { readFileSync } from "node:fs";
import type { Enc, Outcome } from "./decode.js";

/** The recorded fixture file. */
export interface Fixtures {
  python: string;
  repr: { value: Enc; repr: string; str: string }[];
  format: ({ value: Enc; spec: string } & Outcome)[];
  format_fuzz: ({ value: Enc; spec: string } & Outcome)[];
  percent_fuzz: ({ fmt: string; value: Enc } & Outcome)[];
  calls: ({ fn: string; args: Enc[]; kwargs: Record<string, Enc> } & Outcome)[];
  tracebacks: {
    name: string;
    tree: ExcTree;
    frames: Record<string, [string, number, string, string][]>;
    text: string;
  }[];
  random: {
    seeds: RandomRecord[];
    module_seed3: [string, number];
    float_seeds: Record<string, string>;
  };
  math: { calls: ({ fn: string; args: Enc[] } & Outcome)[]; constants: Record<string, string> };
  protocols: Record<string, string>;
  carets: { source: string; col: number; endCol: number; text: string }[];
  libm: Record<string, string[][]>;
}

/** An exception (and its chain and group members) as recorded. */
export interface ExcTree {
  key: string;
  type: string;
  args: Enc[];
  exceptions?: ExcTree[];
  cause?: ExcTree;
  context?: ExcTree;
  suppress: boolean;
  notes?: string[];
}

/** One seed's recorded draws. */
export interface RandomRecord {
  seed: number;
  [method: string]: unknown;
}

/** The parsed fixtures. */
export const fixtures: Fixtures = JSON.parse(
  readFileSync(new URL("./fixtures.json", import.meta.url), "utf-8"),
);
