package org.sociallearning.guide.bake;

/**
 * OrientDB settings for JBake's throwaway in-memory database, set as system properties before
 * OrientDB's first class loads. A value the user set with {@code -D} wins.
 */
final class OrientDbOptions {

    private OrientDbOptions() {}

    static void apply() {
        // OrientDB sizes its disk cache from the machine's memory and preallocates it even for the
        // in-memory store (about 1 GB and 2-3 s per bake here). The store stays empty: keep it
        // small.
        setDefault("storage.diskCache.bufferSize", "16");
        // Creating the database's default users hashes three passwords with PBKDF2 at 65,536
        // iterations: about 2 s of every bake, for a database that lives in memory for seconds.
        setDefault("security.userPasswordSaltIterations", "1");
        // OrientDB logs its start and stop to the console at INFO; the guide reports problems
        // itself.
        setDefault("log.console.level", "severe");
        setDefault("log.file.level", "severe");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
