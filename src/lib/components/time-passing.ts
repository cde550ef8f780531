/**
 * For a page whose counts are "today's": calls `then` with the time each minute while the page
 * is on screen, and at once when it comes back to the screen (a phone wakes the app the next
 * morning, a laptop lid opens, Back brings the page from the browser's cache). Returns what
 * stops it, for an `$effect` to return.
 */
export function whenTimePasses(then: (now: Date) => void, every = 60_000): () => void {
	const tick = () => {
		if (document.visibilityState === 'visible') then(new Date());
	};
	const timer = setInterval(tick, every);
	document.addEventListener('visibilitychange', tick);
	window.addEventListener('pageshow', tick);
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', tick);
		window.removeEventListener('pageshow', tick);
	};
}
