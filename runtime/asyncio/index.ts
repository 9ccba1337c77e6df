// The `asyncio` namespace object emitted code imports, plus `async_def` / `async_gen`.
import * as asyncio from "./namespace.js";

export { AsyncGenerator, async_gen } from "./asyncgen.js";
export { async_def, Coroutine } from "./coroutine.js";
export { asyncio };
