// The module emitted programs import as "asyncio-ts/runtime": Python's builtins, asyncio and stdlib.
export * from "./asyncio/index.js";
export * from "./builtins/index.js";
export * from "./program.js";
export * from "./stdlib/index.js";

import { registerRuntimeFunctions } from "./builtins/call.js";
import * as runtime from "./index.js";

// Calls through *args/**kwargs check the program's functions for missing arguments, not these.
registerRuntimeFunctions(runtime);
