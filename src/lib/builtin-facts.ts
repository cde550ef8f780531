/**
 * The built-in fact file, used as it is: a unit test (builtin-deck.test.ts) proves it passes
 * `parseFactFile` with its source texts and that parsing changes nothing, so re-validating it on
 * every start would only cost phones time. The server imports it; the browser fetches the
 * same file as JSON (state/builtin-deck.ts).
 */
import raw from '../content/facts.json';
import type { FactFile } from './facts/schema';

export const builtinFactFile = raw as unknown as FactFile;
