#!/usr/bin/env node
// The `asyncio-ts` command: runs the compiled CLI (built by `npm run build:lib`, or by `npm ci`).
import { main } from "../dist-lib/src/cli/main.js";

const status = await main(process.argv.slice(2));
// Exit at once, like CPython after a deadlock: an abandoned program may still hold timers.
process.exit(status);
