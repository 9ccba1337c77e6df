// Python's `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)`, writing through the
// output sink. Mirrors builtin_print in Python/bltinmodule.c.

import { AttributeError, TypeError } from "./exceptions.js";
import { splitKwargs } from "./kwargs.js";
import { writeStdout } from "./output.js";
import { typeName } from "./pytype.js";
import { markBuiltinFunction, toStr } from "./repr.js";

function textArg(name: string, value: unknown, dflt: string): string {
  if (value === undefined || value === null) return dflt;
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be None or a string, not ${typeName(value)}`);
  }
  return value;
}

/** Python's `print`; keyword arguments come as a trailing plain object (`{ sep, end, file, flush }`). */
export const print = markBuiltinFunction("print", function print(...args: unknown[]): null {
  const [objects, kw] = splitKwargs(args);
  const sep = textArg("sep", kw.sep, " ");
  const end = textArg("end", kw.end, "\n");
  const text = objects.map(toStr).join(sep) + end;
  const file = kw.file as
    | { write?: (s: string) => unknown; flush?: () => unknown }
    | null
    | undefined;
  if (file === undefined || file === null) {
    writeStdout(text);
  } else {
    if (typeof file.write !== "function") {
      throw new AttributeError(`'${typeName(file)}' object has no attribute 'write'`);
    }
    file.write(text);
    if (kw.flush && typeof file.flush === "function") file.flush();
  }
  return null;
});
