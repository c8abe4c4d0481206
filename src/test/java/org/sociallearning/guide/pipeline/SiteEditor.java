package org.sociallearning.guide.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Random edits a contributor makes to a site: bodies, summaries, facet values, renames, deletions,
 * new entries, drafts, templates, taxonomy labels, assets, settings, and entries broken then fixed.
 * Each edit returns a line saying what it did, for the failure report.
 */
final class SiteEditor {

    final Random random;
    private final Path site;
    private final Path entries;
    private final Map<Path, String> broken = new HashMap<>();
    private int counter;

    private final boolean mostlyBodies;

    SiteEditor(Path site, Random random) {
        this(site, random, false);
    }

    private SiteEditor(Path site, Random random, boolean mostlyBodies) {
        this.site = site;
        this.entries = site.resolve("content/entries");
        this.random = random;
        this.mostlyBodies = mostlyBodies;
    }

    /**
     * An editor whose edits are three in four times an entry's body (as a contributor fixing
     * typos), so most bakes see nothing but bodies changed.
     */
    static SiteEditor mostlyBodies(Path site, Random random) {
        return new SiteEditor(site, random, true);
    }

    String edit() throws IOException {
        counter++;
        if (sound().size() < 2) {
            return add(); // every edit below needs an entry that is not broken
        }
        int op = mostlyBodies && random.nextInt(4) > 0 ? 0 : random.nextInt(14);
        return switch (op) {
            case 0, 1 -> body();
            case 2 -> summary();
            case 3, 4 -> facets();
            case 5 -> rename();
            case 6 -> delete();
            case 7 -> add();
            case 8 -> draft();
            case 9 -> template();
            case 10 -> relabel();
            case 11 -> breakOrFix();
            case 12 -> asset();
            default -> settings();
        };
    }

    /**
     * Fixes the entries it broke and removes every link one entry's body makes to another, so that
     * broken entries and links broken by deletes, renames and drafts stop failing every later bake;
     * the test calls it after a run of failed bakes.
     */
    String healLinks() throws IOException {
        for (Map.Entry<Path, String> b : broken.entrySet()) {
            write(b.getKey(), b.getValue());
        }
        broken.clear();
        for (Path file : sound()) {
            String text = read(file);
            String healed =
                    text.replaceAll(
                            "\nSee \\[the other one\\]\\(\\.\\./[^)]*/\\) for more, edit [0-9]+\\.\n",
                            "\n");
            if (!healed.equals(text)) {
                write(file, healed);
            }
        }
        return "fixed every broken entry and removed the links between entries";
    }

    private String body() throws IOException {
        Path file = pick();
        String text = read(file);
        int cut = text.indexOf("~~~~~~\n") + "~~~~~~\n".length();
        String body;
        if (random.nextInt(3) == 0) {
            Path other = pick();
            body =
                    text.substring(cut)
                            + "\nSee [the other one](../"
                            + slug(other)
                            + "/) for more, edit "
                            + counter
                            + ".\n";
        } else if (random.nextBoolean()) {
            body = "A new body, edit " + counter + ", with *emphasis*.\n";
        } else {
            body = text.substring(cut) + "\nAnother paragraph, edit " + counter + ".\n";
        }
        write(file, text.substring(0, cut) + body);
        return "body of " + slug(file);
    }

    private String summary() throws IOException {
        Path file = pick();
        set(file, "summary", "Summary number " + counter + " of this resource.");
        return "summary of " + slug(file);
    }

    private String facets() throws IOException {
        Path file = pick();
        String[] kinds = {"course", "coach", "community", "accreditation"};
        String[] areas = {"social-web", "social-pedagogy", "workplace-learning"};
        String[] modes = {"do-it-yourself", "guidance", "accreditation"};
        String what;
        switch (random.nextInt(3)) {
            case 0 -> {
                what = "kind=" + kinds[random.nextInt(kinds.length)];
                set(file, "kind", what.substring(5));
            }
            case 1 -> {
                what = "areas=" + subset(areas);
                set(file, "areas", what.substring(6));
            }
            default -> {
                what = "modes=" + subset(modes);
                set(file, "modes", what.substring(6));
            }
        }
        return what + " on " + slug(file);
    }

    private String rename() throws IOException {
        Path file = pick();
        Path to = entries.resolve("renamed-" + counter + ".md");
        Files.move(file, to);
        touched.add(file.toAbsolutePath().normalize());
        touched.add(to.toAbsolutePath().normalize());
        return "renamed " + slug(file) + " to " + slug(to);
    }

    private String delete() throws IOException {
        if (sound().size() <= 3) {
            return add();
        }
        Path file = pick();
        Files.delete(file);
        touched.add(file.toAbsolutePath().normalize());
        return "deleted " + slug(file);
    }

    private String add() throws IOException {
        Path file = entries.resolve("added-" + counter + ".md");
        write(
                file,
                "title=Added resource "
                        + counter
                        + "\ntype=entry\nstatus=published\ndate=2026-0"
                        + (1 + random.nextInt(9))
                        + "-1"
                        + random.nextInt(10)
                        + "\nkind=community\nareas=workplace-learning\nmodes=do-it-yourself\n"
                        + "provider=Added Org\nurl=https://added.example.org/"
                        + counter
                        + "\nsummary=An added resource.\ncost=free\nformat=online\n~~~~~~\n"
                        + "Added body "
                        + counter
                        + ".\n");
        return "added " + slug(file);
    }

    private String draft() throws IOException {
        Path file = pick();
        boolean draft = read(file).contains("\nstatus=draft\n");
        set(file, "status", draft ? "published" : "draft");
        return (draft ? "published " : "drafted ") + slug(file);
    }

    private String template() throws IOException {
        String[] names = {"entry.ftl", "facet.ftl", "home.ftl", "directory.ftl", "page.ftl"};
        if (random.nextInt(4) == 0) {
            Path macros = site.resolve("templates/macros.ftl");
            // Inside the layout: every page that imports the macros changes.
            String text = read(macros);
            Matcher m = Pattern.compile("</main>").matcher(text);
            if (m.find()) {
                write(
                        macros,
                        text.substring(0, m.start())
                                + "<!-- layout edit "
                                + counter
                                + " -->"
                                + text.substring(m.start()));
                return "edited macros.ftl's layout";
            }
        }
        String name = names[random.nextInt(names.length)];
        Path template = site.resolve("templates").resolve(name);
        write(template, read(template) + "<!-- edit " + counter + " -->\n");
        return "edited template " + name;
    }

    private String relabel() throws IOException {
        String[] labels = {"Course", "Coach", "With guidance", "Free", "Social Web"};
        String label = labels[random.nextInt(labels.length)];
        Path taxonomy = site.resolve("data/taxonomy.yaml");
        String text = read(taxonomy);
        Matcher m =
                Pattern.compile("(?m)^(\\s+label: " + Pattern.quote(label) + ")( \\(\\d+\\))?")
                        .matcher(text);
        if (!m.find()) {
            return "no label " + label;
        }
        write(
                taxonomy,
                text.substring(0, m.start())
                        + m.group(1)
                        + " ("
                        + counter
                        + ")"
                        + text.substring(m.end()));
        return "relabelled " + label;
    }

    private String breakOrFix() throws IOException {
        if (!broken.isEmpty() && random.nextBoolean()) {
            Path file = broken.keySet().iterator().next();
            write(file, broken.remove(file));
            return "fixed " + slug(file);
        }
        Path file = pick();
        broken.put(file, read(file));
        set(file, "kind", "no-such-kind");
        return "broke " + slug(file);
    }

    private String asset() throws IOException {
        Path css = site.resolve("assets/css/site.css");
        write(css, read(css) + "/* edit " + counter + " */\n");
        return "edited site.css";
    }

    private String settings() throws IOException {
        Path properties = site.resolve("jbake.properties");
        String text = read(properties);
        write(
                properties,
                text.replaceAll(
                        "(?m)^site\\.description=.*$",
                        "site.description=A tiny guide, settings edit " + counter + "."));
        return "edited site.description";
    }

    private String subset(String[] values) {
        List<String> chosen = new ArrayList<>();
        for (String v : values) {
            if (random.nextBoolean()) {
                chosen.add(v);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return String.join(",", chosen);
    }

    /** An entry file that is not broken (a broken one is only ever fixed). */
    private Path pick() throws IOException {
        List<Path> files = sound();
        return files.get(random.nextInt(files.size()));
    }

    private List<Path> sound() throws IOException {
        try (Stream<Path> list = Files.list(entries)) {
            return list.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !broken.containsKey(p))
                    .sorted()
                    .toList();
        }
    }

    private void set(Path file, String field, String value) throws IOException {
        String text = read(file);
        Matcher m = Pattern.compile("(?m)^" + field + "=.*$").matcher(text);
        String replaced =
                m.find()
                        ? text.substring(0, m.start())
                                + field
                                + "="
                                + value
                                + text.substring(m.end())
                        : text.replaceFirst(
                                "\n~~~~~~\n", "\n" + field + "=" + value + "\n~~~~~~\n");
        write(file, replaced);
    }

    private static String slug(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        touched.add(file.toAbsolutePath().normalize());
    }

    /** Every path written, moved or deleted since the last call, as a watcher would name them. */
    Set<Path> touched() {
        Set<Path> paths = Set.copyOf(touched);
        touched.clear();
        return paths;
    }

    private final Set<Path> touched = new java.util.HashSet<>();
}
