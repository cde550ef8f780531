/**
 * For the heading of what a learner's action brought up (a score, the end of today's cards, a
 * new question): it takes the focus when it appears, so keyboard and screen-reader users are
 * taken to it, as sighted users are by seeing it. The element needs tabindex="-1".
 */
export function focusOnMount(node: HTMLElement) {
	node.focus();
}

/** Focuses the element on mount when `on` (a page reached by an action, not a first load). */
export function focusWhen(node: HTMLElement, on: boolean) {
	if (on) node.focus();
}
