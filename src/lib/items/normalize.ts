/** Compares values the way a reader would: case, accents, spacing and punctuation aside. */
export function normalizeValue(value: string): string {
	// Plain ASCII (nearly every text here) needs no Unicode decomposition: same result, faster.
	if (/^[\x20-\x7e]*$/.test(value))
		return value
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * A string function with its results remembered: generation asks for the same normalized forms
 * many times. Made per generation run, so nothing outlives it.
 */
export function memoized<T>(fn: (text: string) => T): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		let result = cache.get(text);
		if (result === undefined && !cache.has(text)) {
			result = fn(text);
			cache.set(text, result);
		}
		return result as T;
	};
}
