/**
 * Rules of this app for a deck of its own, beyond the fact-file format: the built-in deck's id is
 * taken, and text is plain text (no HTML markup, which the app would show as text anyway). A fact
 * file imported and a deck restored from a backup both pass them.
 */
import type { FactFileProblem } from './parse';
import type { FactFile } from './schema';

export function appRuleProblems(file: FactFile, reservedId: string): FactFileProblem[] {
	const problems: FactFileProblem[] = [];
	if (file.deck.id === reservedId)
		problems.push({
			path: 'deck.id',
			message: `"${reservedId}" is the built-in deck's id; give your deck an id of its own`
		});
	const walk = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			// A tag is closed: "fewer than <sixty" or "a<b" is text, not markup.
			const tag = /<[a-z!/?][^<>]{0,40}>/i.exec(value);
			if (tag)
				problems.push({
					path,
					message: `contains HTML markup ("${tag[0]}"); a fact file holds plain text only`
				});
		} else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
		else if (typeof value === 'object' && value !== null)
			for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
	};
	walk(file, '');
	return problems;
}
