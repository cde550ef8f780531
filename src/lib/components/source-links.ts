/**
 * The links of a page to the sentences of the sources ("Read it in …"): which one has the focus
 * when the learner follows it, and the focus put back on it when they come Back (a snapshot).
 */
const links = () => [...document.querySelectorAll<HTMLElement>('main a[href^="/sources/"]')];

/** The index of the focused source link, or -1. */
export const focusedSourceLink = () => links().indexOf(document.activeElement as HTMLElement);

/**
 * Puts the focus back on the source link at `index`, without scrolling, once SvelteKit's own
 * focus reset after the navigation is done (an address with a #fragment defers it by a task).
 */
export const focusSourceLink = (index: number) =>
	setTimeout(() => links()[index]?.focus({ preventScroll: true }));
