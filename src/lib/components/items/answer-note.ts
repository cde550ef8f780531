/**
 * What an option says once answered, besides its colour: in words for a screen reader (`said`,
 * added to its name), and a mark for the eye (`shown`), so that which one was chosen and which
 * one was right never rests on colour alone.
 */
export function answerNote(
	answered: boolean,
	right: boolean,
	chosen: boolean
): { said: string; shown: string } {
	if (!answered || (!right && !chosen)) return { said: '', shown: '' };
	if (!right) return { said: ' (your answer, wrong)', shown: '✗ Your answer' };
	return chosen
		? { said: ' (your answer, right)', shown: '✓ Your answer' }
		: { said: ' (right answer)', shown: '✓ Right answer' };
}
