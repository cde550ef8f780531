/** "Type your answer": remembered in this browser (a preference, not progress). */
const KEY = 'study:typing';

export function loadTyping(): boolean {
	try {
		return localStorage.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

export function saveTyping(on: boolean) {
	try {
		localStorage.setItem(KEY, on ? '1' : '0');
	} catch {
		// Not remembered; it still applies in this tab.
	}
}
