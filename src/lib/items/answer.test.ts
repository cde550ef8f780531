import { describe, expect, it } from 'vitest';
import { answerKey, foldAnswer, matchTyped, matchTypedWith, typoDistance } from './answer';
import { transliterate } from './transliterate';

/** Accepted spellings as the fact file gives them: the value, then its aliases. */
const BIALIATSKI = ['Ales Bialiatski', 'Bialiatski', 'Bialiacki', 'Białacki', 'Беляцкий'];
const KOLESNIKOVA = ['Maria Kolesnikova', 'Kolesnikova', 'Kalesnikava'];
const LUKASHENKO = ['Alexander Lukashenko', 'Lukashenko', 'Lukašenka'];

describe('transliterate', () => {
	it('spells Belarusian and Russian names the way the documents do', () => {
		expect(transliterate('бяляцкі')).toBe('bialiatski');
		expect(transliterate('калеснікава')).toBe('kalesnikava');
		expect(transliterate('лукашэнка')).toBe('lukashenka');
		expect(transliterate('беляцкий')).toBe('beliatskii');
	});

	it('reads г as h in Belarusian words and as g in Russian ones', () => {
		expect(transliterate('ганна і')).toBe('hanna i');
		expect(transliterate('гродно')).toBe('grodno');
	});

	it('leaves Latin text alone', () => {
		expect(transliterate('potash 123')).toBe('potash 123');
	});
});

describe('foldAnswer', () => {
	it('drops case, accents, punctuation and extra spacing', () => {
		expect(foldAnswer('  Aleś   BIAŁACKI!! ')).toBe('ales bialacki');
		expect(foldAnswer('Lukašenka')).toBe('lukashenka');
		expect(foldAnswer('Čapaj-Žukaŭ')).toBe('chapaj zhukau');
		expect(foldAnswer("O'Brien")).toBe('obrien');
	});
});

describe('typoDistance', () => {
	it('counts an adjacent transposition as one edit', () => {
		expect(typoDistance('coale', 'caole', 2)).toBe(1);
		expect(typoDistance('kolesnikova', 'kolesnikova', 2)).toBe(0);
		expect(typoDistance('abc', 'xyz', 1)).toBe(2);
	});
});

describe('matchTyped with the fact file aliases', () => {
	it.each([
		['Bialiatski', BIALIATSKI],
		['Bialiacki', BIALIATSKI],
		['Białacki', BIALIATSKI],
		['Бяляцкі', BIALIATSKI],
		['Беляцкий', BIALIATSKI],
		['ales bialiatski', BIALIATSKI],
		['Kolesnikova', KOLESNIKOVA],
		['Kalesnikava', KOLESNIKOVA],
		['Калеснікава', KOLESNIKOVA],
		['Марыя Калеснікава', KOLESNIKOVA],
		['Lukashenko', LUKASHENKO],
		['Lukašenka', LUKASHENKO],
		['Лукашэнка', LUKASHENKO],
		['Lukashenka', LUKASHENKO]
	])('accepts %s', (input, accept) => {
		expect(matchTyped(input, accept)).toBe('correct');
	});
});

describe('matchTyped without aliases', () => {
	it('bridges transliteration alone', () => {
		for (const input of ['Bialiatski', 'Bialiacki', 'Białacki', 'Бяляцкі', 'BIALIATSKI'])
			expect(matchTyped(input, ['Bialiatski']), input).toBe('correct');
		expect(matchTyped('Алесь Бяляцкі', ['Ales Bialiatski'])).toBe('correct');
		expect(matchTyped('Калеснікава', ['Kalesnikava'])).toBe('correct');
		expect(matchTyped('Лукашэнка', ['Lukašenka'])).toBe('correct');
		expect(matchTyped('Lukashenka', ['Lukašenka'])).toBe('correct');
		expect(matchTyped('Беляцкий', ['Belyatsky'])).toBe('correct');
	});

	it('calls a different name form "almost", never silently correct', () => {
		// The Belarusian and Russian forms differ in vowels: that takes an alias.
		expect(matchTyped('Kalesnikava', ['Kolesnikova'])).toBe('almost');
		expect(matchTyped('Калеснікава', ['Kolesnikova'])).toBe('almost');
		expect(matchTyped('Lukashenka', ['Lukashenko'])).toBe('almost');
		expect(matchTyped('Лукашэнка', ['Lukashenko'])).toBe('almost');
		expect(matchTyped('Беляцкий', ['Bialiatski'])).toBe('almost');
	});

	it('names the accepted spelling an almost-right answer is close to, so the learner can judge', () => {
		expect(matchTypedWith('Kalesnikava', ['Kolesnikova'])).toEqual({
			verdict: 'almost',
			meant: 'Kolesnikova'
		});
		// The first close spelling, not the canonical one when that is far off.
		expect(matchTypedWith('Bialiatsko', ['Ales Bialiatski', 'Bialiatski'])).toEqual({
			verdict: 'almost',
			meant: 'Bialiatski'
		});
		expect(matchTypedWith('Bialiatski', ['Bialiatski'])).toEqual({ verdict: 'correct' });
		expect(matchTypedWith('Kolesnikova', ['Bialiatski'])).toEqual({ verdict: 'wrong' });
	});

	it('tolerates case, spacing, punctuation and name order', () => {
		expect(matchTyped('  john   COALE. ', ['John Coale'])).toBe('correct');
		expect(matchTyped('Coale, John', ['John Coale'])).toBe('correct');
		expect(matchTyped('United-States', ['United States'])).toBe('correct');
	});

	it('reads an answer with an article or a person’s title before it as the answer', () => {
		const trump = ['Donald Trump', 'Trump'];
		expect(matchTyped('former President Donald Trump', trump)).toBe('correct');
		expect(matchTyped('President Trump', trump)).toBe('correct');
		expect(matchTyped('the USA', ['USA'])).toBe('correct');
		expect(matchTyped('thaw', ['a thaw'])).toBe('correct');
		expect(matchTyped('Mr Coale', ['John Coale', 'Coale'])).toBe('correct');
		expect(matchTyped('President Lukashenko', trump)).toBe('wrong');
		// A title alone is not a name, and only what was typed loses its title.
		expect(matchTyped('the President', trump)).toBe('wrong');
		expect(matchTyped('of Belarus', ['the President of Belarus'])).toBe('wrong');
		expect(matchTyped('the president', ['President'])).toBe('correct');
		// A typo behind a title is still "almost", naming the spelling.
		expect(matchTypedWith('President Donald Trumq', trump)).toEqual({
			verdict: 'almost',
			meant: 'Donald Trump'
		});
	});
});

describe('matchTyped typos', () => {
	it('calls one typo in 5+ letters "almost"', () => {
		expect(matchTyped('potasj', ['potash'])).toBe('almost');
		expect(matchTyped('Caole', ['Coale'])).toBe('almost');
		expect(matchTyped('envoi', ['envoy'])).toBe('correct');
	});

	it('allows two typos from 9 letters, one below', () => {
		expect(matchTyped('Kolesnikvoa', ['Kolesnikova'])).toBe('almost');
		expect(matchTyped('Kulesnekova', ['Kolesnikova'])).toBe('almost');
		expect(matchTyped('Kulesnekuva', ['Kolesnikova'])).toBe('wrong');
		expect(matchTyped('Rossai', ['Russia'])).toBe('wrong');
	});

	it('never tolerates a typo in short answers or numbers', () => {
		expect(matchTyped('1991', ['1994'])).toBe('wrong');
		expect(matchTyped('25', ['52'])).toBe('wrong');
		expect(matchTyped('12300', ['12345'])).toBe('wrong');
		expect(matchTyped('Tsar', ['Tzar'])).toBe('correct');
		expect(matchTyped('Pole', ['Poland'])).toBe('wrong');
	});

	it('matches numbers exactly, punctuation aside', () => {
		expect(matchTyped('52', ['52'])).toBe('correct');
		expect(matchTyped(' 1991. ', ['1991'])).toBe('correct');
		expect(matchTyped('1,991', ['1991'])).toBe('correct');
	});

	it('gives an empty answer no credit', () => {
		expect(matchTyped('  ', ['Coale'])).toBe('wrong');
		expect(matchTyped('x', [])).toBe('wrong');
	});

	it('keys transliteration variants together and different names apart', () => {
		expect(answerKey('Bialiatski')).toBe(answerKey('Białacki'));
		expect(answerKey('Bialiatski')).not.toBe(answerKey('Kolesnikova'));
		expect(answerKey('Coale')).not.toBe(answerKey('Koala'));
	});
});
