// The Python stdlib modules emitted code imports, each as a namespace object with Python's names.
import * as collections from "./collections.js";
import * as contextlib from "./contextlib.js";
import * as dataclasses from "./dataclasses.js";
import * as datetime from "./datetime.js";
import * as functools from "./functools.js";
import * as inspect from "./inspect.js";
import * as itertools from "./itertools.js";
import * as json from "./json.js";
import * as math from "./math.js";
import * as random from "./random.js";
import * as sys from "./sys.js";
import * as time from "./time.js";

export {
  collections,
  contextlib,
  dataclasses,
  datetime,
  functools,
  inspect,
  itertools,
  json,
  math,
  random,
  sys,
  time,
};
