/** "Type your answer": remembered in this browser (a preference, not progress). */
import { markPersonal } from '$lib/state/personal';

const KEY = 'study:typing';

export function loadTyping(): boolean {
	try {
		return localStorage.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

export function saveTyping(on: boolean) {
	if (on) markPersonal(); // the first card then differs from the prerendered one
	try {
		localStorage.setItem(KEY, on ? '1' : '0');
	} catch {
		// Not remembered; it still applies in this tab.
	}
}
