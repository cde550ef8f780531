/** Text a reader can see: a letter, digit, punctuation or symbol, not only spaces or zero-width marks. */
export const hasVisible = (text: string): boolean => /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);
