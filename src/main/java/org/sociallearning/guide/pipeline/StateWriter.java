package org.sociallearning.guide.pipeline;

import org.sociallearning.guide.output.OutputFolder;

/**
 * Writes the state a bake leaves for the next one, and then lets go of the output's lock: at once
 * (a one-off bake, whose process ends next), or on a thread of its own once the bake has returned
 * (the preview, which should not wait for a file only the next process reads).
 */
final class StateWriter {

    private final boolean later;

    /** What the current bake asked to write, when its output is in place; null for nothing. */
    private Runnable pending;

    /** The thread writing the last bake's state, if it may still run. */
    private Thread writing;

    StateWriter(boolean later) {
        this.later = later;
    }

    /** Starts a bake: waits for the last bake's write, and forgets anything not written. */
    void start() {
        await();
        pending = null;
    }

    /** The state to write once the bake is done. */
    void write(Runnable write) {
        pending = write;
    }

    /** Ends a bake: writes what it asked for, then closes the lock it held. */
    void finish(OutputFolder.Lock held) {
        Runnable write = pending;
        pending = null;
        if (write != null && later) {
            writing =
                    new Thread(
                            () -> {
                                try {
                                    write.run();
                                } finally {
                                    held.close();
                                }
                            },
                            "guide-state-writer");
            writing.start();
            return;
        }
        try {
            if (write != null) {
                write.run();
            }
        } finally {
            held.close();
        }
    }

    /** Waits until the last bake's state is written. */
    void await() {
        if (writing != null) {
            try {
                writing.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writing = null;
        }
    }
}
