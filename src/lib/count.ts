/** "1 fact", "3 facts", "1 quiz", "2 quizzes": a number with its noun. */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
