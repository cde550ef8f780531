/** The source documents' full text, bundled with the pages that show them (not at start-up). */
const texts = import.meta.glob('../content/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function documentText(file: string): string | undefined {
	return texts[`../content/${file}`];
}
