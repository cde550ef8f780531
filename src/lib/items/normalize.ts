/** Compares values the way a reader would: case, accents, spacing and punctuation aside. */
export function normalizeValue(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
