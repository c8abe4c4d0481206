package org.sociallearning.guide.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * A prose page's {@code include=}: the generated sections it shows after its body, comma-separated,
 * each one the guide knows ({@link Page#INCLUDES}) and given once.
 */
final class PageIncludes {

    private PageIncludes() {}

    static List<String> read(Header header, List<Problem> problems) {
        Optional<HeaderField> field = header.field("include");
        if (field.isEmpty() || field.get().value().isEmpty()) {
            return List.of();
        }
        List<String> includes = new ArrayList<>();
        for (FacetCheck.Item item : FacetCheck.items(field.get())) {
            SourceLocation at =
                    new SourceLocation(header.file(), field.get().line(), item.column());
            if (!Page.INCLUDES.contains(item.value())) {
                problems.add(
                        Problem.error(
                                at,
                                "unknown include \""
                                        + item.value()
                                        + "\""
                                        + Suggestions.didYouMean(item.value(), Page.INCLUDES),
                                "a page may include: " + String.join(", ", Page.INCLUDES)));
            } else if (includes.contains(item.value())) {
                problems.add(
                        Problem.error(
                                at,
                                "include lists \"" + item.value() + "\" twice",
                                "list each section once"));
            } else {
                includes.add(item.value());
            }
        }
        return includes;
    }
}
