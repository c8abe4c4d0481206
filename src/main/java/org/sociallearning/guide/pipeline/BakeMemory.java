package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.sociallearning.guide.bake.PageDigest;
import org.sociallearning.guide.output.OutputFolder;
import org.sociallearning.guide.site.Generations;
import org.sociallearning.guide.site.Identity;
import org.sociallearning.guide.site.PlanMemo;
import org.sociallearning.guide.validate.ValidationCache;

/**
 * What a builder keeps from one bake to the next: the state its last bake left (so a long-running
 * process does not read it back from disk), and for the preview each file's validation, each
 * entry's planning and the last bake's page and file keys. A one-off bake keeps nothing it will not
 * use again.
 */
final class BakeMemory {

    private final ValidationCache validation;
    private final PlanMemo plans;
    private final FileKeys fileKeys = new FileKeys();
    private PageDigest digests;
    private final Generations<Identity, PlanSketch.Item> sketchItems = new Generations<>();
    private String digestKey = "";

    /** The state the last bake left; trusted only for the output it describes. */
    private BakeState remembered = BakeState.none();

    private final boolean longLived;

    BakeMemory(boolean longLived) {
        this.longLived = longLived;
        this.validation = longLived ? new ValidationCache() : ValidationCache.none();
        this.plans = longLived ? new PlanMemo() : PlanMemo.none();
    }

    /** Whether this memory serves bake after bake (the preview), not one bake. */
    boolean isLongLived() {
        return longLived;
    }

    ValidationCache validation() {
        return validation;
    }

    PlanMemo plans() {
        return plans;
    }

    FileKeys fileKeys() {
        return fileKeys;
    }

    /**
     * The page digests for a bake whose state has this key: the last bake's when the key is the
     * same. Starts a new bake's generation of page and file keys.
     */
    PageDigest digests(String key) {
        if (digests == null || !digestKey.equals(key)) {
            digests = new PageDigest(key);
            digestKey = key;
            sketchItems.clear();
            fileKeys.clear();
        }
        digests.startBake();
        sketchItems.next();
        fileKeys.startBake();
        return digests;
    }

    /** The plan sketch's items of the entries the last bake saw, under the same digests. */
    Generations<Identity, PlanSketch.Item> sketchItems() {
        return sketchItems;
    }

    /** The state the last bake left for this output, if it still describes the output. */
    BakeState previous(OutputFolder output, Path stateFolder) {
        Optional<String> identity = output.identity();
        if (identity.isEmpty()) {
            return BakeState.none();
        }
        if (remembered.output().equals(identity.get())) {
            return remembered;
        }
        BakeState read = BakeState.read(stateFolder);
        return read.output().equals(identity.get()) ? read : BakeState.none();
    }

    void remember(BakeState state) {
        remembered = state;
    }
}
