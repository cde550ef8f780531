/**
 * "This device has made the app its own": progress, a teacher's deck in use, or typed answers on.
 * Pages prerender what a new learner sees first (the first study card); src/app.html reads this
 * flag before the first paint and hides that guess, so a returning learner never glimpses a card
 * that is not theirs while their progress loads.
 */
export const PERSONAL_FLAG = 'belarus-study:personal';

export function markPersonal(): void {
	try {
		localStorage.setItem(PERSONAL_FLAG, '1');
	} catch {
		// Storage refused: the guess shows for a moment, then the learner's own card.
	}
}

export function isPersonal(): boolean {
	try {
		return localStorage.getItem(PERSONAL_FLAG) !== null;
	} catch {
		return false;
	}
}
