package org.sociallearning.guide.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The marker file in every folder a bake makes: what makes a folder the tool's to replace or
 * delete, and, by its file key and time, which bake put an output in place.
 */
final class OutputMarker {

    /** A dotfile: static hosts and the internal link checker ignore it. */
    static final String NAME = ".guide-output";

    /** The same for every output, so that bakes into two folders stay byte-identical. */
    private static final String TEXT =
            "Made by the Social Learning Guide's bake; the next bake replaces this folder.\n";

    private OutputMarker() {}

    /** Whether a folder holds the marker (a regular file with the marker's text). */
    static boolean isOn(Path folder) {
        Path marker = folder.resolve(NAME);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).equals(TEXT);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Puts a new marker into a folder the tool has just made. */
    static void write(Path folder) throws IOException {
        write(folder, NAME);
    }

    /** Writes a new marker under another name, to be renamed into place later. */
    static void write(Path folder, String name) throws IOException {
        Files.writeString(
                folder.resolve(name),
                TEXT,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** The marker's file key and time: new with every bake, so it names one bake's output. */
    static Optional<String> identity(Path folder) {
        try {
            BasicFileAttributes a =
                    Files.readAttributes(
                            folder.resolve(NAME),
                            BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile()
                    ? Optional.of(a.fileKey() + "@" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
