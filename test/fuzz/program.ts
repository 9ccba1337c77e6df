// A fast-check generator of small random asyncio programs (task graphs with create_task, gather,
// tied sleeps, wait_for timeouts, cancellations, Queue producers/consumers) for differential runs
// against CPython 3.11 (DESIGN.md §7, layer 4).

import fc from "fast-check";

/** Delays from a small set, so that timers often tie. */
const DELAYS = [0, 0.1, 0.2, 0.25, 0.3, 0.5, 1] as const;

/** One line of a worker coroutine's body. */
export type Step =
  | { kind: "sleep"; delay: number }
  | { kind: "print"; text: string }
  | { kind: "call"; worker: number };

/** An `async def wN(name)` coroutine. */
export interface Worker {
  steps: Step[];
  /** "raise": ends with `raise ValueError`; otherwise returns a value. */
  ending: "return-str" | "return-int" | "raise";
  /** How the body treats cancellation. */
  onCancel: "ignore" | "reraise" | "swallow";
}

/** One statement group of `main()`. */
export type Action =
  | { kind: "spawn"; worker: number }
  | { kind: "sleep"; delay: number }
  | { kind: "gather"; parts: ({ task: number } | { worker: number })[]; returnExceptions: boolean }
  | { kind: "cancel"; task: number }
  | { kind: "await"; task: number }
  | { kind: "waitFor"; worker: number; timeout: number }
  | { kind: "queue"; consumers: number; items: number; maxsize: number; put: number; get: number }
  | { kind: "status"; task: number }
  | { kind: "clock"; style: "fixed" | "round" };

/** A whole program: workers, then main's actions. */
export interface Program {
  workers: Worker[];
  actions: Action[];
}

const delay = fc.constantFrom(...DELAYS);

const step = (workers: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 4, arbitrary: delay.map((d) => ({ kind: "sleep" as const, delay: d })) },
    {
      weight: 3,
      arbitrary: fc.constantFrom("step", "working", "half way", "almost").map((text) => ({
        kind: "print" as const,
        text,
      })),
    },
    ...(workers > 0
      ? [
          {
            weight: 1,
            arbitrary: fc.nat(workers - 1).map((w) => ({ kind: "call" as const, worker: w })),
          },
        ]
      : []),
  );

const worker = (index: number): fc.Arbitrary<Worker> =>
  fc.record({
    steps: fc.array(step(index), { minLength: 1, maxLength: 5 }),
    ending: fc.constantFrom("return-str", "return-int", "return-str", "raise"),
    onCancel: fc.constantFrom("ignore", "ignore", "reraise", "swallow"),
  });

const action = (workers: number, tasks: number): fc.Arbitrary<Action> => {
  const anyWorker = fc.nat(workers - 1);
  const choices: fc.WeightedArbitrary<Action>[] = [
    { weight: 5, arbitrary: anyWorker.map((w) => ({ kind: "spawn" as const, worker: w })) },
    { weight: 3, arbitrary: delay.map((d) => ({ kind: "sleep" as const, delay: d })) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("waitFor" as const),
        worker: anyWorker,
        timeout: fc.constantFrom(0.1, 0.2, 0.3, 0.5, 1),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("queue" as const),
        consumers: fc.integer({ min: 1, max: 3 }),
        items: fc.integer({ min: 1, max: 5 }),
        maxsize: fc.integer({ min: 0, max: 3 }),
        put: delay,
        get: delay,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("fixed" as const, "round" as const)
        .map((style) => ({ kind: "clock" as const, style })),
    },
  ];
  const part =
    tasks > 0
      ? fc.oneof(
          fc.nat(tasks - 1).map((t) => ({ task: t })),
          anyWorker.map((w) => ({ worker: w })),
        )
      : anyWorker.map((w) => ({ worker: w }));
  choices.push({
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("gather" as const),
      parts: fc.array(part, { minLength: 1, maxLength: 4 }),
      returnExceptions: fc.boolean(),
    }),
  });
  if (tasks > 0) {
    const task = fc.nat(tasks - 1);
    choices.push(
      { weight: 2, arbitrary: task.map((t) => ({ kind: "cancel" as const, task: t })) },
      { weight: 2, arbitrary: task.map((t) => ({ kind: "await" as const, task: t })) },
      { weight: 1, arbitrary: task.map((t) => ({ kind: "status" as const, task: t })) },
    );
  }
  return fc.oneof(...choices);
};

/** Main's actions, built one at a time so that task numbers refer to tasks already spawned. */
const actions = (workers: number, remaining: number, tasks: number): fc.Arbitrary<Action[]> =>
  remaining === 0
    ? fc.constant([])
    : action(workers, tasks).chain((a) =>
        actions(workers, remaining - 1, tasks + (a.kind === "spawn" ? 1 : 0)).map((rest) => [
          a,
          ...rest,
        ]),
      );

/** Random programs: 1–4 workers and 2–8 actions in main. */
export const programArbitrary: fc.Arbitrary<Program> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => worker(i))))
  .chain((workers) =>
    fc
      .integer({ min: 2, max: 8 })
      .chain((n) => actions(workers.length, n, 0))
      .map((acts) => ({ workers, actions: acts })),
  );

const LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Python source text for a program. */
export function printProgram(program: Program): string {
  const out: string[] = ["import asyncio"];
  const usesQueue = program.actions.some((a) => a.kind === "queue");
  program.workers.forEach((w, i) => {
    out.push("", "", ...printWorker(w, i));
  });
  if (usesQueue) out.push("", "", ...QUEUE_HELPERS);
  out.push("", "", "async def main():", "    loop = asyncio.get_running_loop()");
  let spawned = 0;
  let calls = 0;
  const label = (): string => LABELS[calls++ % LABELS.length] ?? "X";
  for (const a of program.actions) {
    switch (a.kind) {
      case "spawn":
        out.push(`    t${spawned} = asyncio.create_task(w${a.worker}("${label()}"))`);
        spawned++;
        break;
      case "sleep":
        out.push(`    await asyncio.sleep(${a.delay})`);
        break;
      case "gather": {
        const parts = a.parts.map((p) =>
          "task" in p ? `t${p.task}` : `w${p.worker}("${label()}")`,
        );
        const kw = a.returnExceptions ? ", return_exceptions=True" : "";
        out.push(
          "    try:",
          `        results = await asyncio.gather(${parts.join(", ")}${kw})`,
          '        print("gather:", results)',
          "    except (ValueError, asyncio.CancelledError) as e:",
          '        print("gather failed:", type(e).__name__, e)',
        );
        break;
      }
      case "cancel":
        out.push(`    print("cancel t${a.task}:", t${a.task}.cancel())`);
        break;
      case "await":
        out.push(
          "    try:",
          `        print("t${a.task} ->", await t${a.task})`,
          "    except ValueError as e:",
          `        print("t${a.task} raised", repr(e))`,
          "    except asyncio.CancelledError:",
          `        print("t${a.task} was cancelled")`,
        );
        break;
      case "waitFor":
        out.push(
          "    try:",
          `        print("wait_for:", await asyncio.wait_for(w${a.worker}("${label()}"), timeout=${a.timeout}))`,
          "    except asyncio.TimeoutError:",
          '        print("wait_for timed out")',
          "    except ValueError as e:",
          '        print("wait_for raised", repr(e))',
        );
        break;
      case "queue":
        out.push(
          `    q = asyncio.Queue(maxsize=${a.maxsize})`,
          `    consumers = [asyncio.create_task(consumer(q, f"c{i}", ${a.get})) for i in range(${a.consumers})]`,
          `    await producer(q, ${a.items}, ${a.put})`,
          "    await q.join()",
          "    for c in consumers:",
          "        c.cancel()",
          '    print("consumers:", await asyncio.gather(*consumers, return_exceptions=True))',
        );
        break;
      case "status":
        out.push(`    print("t${a.task}:", t${a.task}.done(), t${a.task}.cancelled())`);
        break;
      case "clock":
        out.push(
          a.style === "fixed"
            ? '    print(f"t={loop.time():.2f}")'
            : '    print("t =", round(loop.time(), 3))',
        );
        break;
    }
  }
  if (spawned > 0) {
    const all = Array.from({ length: spawned }, (_, i) => `t${i}`).join(", ");
    out.push(`    print("end:", await asyncio.gather(${all}, return_exceptions=True))`);
  }
  out.push(
    '    print(f"finished at {loop.time():.2f}")',
    "",
    "",
    "asyncio.run(main())",
    'print("done")',
    "",
  );
  return out.join("\n");
}

function printWorker(w: Worker, index: number): string[] {
  const body: string[] = ['print(f"{name}: start")'];
  for (const s of w.steps) {
    if (s.kind === "sleep") body.push(`await asyncio.sleep(${s.delay})`);
    else if (s.kind === "print") body.push(`print(f"{name}: ${s.text}")`);
    else body.push(`print(f"{name}: sub ->", await w${s.worker}(name + "${index}"))`);
  }
  if (w.ending === "raise") body.push(`raise ValueError(f"{name} failed")`);
  else if (w.ending === "return-int") body.push(`return len(name) * ${index + 1}`);
  else body.push(`return f"{name}-w${index}"`);
  const lines = [`async def w${index}(name):`];
  if (w.onCancel === "ignore") return [...lines, ...body.map((l) => `    ${l}`)];
  const handler =
    w.onCancel === "reraise"
      ? ['print(f"{name}: cancelled, cleaning up")', "raise"]
      : ['print(f"{name}: cancelled, carrying on")', 'return "swallowed"'];
  return [
    ...lines,
    "    try:",
    ...body.map((l) => `        ${l}`),
    "    except asyncio.CancelledError:",
    ...handler.map((l) => `        ${l}`),
  ];
}

const QUEUE_HELPERS = [
  "async def producer(q, n, delay):",
  "    for i in range(n):",
  "        await q.put(i)",
  '        print(f"put {i} (size {q.qsize()})")',
  "        await asyncio.sleep(delay)",
  "",
  "",
  "async def consumer(q, name, delay):",
  "    while True:",
  "        item = await q.get()",
  '        print(f"{name} got {item}")',
  "        await asyncio.sleep(delay)",
  "        q.task_done()",
];

/** The corpus: `count` programs drawn from `seed` (fast-check's sampling is deterministic). */
export function corpusPrograms(seed: number, count: number): string[] {
  return fc.sample(programArbitrary, { seed, numRuns: count }).map(printProgram);
}

/** The seed and size of the committed corpus (test/fuzz/corpus). */
export const CORPUS = { seed: 20261122, count: 120 } as const;
