/**
 * The built-in fact file, used as it is: a unit test (builtin-deck.test.ts) proves it passes
 * `parseFactFile` with its source texts and that parsing changes nothing, so re-validating it on
 * every start would only cost phones time. Pages that need facts but no items (the sources)
 * import this alone, without the item generators.
 */
import raw from '../content/facts.json';
import type { Fact, FactFile } from './facts/schema';

export const builtinFactFile = raw as unknown as FactFile;

const byId = new Map(builtinFactFile.facts.map((f) => [f.id, f]));
export const builtinFact = (id: string): Fact | undefined => byId.get(id);
