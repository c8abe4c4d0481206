package org.sociallearning.guide.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar's manifest, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = GuideCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "guide "
                    + (version == null ? "dev" : version)
                    + " (JBake 2.7.0, Java "
                    + Runtime.version()
                    + ")"
        };
    }
}
