/**
 * A part of the app that a page waits for (the learner's progress, the deck in use) can fail to
 * load: a file of the app that never arrived, on a flaky network before the app was installed for
 * offline use. The failure is then said once, for the whole app (StorageNotice shows it), rather
 * than a page that says "Loading…" for ever or does nothing when tapped.
 */
export const loadFailure = $state({ failed: false });

/** `promise`; when it fails, the failure is reported and the result never settles. */
export function reported<T>(promise: Promise<T>): Promise<T> {
	return promise.catch((error: unknown) => {
		console.error(error);
		loadFailure.failed = true;
		return new Promise<T>(() => {});
	});
}
