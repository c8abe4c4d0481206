package org.sociallearning.guide.bake;

import org.jbake.app.ContentStore;

/**
 * Starts and closes a throwaway in-memory OrientDB on a background thread. Loading and initialising
 * OrientDB takes about 1.8 s of a cold JVM here; done while the guide validates and plans, the
 * Oven's own start then takes a tenth of that.
 */
public final class OrientWarmup {

    private final Thread thread;

    private OrientWarmup(Thread thread) {
        this.thread = thread;
    }

    /** Begins warming up OrientDB in the background. */
    public static OrientWarmup start() {
        OrientDbOptions.apply();
        Thread thread = new Thread(OrientWarmup::warm, "guide-orientdb-warmup");
        thread.setDaemon(true);
        thread.start();
        return new OrientWarmup(thread);
    }

    /** Waits for the warm-up to finish, so that it never overlaps a bake's own database. */
    public void await() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warm() {
        ContentStore store = new ContentStore("memory", "guide-warmup");
        try {
            store.startup();
        } catch (RuntimeException e) {
            // A failed warm-up only costs time; the bake's own start reports real trouble.
        } finally {
            try {
                store.close();
            } catch (RuntimeException e) {
                // see above
            }
        }
    }
}
