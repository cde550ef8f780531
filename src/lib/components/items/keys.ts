/**
 * Keyboard answers, shared by the pages that show items: letters or digits pick an option
 * (A–D / 1–4), T and F judge a statement. The page listens, so the keys work wherever focus is in
 * the page's content (not in text fields and selects, where they are typing, nor in the
 * navigation).
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

/**
 * True when a key event is not a shortcut: it comes from a field where letters and Enter are
 * typing, from outside the page's main content (a link of the navigation, a notice), or from a
 * control that is not part of the question (a "Submit now" button, a link): there a stray letter
 * must not answer or grade anything (WCAG 2.1.4). Keys act when the focus is in the question or
 * its answer bar (marked `data-keys`), or on no control at all.
 */
export function notForShortcuts(event: KeyboardEvent): boolean {
	const target = event.target as HTMLElement | null;
	if (!target?.closest || target === document.body || target === document.documentElement)
		return false;
	if (target.closest('input, textarea, select') || !target.closest('main')) return true;
	return !!target.closest('a, button, summary, [role="button"]') && !target.closest('[data-keys]');
}
