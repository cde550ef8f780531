/**
 * Cyrillic → Latin for typed answers, so a learner may type a name as it is written in Belarusian
 * or Russian: Бяляцкі → bialiatski, Калеснікава → kalesnikava, Лукашэнка → lukashenka.
 *
 * A small table rather than a general library: we only need Belarusian and Russian letters, and a
 * full Unicode transliterator would cost the offline bundle far more than these few lines. The
 * table follows the Belarusian national romanisation as English-language press writes it
 * (я → ia, ц → ts, ш → sh, х → kh), which is how the documents spell Belarusian names.
 */

const LETTERS: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	// г is h in Belarusian and g in Russian: see `transliterate`.
	г: 'g',
	ґ: 'g',
	д: 'd',
	е: 'e',
	ё: 'io',
	ж: 'zh',
	з: 'z',
	и: 'i',
	і: 'i',
	ї: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ў: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	є: 'ie',
	ю: 'iu',
	я: 'ia',
	ʼ: '',
	'’': ''
};

/** Letters only Belarusian uses (і, ў): a text with one of them reads г as h. */
const BELARUSIAN = /[іў]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Latin spelling of a lowercase text; characters outside the table are kept as they are. */
export function transliterate(text: string): string {
	if (!CYRILLIC.test(text)) return text;
	const h = BELARUSIAN.test(text) ? 'h' : 'g';
	return text.replace(/[\p{L}ʼ’]+/gu, (word) => {
		if (!CYRILLIC.test(word)) return word;
		let out = '';
		for (const ch of word) out += ch === 'г' ? h : (LETTERS[ch] ?? ch);
		return out;
	});
}
