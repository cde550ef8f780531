import type { HandleClientError } from '@sveltejs/kit';

/**
 * An error no page expected (a file that could not be fetched, say, on a flaky network before the
 * app was installed for offline use): a message the learner can act on, not "Internal Error".
 */
export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return {
		message:
			status === 404
				? 'Not found'
				: 'Part of the app could not be loaded. Check the connection, then reload the page.'
	};
};
