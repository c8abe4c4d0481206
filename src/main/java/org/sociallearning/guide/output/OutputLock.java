package org.sociallearning.guide.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** The lock file beside an output, {@code .NAME.lock}, that keeps two bakes of it apart. */
final class OutputLock {

    private OutputLock() {}

    /** The output's lock, or empty when another bake holds it. */
    static Optional<OutputFolder.Lock> take(Path output) {
        try {
            Files.createDirectories(output.getParent());
            FileChannel channel =
                    FileChannel.open(
                            output.getParent().resolve("." + output.getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            FileLock held = lock;
            return Optional.of(
                    () -> {
                        try {
                            held.release();
                            channel.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(
                                    "cannot release the lock on " + output, e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + output, e);
        }
    }
}
