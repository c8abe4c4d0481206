package org.sociallearning.guide.bake;

import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Stock JBake 2.7.0 with its default utensils and no guide settings: the baseline of the bake
 * benchmark. Used only by {@code guide bench-stock}.
 */
public final class StockJBake {

    /** What a stock bake did. */
    public record Result(int errors, List<String> messages) {
        public Result {
            messages = List.copyOf(messages);
        }
    }

    public Result bake(Path source, Path destination) {
        Oven oven =
                new Oven(
                        new JBakeConfigurationFactory()
                                .createDefaultJbakeConfiguration(
                                        source.toFile(), destination.toFile(), true));
        oven.bake();
        List<String> messages =
                oven.getErrors().stream().map(e -> String.valueOf(e.getMessage())).toList();
        return new Result(messages.size(), messages);
    }
}
