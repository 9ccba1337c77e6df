// A fast-check generator of small random asyncio programs (task graphs with create_task, gather,
// tied sleeps, wait_for and timeout() deadlines, cancellations, Queue producers/consumers, wait,
// as_completed, TaskGroup, shield, Event, Semaphore, futures) for differential runs against
// CPython 3.11 (DESIGN.md §7, layer 4).

import fc from "fast-check";

/** Delays from a small set, so that timers often tie. */
const DELAYS = [0, 0.1, 0.2, 0.25, 0.3, 0.5, 1] as const;

/** One line of a worker coroutine's body. */
export type Step =
  | { kind: "sleep"; delay: number }
  | { kind: "print"; text: string }
  | { kind: "call"; worker: number }
  | { kind: "whoami" };

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
  /** `forgotten`: left out of main's final gather (a failure is then never retrieved). */
  | { kind: "spawn"; worker: number; forgotten: boolean }
  | { kind: "cancelGather"; workers: number[]; delay: number }
  | { kind: "sleep"; delay: number }
  | { kind: "gather"; parts: ({ task: number } | { worker: number })[]; returnExceptions: boolean }
  | { kind: "cancel"; task: number }
  | { kind: "await"; task: number }
  | { kind: "waitFor"; worker: number; timeout: number }
  | { kind: "queue"; consumers: number; items: number; maxsize: number; put: number; get: number }
  | { kind: "status"; task: number }
  | { kind: "clock"; style: "fixed" | "round" }
  | {
      kind: "wait";
      tasks: number[];
      timeout: number | null;
      when: "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED";
    }
  | { kind: "asCompleted"; workers: number[]; timeout: number | null }
  | { kind: "taskGroup"; workers: number[] }
  | { kind: "timeoutBlock"; worker: number; timeout: number }
  | { kind: "shield"; task: number; timeout: number }
  | { kind: "cancelWithMessage"; task: number }
  | { kind: "event"; delay: number }
  | { kind: "semaphore"; limit: number; count: number; delay: number }
  | { kind: "future"; delay: number; fails: boolean }
  | { kind: "allTasks" }
  | { kind: "taskRepr"; task: number }
  | { kind: "callbacks"; delays: number[] }
  | { kind: "asyncGen"; count: number; delay: number; stopAt: number | null }
  | { kind: "lock"; count: number; delay: number }
  | { kind: "badCallback"; delay: number }
  | { kind: "nestedGather"; outer: number[]; inner: number[] }
  | { kind: "sleepResult"; delay: number }
  | { kind: "queueNowait"; maxsize: number; puts: number }
  | { kind: "crash"; task: number };

/** A whole program: workers, then main's actions. */
export interface Program {
  workers: Worker[];
  actions: Action[];
  /** A `call_later` callback that raises (a few programs in a hundred). */
  failingCallback: number | null;
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
    { weight: 1, arbitrary: fc.constant({ kind: "whoami" as const }) },
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
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant("spawn" as const),
        worker: anyWorker,
        forgotten: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("cancelGather" as const),
        workers: fc.array(anyWorker, { minLength: 1, maxLength: 3 }),
        delay,
      }),
    },
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
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("asCompleted" as const),
        workers: fc.array(anyWorker, { minLength: 1, maxLength: 3 }),
        timeout: fc.constantFrom(null, null, 0.2, 0.5),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("taskGroup" as const),
        workers: fc.array(anyWorker, { minLength: 1, maxLength: 3 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("timeoutBlock" as const),
        worker: anyWorker,
        timeout: fc.constantFrom(0.1, 0.25, 0.5),
      }),
    },
    { weight: 1, arbitrary: delay.map((d) => ({ kind: "event" as const, delay: d })) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("semaphore" as const),
        limit: fc.integer({ min: 1, max: 3 }),
        count: fc.integer({ min: 1, max: 4 }),
        delay,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("future" as const), delay, fails: fc.boolean() }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "allTasks" as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("callbacks" as const),
        delays: fc.array(fc.constantFrom(-1, ...DELAYS), { minLength: 1, maxLength: 4 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("asyncGen" as const),
        count: fc.integer({ min: 0, max: 4 }),
        delay,
        stopAt: fc.constantFrom(null, 1, 2),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("lock" as const),
        count: fc.integer({ min: 1, max: 3 }),
        delay,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("nestedGather" as const),
        outer: fc.array(anyWorker, { minLength: 1, maxLength: 2 }),
        inner: fc.array(anyWorker, { minLength: 1, maxLength: 2 }),
      }),
    },
    { weight: 1, arbitrary: delay.map((d) => ({ kind: "sleepResult" as const, delay: d })) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("queueNowait" as const),
        maxsize: fc.integer({ min: 1, max: 3 }),
        puts: fc.integer({ min: 1, max: 4 }),
      }),
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
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant("wait" as const),
          tasks: fc.uniqueArray(task, { minLength: 1, maxLength: 3 }),
          timeout: fc.constantFrom(null, 0.1, 0.3),
          when: fc.constantFrom(
            "FIRST_COMPLETED" as const,
            "FIRST_EXCEPTION" as const,
            "ALL_COMPLETED" as const,
          ),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant("shield" as const),
          task,
          timeout: fc.constantFrom(0.1, 0.3),
        }),
      },
      { weight: 1, arbitrary: task.map((t) => ({ kind: "cancelWithMessage" as const, task: t })) },
      { weight: 1, arbitrary: task.map((t) => ({ kind: "taskRepr" as const, task: t })) },
      { weight: 1, arbitrary: task.map((t) => ({ kind: "crash" as const, task: t })) },
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

/** Random programs: 1–4 workers and 2–8 actions in main (then, rarely, a failing callback). */
export const programArbitrary: fc.Arbitrary<Program> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => worker(i))))
  .chain((workers) =>
    fc
      .integer({ min: 2, max: 8 })
      .chain((n) => actions(workers.length, n, 0))
      .chain((acts) =>
        fc
          .integer({ min: 0, max: 29 })
          // fast-check favours the bounds; a middle value keeps this rare.
          .chain((n) => (n === 17 ? delay : fc.constant(null)))
          .map((failingCallback) => ({ workers, actions: acts, failingCallback })),
      ),
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
  if (program.actions.some((a) => a.kind === "semaphore")) out.push("", "", ...SEMAPHORE_HELPER);
  if (program.actions.some((a) => a.kind === "asyncGen")) out.push("", "", ...TICKS_HELPER);
  if (program.actions.some((a) => a.kind === "lock")) out.push("", "", ...LOCK_HELPER);
  out.push("", "", "async def main():", "    loop = asyncio.get_running_loop()");
  let spawned = 0;
  let calls = 0;
  const label = (): string => LABELS[calls++ % LABELS.length] ?? "X";
  for (const a of program.actions) {
    switch (a.kind) {
      case "spawn":
        out.push(
          `    t${spawned} = asyncio.create_task(w${a.worker}("${label()}"), name="t${spawned}")`,
        );
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
          "    try:",
          "        q.get_nowait()",
          "    except asyncio.QueueEmpty:",
          '        print("queue empty")',
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
      default:
        out.push(...printMore(a, label));
    }
  }
  if (program.failingCallback !== null) {
    out.push(...printMore({ kind: "badCallback", delay: program.failingCallback }, label));
  }
  const remembered = program.actions
    .filter((a) => a.kind === "spawn")
    .map((a, i) => (a.forgotten ? "" : `t${i}`))
    .filter((t) => t !== "");
  if (remembered.length > 0) {
    out.push(
      `    print("end:", await asyncio.gather(${remembered.join(", ")}, return_exceptions=True))`,
    );
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

/** The actions beyond the basic task graph, each a self-contained block of `main()`. */
function printMore(a: Action, label: () => string): string[] {
  const block = (lines: string[]): string[] => lines.map((l) => `    ${l}`);
  switch (a.kind) {
    case "wait": {
      const tasks = a.tasks.map((t) => `t${t}`).join(", ");
      return block([
        `done, pending = await asyncio.wait([${tasks}], timeout=${a.timeout ?? "None"}, return_when=asyncio.${a.when})`,
        'print("wait:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))',
      ]);
    }
    case "asCompleted": {
      const calls = a.workers.map((w) => `w${w}("${label()}")`).join(", ");
      return block([
        "try:",
        `    for next_done in asyncio.as_completed([${calls}], timeout=${a.timeout ?? "None"}):`,
        "        try:",
        '            print("as_completed:", await next_done)',
        "        except ValueError as e:",
        '            print("as_completed raised", e)',
        "except asyncio.TimeoutError:",
        '    print("as_completed timed out")',
      ]);
    }
    case "taskGroup":
      return block([
        "try:",
        "    async with asyncio.TaskGroup() as tg:",
        ...a.workers.map((w, i) => `        g${i} = tg.create_task(w${w}("${label()}"))`),
        `    print("group:", [${a.workers.map((_, i) => `g${i}.result()`).join(", ")}])`,
        "except ExceptionGroup as eg:",
        '    print("group failed:", repr(eg))',
      ]);
    case "timeoutBlock":
      return block([
        "try:",
        `    async with asyncio.timeout(${a.timeout}):`,
        `        print("in time:", await w${a.worker}("${label()}"))`,
        "except TimeoutError:",
        '    print("timeout() expired")',
        "except ValueError as e:",
        '    print("timeout() body raised", e)',
      ]);
    case "shield":
      return block([
        "try:",
        `    print("shielded:", await asyncio.wait_for(asyncio.shield(t${a.task}), timeout=${a.timeout}))`,
        "except asyncio.TimeoutError:",
        `    print("shield timed out; t${a.task} done:", t${a.task}.done())`,
        "except (ValueError, asyncio.CancelledError) as e:",
        '    print("shielded task failed:", type(e).__name__)',
      ]);
    case "cancelWithMessage":
      return block([
        `t${a.task}.cancel("stop t${a.task}")`,
        "try:",
        `    await t${a.task}`,
        "except asyncio.CancelledError as e:",
        `    print("t${a.task} cancelled with", e.args)`,
        "except ValueError as e:",
        `    print("t${a.task} had raised", e)`,
        "else:",
        `    print("t${a.task} finished anyway:", t${a.task}.result())`,
      ]);
    case "event":
      return block([
        "ev = asyncio.Event()",
        `loop.call_later(${a.delay}, ev.set)`,
        'print("event before:", ev.is_set())',
        "await ev.wait()",
        'print("event after:", ev.is_set(), f"{loop.time():.2f}")',
      ]);
    case "semaphore":
      return block([
        `sem = asyncio.Semaphore(${a.limit})`,
        `await asyncio.gather(*(guarded(sem, f"s{i}", ${a.delay}) for i in range(${a.count})))`,
      ]);
    case "future":
      return block([
        "fut = loop.create_future()",
        a.fails
          ? `loop.call_later(${a.delay}, fut.set_exception, ValueError("future failed"))`
          : `loop.call_later(${a.delay}, fut.set_result, "future value")`,
        "try:",
        '    print("future:", await fut)',
        "except ValueError as e:",
        '    print("future raised:", e)',
      ]);
    case "cancelGather": {
      const calls = a.workers.map((w) => `w${w}("${label()}")`).join(", ");
      return block([
        `together = asyncio.gather(${calls})`,
        `await asyncio.sleep(${a.delay})`,
        'print("cancel gather:", together.cancel())',
        "try:",
        '    print("gathered anyway:", await together)',
        "except asyncio.CancelledError:",
        '    print("gather was cancelled")',
        "except ValueError as e:",
        '    print("gather raised", e)',
      ]);
    }
    case "taskRepr":
      return block([`print("repr:", t${a.task})`]);
    case "callbacks":
      // -1 stands for call_soon; the rest are call_later delays (ties run in scheduling order).
      return block([
        ...a.delays.map((d, i) =>
          d < 0
            ? `loop.call_soon(print, "callback ${i} (soon)")`
            : `loop.call_later(${d}, print, "callback ${i} after ${d}")`,
        ),
        `await asyncio.sleep(${Math.max(0, ...a.delays)})`,
        'print("callbacks scheduled", f"{loop.time():.2f}")',
      ]);
    case "asyncGen":
      return block([
        `async for value in ticks(${a.count}, ${a.delay}):`,
        '    print("tick", value)',
        ...(a.stopAt === null ? [] : [`    if value >= ${a.stopAt}:`, "        break"]),
      ]);
    case "lock":
      return block([
        "lock = asyncio.Lock()",
        `await asyncio.gather(*(locked(lock, f"l{i}", ${a.delay}) for i in range(${a.count})))`,
      ]);
    case "badCallback":
      return block([
        `loop.call_later(${a.delay}, lambda: 1 / 0)`,
        `await asyncio.sleep(${a.delay})`,
        "await asyncio.sleep(0)",
        'print("after the failing callback")',
      ]);
    case "nestedGather": {
      const outer = a.outer.map((w) => `w${w}("${label()}")`);
      const inner = a.inner.map((w) => `w${w}("${label()}")`);
      return block([
        "try:",
        `    print("nested:", await asyncio.gather(${[...outer, `asyncio.gather(${inner.join(", ")})`].join(", ")}))`,
        "except ValueError as e:",
        '    print("nested gather raised", e)',
      ]);
    }
    case "sleepResult":
      return block([
        `print("sleep result:", await asyncio.sleep(${a.delay}, result="${label()}"))`,
      ]);
    case "queueNowait":
      return block([
        `nq = asyncio.Queue(maxsize=${a.maxsize})`,
        "try:",
        `    for i in range(${a.puts}):`,
        "        nq.put_nowait(i)",
        '        print("put_nowait", i, nq.full())',
        "except asyncio.QueueFull:",
        '    print("queue full at", nq.qsize())',
        "while not nq.empty():",
        '    print("get_nowait", nq.get_nowait())',
      ]);
    case "allTasks":
      return block(['print("tasks alive:", len(asyncio.all_tasks()))']);
    case "crash":
      return block([`print("awaiting t${a.task} unguarded")`, `await t${a.task}`]);
    default:
      return [];
  }
}

function printWorker(w: Worker, index: number): string[] {
  const body: string[] = ['print(f"{name}: start")'];
  for (const s of w.steps) {
    if (s.kind === "sleep") body.push(`await asyncio.sleep(${s.delay})`);
    else if (s.kind === "print") body.push(`print(f"{name}: ${s.text}")`);
    else if (s.kind === "whoami")
      body.push('print(f"{name}: running in", asyncio.current_task().get_name())');
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

const TICKS_HELPER = [
  "async def ticks(n, delay):",
  "    try:",
  "        for i in range(n):",
  "            await asyncio.sleep(delay)",
  "            yield i",
  "    finally:",
  '        print("ticks closed")',
];

const LOCK_HELPER = [
  "async def locked(lock, name, delay):",
  "    async with lock:",
  '        print(f"{name} holds the lock")',
  "        await asyncio.sleep(delay)",
  '    print(f"{name} released; locked now: {lock.locked()}")',
];

const SEMAPHORE_HELPER = [
  "async def guarded(sem, name, delay):",
  "    async with sem:",
  '        print(f"{name} in (locked: {sem.locked()})")',
  "        await asyncio.sleep(delay)",
  '        print(f"{name} out")',
];

/** The corpus: `count` programs drawn from `seed` (fast-check's sampling is deterministic). */
export function corpusPrograms(seed: number, count: number): string[] {
  return fc.sample(programArbitrary, { seed, numRuns: count }).map(printProgram);
}

/** The seed and size of the committed corpus (test/fuzz/corpus). */
export const CORPUS = { seed: 20261122, count: 200 } as const;
