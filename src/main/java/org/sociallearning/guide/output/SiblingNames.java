package org.sociallearning.guide.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The names of an output's staging folders and previous copies, {@code
 * .NAME.guide-KIND-MILLIS-RANDOM} beside it: a form no folder of the user's or of another output
 * has. The time orders previous copies, newest last; the random part keeps two names apart.
 */
final class SiblingNames {

    private final SecureRandom random = new SecureRandom();
    private final Path output;
    private final Pattern form;

    SiblingNames(Path output) {
        this.output = output;
        this.form =
                Pattern.compile(
                        Pattern.quote("." + output.getFileName() + ".guide-")
                                + "(staging|previous)-[0-9]{13}-[0-9a-f]{16}");
    }

    /** Whether a folder's name has exactly the form of this output's siblings. */
    boolean matches(Path folder) {
        return form.matcher(folder.getFileName().toString()).matches();
    }

    /** {@code staging} or {@code previous}. */
    static String kind(Path sibling) {
        String name = sibling.getFileName().toString();
        return name.contains(".guide-previous-") ? "previous" : "staging";
    }

    /** Makes a new, empty sibling folder of a kind, readable by all. */
    Path create(String kind) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path folder = next(kind);
            try {
                Files.createDirectory(folder);
                FileTrees.makeReadable(folder);
                return folder;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** A new name of a kind, not yet made. */
    Path next(String kind) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String millis = String.format("%013d", System.currentTimeMillis());
        return output.resolveSibling(
                "."
                        + output.getFileName()
                        + ".guide-"
                        + kind
                        + "-"
                        + millis
                        + "-"
                        + HexFormat.of().formatHex(bytes));
    }
}
