/** A typed answer as a response; `countAlmost` when the learner said an almost-right one counts. */
import type { ItemResponse } from '$lib/items/response';

export function textResponse(value: string, countAlmost: boolean): ItemResponse {
	return countAlmost ? { kind: 'text', value, countAlmost } : { kind: 'text', value };
}
