/** A typed answer as a response; `countAlmost` when the learner said an almost-right one counts. */
import { MAX_TYPED, type ItemResponse } from '$lib/items/response';

export function textResponse(typed: string, countAlmost: boolean): ItemResponse {
	// The field stops at this length; a value set otherwise (a script, an old browser) is cut.
	const value = typed.slice(0, MAX_TYPED);
	return countAlmost ? { kind: 'text', value, countAlmost } : { kind: 'text', value };
}
