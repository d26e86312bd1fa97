/** The package version, sent as `User-Agent: score360-node/<version>`; a test keeps it equal to package.json's. */
export const VERSION = "0.1.0";
