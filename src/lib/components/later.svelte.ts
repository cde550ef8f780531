/**
 * A component a page needs only after its first paint (an end screen, the questions after Start):
 * fetched in a later task, so the page's first load does not carry it. `component` is there once
 * it has arrived; `missing` says it could not be fetched (the network dropped before the app was
 * installed), so the page can say so rather than wait for ever.
 */
import { nextTask } from '../state/next-task';

class Later<C> {
	component = $state.raw<C>();
	missing = $state(false);
}

export function later<C>(load: () => Promise<{ default: C }>): Later<C> {
	const part = new Later<C>();
	// The prerenderer renders it as not there yet, as the browser does at first (nothing to repair).
	if (import.meta.env.SSR) return part;
	nextTask()
		.then(load)
		.then(
			(m) => (part.component = m.default),
			() => (part.missing = true)
		);
	return part;
}
