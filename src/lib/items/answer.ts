/**
 * Typed answers: is what the learner typed one of the accepted spellings?
 *
 * Tolerant the way a teacher marking by hand is: case, accents and diacritics (ł → l, š → sh),
 * spacing, punctuation, word order of a name, Cyrillic script (Бяляцкі → bialiatski), and the
 * usual transliteration variants of Belarusian and Russian names (c / ts, ia / a after a
 * consonant, y / i / j, doubled letters) are all "correct". A close typo — Damerau–Levenshtein
 * distance 1 for answers of 5 letters or more, 2 from 9 — is "almost": the learner is told to
 * check the spelling and decides. Numbers (counts, years) must be exact: 1991 is not "almost"
 * 1994. Different name forms (Kolesnikova / Kalesnikava, Lukashenko / Lukashenka) are bridged by
 * the fact's `aliases`; without them they are "almost".
 */
import { memoized, normalizeValue } from './normalize';
import { transliterate } from './transliterate';

export type TypedVerdict = 'correct' | 'almost' | 'wrong';

/** Latin letters that do not decompose into a base letter and a mark, or stand for two. */
const SPECIAL: Record<string, string> = {
	č: 'ch',
	š: 'sh',
	ž: 'zh',
	ż: 'zh',
	ł: 'l',
	ß: 'ss',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	đ: 'd',
	ı: 'i'
};

/** Spelling-level form: lowercase Latin letters and digits, words separated by one space. */
export function foldAnswer(text: string): string {
	// Plain ASCII needs no transliteration nor decomposition: same result, faster.
	if (/^[\x20-\x7e]*$/.test(text))
		return text
			.toLowerCase()
			.replace(/['`]/g, '')
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	return transliterate(text.normalize('NFC').toLowerCase())
		.replace(/[čšžżłßøæœđı]/gu, (c) => SPECIAL[c] ?? c)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’ʼ`´]/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Sound-level key of a folded answer (no spaces): transliteration variants of one name share it.
 * Used only to compare a typed answer with the accepted spellings of the same answer.
 */
export function answerKey(text: string): string {
	const compact = foldAnswer(text).replace(/ /g, '');
	if (/^\d+$/.test(compact)) return compact;
	return (
		compact
			.replace(SOUNDS, sound)
			.replace(/(.)\1+/g, '$1')
			// Softness written as i/y between a consonant and a vowel: Bialiatski / Białacki.
			.replace(/(^|[^aeiou])i(?=[aeou])/g, '$1')
	);
}

/**
 * Spellings of one sound, matched left to right in one pass (longest first): щ, ч, ш, ж, х, ц
 * as the transliterations write them. English c is k before a, o, u, l, r and at the end
 * (Coale), elsewhere ts (Bialacki); Belarusian г is h and Russian г is g (Hanna / Ganna); y, j
 * and i are one sound.
 */
const SOUNDS = /shch|tsch|sch|tch|ch|cz|sh|sz|zh|kh|ph|ts|tz|c|x|q|w|g|y|j/g;
const SOUND_OF: Record<string, string> = {
	shch: 'S',
	tsch: 'C',
	sch: 'S',
	tch: 'C',
	ch: 'C',
	cz: 'C',
	sh: 'S',
	sz: 'S',
	zh: 'Z',
	kh: 'h',
	ph: 'f',
	ts: 'T',
	tz: 'T',
	x: 'ks',
	q: 'k',
	w: 'v',
	g: 'h',
	y: 'i',
	j: 'i'
};
const sound = (match: string, at: number, word: string) =>
	match === 'c' ? (/^[aoulr]?$/.test(word[at + 1] ?? '') ? 'k' : 'T') : (SOUND_OF[match] ?? match);

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), giving
 * up early: returns `max + 1` as soon as the distance must exceed `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
			row[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length] ?? max + 1;
}

/** How many typos an answer of this many letters tolerates as "almost". */
const allowedTypos = (letters: number) => (letters >= 9 ? 2 : letters >= 5 ? 1 : 0);

const sortedWords = (folded: string) => folded.split(' ').sort().join(' ');

/**
 * A full name typed with another accepted form of the surname ("Марыя Калеснікава" where the
 * answer is Maria Kolesnikova and "Kalesnikava" is an accepted surname): the given names must
 * match the canonical answer's, the last word one of the single-word spellings.
 */
function fullNameWithAcceptedSurname(folded: string, accept: readonly string[]): boolean {
	const words = folded.split(' ');
	const canonical = foldAnswer(accept[0] ?? '').split(' ');
	if (words.length < 2 || words.length !== canonical.length) return false;
	const same = (a: string, b: string) => a === b || answerKey(a) === answerKey(b);
	if (!words.slice(0, -1).every((w, i) => same(w, canonical[i] ?? ''))) return false;
	const surname = words[words.length - 1] ?? '';
	return accept.some((a) => {
		const f = foldAnswer(a);
		return !f.includes(' ') && same(surname, f);
	});
}

/** A typed answer's verdict; when "almost", the accepted spelling it is one small typo from. */
export interface TypedMatch {
	verdict: TypedVerdict;
	meant?: string;
}

/**
 * Words a learner may put before an answer without changing it, as a teacher reads it: an
 * article ("the USA" for "USA") or a person's title ("President Alexander Lukashenko", "former
 * President Donald Trump": the document's own words). Matched on the folded answer; removed from
 * what was typed only when something is left, and from an accepted spelling only an article.
 */
const ARTICLE = /^(?:the|an?) (?=\S)/;
const TITLE = /^(?:(?:former |ex )?president|mrs?|ms|dr) (?=\S)/;

/**
 * Scores a typed answer against the accepted spellings (the canonical one first). An answer a
 * small typo away from a spelling is "almost", and names the first such spelling. Read as it
 * was typed first, then without a leading article or title.
 */
export function matchTypedWith(input: string, accept: readonly string[]): TypedMatch {
	const folded = foldAnswer(input);
	const direct = matchFolded(folded, accept);
	const bare = folded.replace(ARTICLE, '').replace(TITLE, '');
	if (direct.verdict === 'correct' || bare === folded) return direct;
	const again = matchFolded(bare, accept);
	return again.verdict === 'correct' || direct.verdict === 'wrong' ? again : direct;
}

function matchFolded(folded: string, accept: readonly string[]): TypedMatch {
	if (!folded) return { verdict: 'wrong' };
	const compact = folded.replace(/ /g, '');
	const key = answerKey(folded);
	let meant: string | undefined;
	for (const spelling of accept) {
		const aFolded = foldAnswer(spelling);
		const aCompact = aFolded.replace(/ /g, '');
		if (!aCompact) continue;
		if (
			aCompact === compact ||
			sortedWords(aFolded) === sortedWords(folded) ||
			aFolded.replace(ARTICLE, '') === folded.replace(ARTICLE, '')
		)
			return { verdict: 'correct' };
		if (/^\d+$/.test(aCompact)) continue;
		const aKey = answerKey(spelling);
		if (aKey === key) return { verdict: 'correct' };
		const allowed = allowedTypos(aCompact.length);
		if (
			allowed > 0 &&
			meant === undefined &&
			Math.min(typoDistance(compact, aCompact, allowed), typoDistance(key, aKey, allowed)) <=
				allowed
		)
			meant = spelling;
	}
	if (fullNameWithAcceptedSurname(folded, accept)) return { verdict: 'correct' };
	return meant === undefined ? { verdict: 'wrong' } : { verdict: 'almost', meant };
}

/** The verdict alone of `matchTypedWith`. */
export const matchTyped = (input: string, accept: readonly string[]): TypedVerdict =>
	matchTypedWith(input, accept).verdict;

/** A string's normalized and answer-key forms, remembered for one generation run. */
export interface TextForms {
	norm(text: string): string;
	key(text: string): string;
}

export const textForms = (): TextForms => ({
	norm: memoized(normalizeValue),
	key: memoized(answerKey)
});
