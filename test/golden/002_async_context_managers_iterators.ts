import { StopAsyncIteration, async_def, async_gen, asyncio, contextlib, print, py, repr } from "asyncio-ts/runtime";

// written for the heading: Async Context Managers and Iterators
// seed: 002_28766f3191cc11ba.txt, section: Async Context Managers and Iterators

/** Class-based async context manager. */
class DatabaseConnection {
  declare name: string;

  constructor(name: string) {
    this.name = name;
  }

  async __aenter__() {
    await asyncio.sleep(0.1); // simulate connecting
    print(`connected to ${this.name}`);
    return this;
  }

  async __aexit__(exc_type, exc, tb) {
    await asyncio.sleep(0.1); // simulate closing
    print(`closed ${this.name}`);
    return false; // do not swallow exceptions
  }

  async query(sql) {
    await asyncio.sleep(0.05);
    return `rows for ${repr(sql)}`;
  }
}
async_def.methods(DatabaseConnection, "__aenter__", "__aexit__", "query");

/** Generator-based async context manager. */
const timer = contextlib.asynccontextmanager(async_gen(async function* timer(label: string) {
  print(`[${label}] start`);
  try {
    yield;
  } finally {
    print(`[${label}] end`);
  }
}));

/** Async iterator: fetches one page per step. */
class Paginator {
  declare pages: number;
  declare current: number;

  constructor(pages: number) {
    this.pages = pages;
    this.current = 0;
  }

  __aiter__() {
    return this;
  }

  async __anext__() {
    if (this.current >= this.pages) {
      throw new StopAsyncIteration();
    }
    await asyncio.sleep(0.05); // simulate fetching a page
    this.current += 1;
    return `page ${this.current}`;
  }
}
async_def.methods(Paginator, "__anext__");

const main = async_def(async function main() {
  const cm = timer("db");
  await py.aenter(cm);
  let thrown = false;
  try {
    const dbCm = new DatabaseConnection("users.db");
    const db = await py.aenter(dbCm);
    let thrown2 = false;
    try {
      print(await db.query("SELECT * FROM users"));
    } catch (e) {
      thrown2 = true;
      if (!(await py.aexit(dbCm, e))) throw e;
    } finally {
      if (!thrown2) await py.aexit(dbCm, null);
    }
  } catch (e) {
    thrown = true;
    if (!(await py.aexit(cm, e))) throw e;
  } finally {
    if (!thrown) await py.aexit(cm, null);
  }

  for await (const page of py.aiter(new Paginator(3), true)) {
    print(page);
  }
});

await asyncio.run(main());
