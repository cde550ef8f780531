/**
 * Results a teacher collected for a quiz: `result:<assignmentId>:<student key>`. Not in keys.ts,
 * which every page loads: only the teacher's pages and backups need these.
 */
export const RESULT_PREFIX = 'result:';
export const resultsPrefix = (assignmentId: string) => `${RESULT_PREFIX}${assignmentId}:`;
