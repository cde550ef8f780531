/**
 * A quiz's link pasted by its teacher (on /teach/results, to collect results on a device that
 * does not have the quiz): read, or refused with words for a teacher (LINK_MESSAGES speak to a
 * student). Pure: the deck it is checked against is an argument.
 */
import {
	cleanFragment,
	decodeAssignment,
	fragmentOf,
	type Assignment,
	type DeckIdentity,
	type LinkProblem
} from './assignment';

const TOLD: Partial<Record<LinkProblem, string>> = {
	empty: 'Paste the whole link of the quiz (everything after the # sign matters).',
	'too-long': 'This is far too long to be a quiz link from this app.',
	'newer-version':
		'This quiz was made with a newer version of Belarus Study. Reload the app while online to update it, then paste the link again.',
	damaged: 'This link is damaged or cut short, perhaps copied only in part. Copy it again.',
	'too-large': 'This link unpacks to far more data than any quiz, so it was not read.',
	invalid: 'This link does not hold a valid quiz; it may have been edited by hand.'
};
const NOT_A_LINK =
	'This is not a quiz link from Belarus Study, or its beginning was lost when it was copied.';

/**
 * The quiz a pasted link (words around it allowed) holds, with the fragment to keep, if its
 * results can be collected here: the same deck, and every question one this app has (another
 * version of the questions is allowed: the results page says its scores may be off).
 */
export async function readTeacherLink(
	pasted: string,
	deck: DeckIdentity
): Promise<
	{ ok: true; assignment: Assignment; fragment: string } | { ok: false; message: string }
> {
	const fragment = cleanFragment(fragmentOf(pasted));
	const decoded = await decodeAssignment(fragment);
	if (!decoded.ok) return { ok: false, message: TOLD[decoded.problem] ?? NOT_A_LINK };
	if (decoded.value.deck.id !== deck.id)
		return {
			ok: false,
			message: 'This quiz is for a different set of questions than this app has.'
		};
	if (!decoded.value.itemIds.every(deck.has))
		return {
			ok: false,
			message:
				'This quiz has questions this version of the app does not have. If the app offers an update, reload it and paste the link again.'
		};
	return { ok: true, assignment: decoded.value, fragment };
}
