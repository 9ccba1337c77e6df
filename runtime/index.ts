// The module emitted programs import as "asyncio-ts/runtime": Python's builtins, asyncio and stdlib.
export * from "./asyncio/index.js";
export * from "./builtins/index.js";
export * from "./program.js";
export * from "./stdlib/index.js";
