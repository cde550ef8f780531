/**
 * Keyboard answers, shared by the pages that show items: letters or digits pick an option
 * (A–D / 1–4), T and F judge a statement. The page listens, so the keys work wherever focus is
 * (except in text fields and selects, where they are typing).
 */
import type { ItemResponse } from '$lib/items/response';
import type { Item } from '$lib/items/types';

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The options an item is answered from by key, if any. */
export function keyOptions(item: Item): readonly string[] | undefined {
	if (item.kind === 'mcq') return item.options;
	if (item.kind === 'cloze') return item.options;
	return undefined;
}

/** The response a key press gives for an item, or undefined when the key means nothing here. */
export function keyResponse(item: Item, key: string): ItemResponse | undefined {
	const k = key.toUpperCase();
	if (item.kind === 'truefalse') {
		if (k === 'T') return { kind: 'bool', value: true };
		if (k === 'F') return { kind: 'bool', value: false };
		return undefined;
	}
	const options = keyOptions(item);
	if (!options) return undefined;
	const index = /^[1-9]$/.test(k) ? Number(k) - 1 : LETTERS.indexOf(k);
	return index >= 0 && index < options.length ? { kind: 'choice', index } : undefined;
}

/** True when a key event comes from a field where letters and Enter are typing. */
export function isTyping(event: KeyboardEvent): boolean {
	return !!(event.target as HTMLElement | null)?.closest?.('input, textarea, select');
}
