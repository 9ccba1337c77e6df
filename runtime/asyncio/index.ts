// The `asyncio` namespace object emitted code imports, plus `async_def` / `async_gen`.
import * as asyncio from "./namespace.js";

export { async_def } from "./coroutine.js";
export { asyncio };
