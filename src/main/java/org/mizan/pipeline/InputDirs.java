package org.mizan.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mizan.inference.RuleTrust;
import org.mizan.layer.Layer;
import org.mizan.layer.Layers;

/**
 * Where the user's editable inputs live: the dossier folder, the shipped rules and templates (by default facts/,
 * rules/ and templates/ in the working directory), and any rule or template folders given on top of them. The
 * dossier folder's own {@code rules/} and {@code templates/} form a layer between the two. And whether the rule
 * files' code is trusted: checked against the trust boundary unless the analyst said --trust-rules. {@code updates}
 * are the update folders that bring the dossier up to date (--update), applied in order.
 */
public record InputDirs(Path facts, Path rules, Path templates, List<Path> moreRules, List<Path> moreTemplates,
                        RuleTrust ruleTrust, List<Path> updates) {

    /** The dossier's own layers, as folders of these names inside the dossier folder. */
    public static final String RULES = "rules";
    public static final String TEMPLATES = "templates";

    public InputDirs {
        moreRules = List.copyOf(moreRules);
        moreTemplates = List.copyOf(moreTemplates);
        updates = List.copyOf(updates);
    }

    /** These folders and layers, with no update to the dossier. */
    public InputDirs(Path facts, Path rules, Path templates, List<Path> moreRules, List<Path> moreTemplates,
                     RuleTrust ruleTrust) {
        this(facts, rules, templates, moreRules, moreTemplates, ruleTrust, List.of());
    }

    /** The same inputs with the dossier brought up to date by these update folders, in order. */
    public InputDirs withUpdates(List<Path> folders) {
        return new InputDirs(facts, rules, templates, moreRules, moreTemplates, ruleTrust, folders);
    }

    /** These folders and layers, the rules' code checked. */
    public InputDirs(Path facts, Path rules, Path templates, List<Path> moreRules, List<Path> moreTemplates) {
        this(facts, rules, templates, moreRules, moreTemplates, RuleTrust.CHECKED);
    }

    /** These three folders and no layer given on top, the rules' code checked. */
    public InputDirs(Path facts, Path rules, Path templates) {
        this(facts, rules, templates, List.of(), List.of());
    }

    public static InputDirs defaults() {
        return new InputDirs(Path.of("facts"), Path.of(RULES), Path.of(TEMPLATES));
    }

    /** The shipped rules, the dossier's own rules/ and the folders given, bottom first. */
    public Layers ruleLayers() {
        return layers(rules, RULES, moreRules);
    }

    /** The shipped templates, the dossier's own templates/ and the folders given, bottom first. */
    public Layers templateLayers() {
        return layers(templates, TEMPLATES, moreTemplates);
    }

    /** Every folder of both kinds, for what watches or checksums the inputs (a missing one included). */
    public List<Path> layerDirs() {
        List<Path> dirs = new ArrayList<>();
        ruleLayers().list().forEach(l -> dirs.add(l.dir()));
        templateLayers().list().forEach(l -> dirs.add(l.dir()));
        return dirs;
    }

    private Layers layers(Path shipped, String own, List<Path> more) {
        List<Layer> layers = new ArrayList<>(List.of(Layer.shipped(shipped)));
        Path dossier = facts.resolve(own);
        // A dossier folder that is the project itself (--facts .) would read the shipped folder twice.
        if (!same(dossier, shipped)) {
            layers.add(new Layer(dossier, Layer.Origin.DOSSIER));
        }
        more.forEach(dir -> layers.add(new Layer(dir, Layer.Origin.OPTION)));
        return new Layers(layers);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
