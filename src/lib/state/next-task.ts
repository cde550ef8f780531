/**
 * Resolves in a later task. What a page starts while it hydrates (opening IndexedDB, fetching a
 * lazy component) waits for this, so hydration stays one task and the work after it others: a
 * slow phone can answer a tap in between, and no single task blocks it for long (Lighthouse's
 * total blocking time counts the part of every task over 50 ms).
 */
export function nextTask(): Promise<void> {
	const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** In the browser, `nextTask()`; while prerendering, nothing to wait for. */
export async function nextTaskInBrowser(): Promise<void> {
	if (!import.meta.env.SSR) await nextTask();
}
