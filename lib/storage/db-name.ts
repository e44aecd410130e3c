/** The app's IndexedDB database. Its own module, so that a component that only probes for it does not load the database code. */
export const DB_NAME = 'hanyeong';
