// The example programs and CPython's recorded results (examples/, written by the recorder),
// bundled with import.meta.glob so the site needs no server-side files.

/** One example as listed in examples/index.json, with its source and CPython's recording. */
export interface Example {
  file: string;
  title: string;
  topic: string;
  error: boolean;
  source: string;
  expected: { stdout: string; stderr: string; exitCode: number };
}

/** The gallery's topics, in the order a learner meets them. */
export const TOPICS = [
  "basics",
  "gather & tasks",
  "async for/with",
  "errors & cancellation",
  "synchronization",
  "exercises",
];

interface IndexEntry {
  file: string;
  title: string;
  topic: string;
  error: boolean;
}

const raw = (files: Record<string, unknown>) =>
  new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\//, ""), String(text)]));

const sources = raw(
  import.meta.glob("../../examples/*.py", { query: "?raw", import: "default", eager: true }),
);
const outs = raw(
  import.meta.glob("../../examples/*.out", { query: "?raw", import: "default", eager: true }),
);
const errs = raw(
  import.meta.glob("../../examples/*.err", { query: "?raw", import: "default", eager: true }),
);
const codes = raw(
  import.meta.glob("../../examples/*.code", { query: "?raw", import: "default", eager: true }),
);
const indexes = Object.values(
  import.meta.glob("../../examples/index.json", { import: "default", eager: true }),
) as IndexEntry[][];

function entries(): IndexEntry[] {
  const listed = indexes[0] ?? [];
  const known = new Set(listed.map((e) => e.file));
  const unlisted = [...sources.keys()]
    .filter((f) => !known.has(f))
    .map((file) => ({
      file,
      title: file.replace(/\.py$/, "").replace(/_/g, " "),
      topic: "exercises",
      error: false,
    }));
  return [...listed, ...unlisted];
}

/** Every example, in index order. */
export const examples: Example[] = entries()
  .filter((e) => sources.has(e.file))
  .map((e) => {
    const stem = e.file.replace(/\.py$/, "");
    return {
      ...e,
      source: sources.get(e.file)!,
      expected: {
        stdout: outs.get(`${stem}.out`) ?? "",
        stderr: errs.get(`${stem}.err`) ?? "",
        exitCode: Number((codes.get(`${stem}.code`) ?? "0").trim()),
      },
    };
  });

/** The example the playground opens with. */
export const defaultExample: Example | undefined =
  examples.find((e) => e.file === "000_concurrent_fetch_users.py") ?? examples[0];
