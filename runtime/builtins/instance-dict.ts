// `obj.__dict__`: the instance's attributes as a dict. JS objects keep attributes as properties,
// so the dict is made from them and writes through to them (`self.__dict__.update(kw)`).
import { PyDict } from "./dict.js";

/** A dict of `obj`'s attributes whose writes and deletions go to `obj` as well. */
class InstanceDict extends PyDict<string, unknown> {
  constructor(private readonly owner: Record<string, unknown>) {
    super();
    for (const key of Object.keys(owner)) super.set(key, owner[key]);
  }
  override set(key: string, value: unknown): this {
    // Map's constructor calls set before `owner` is assigned.
    if (this.owner !== undefined) this.owner[key] = value;
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    delete this.owner[key];
    return super.delete(key);
  }
  override clear(): void {
    for (const key of this.keys()) delete this.owner[key];
    super.clear();
  }
}

/** Python's `obj.__dict__` for an instance. */
export function instanceDict(obj: unknown): PyDict<string, unknown> {
  return new InstanceDict(obj as Record<string, unknown>);
}
