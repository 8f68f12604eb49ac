package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.inference.Findings;
import org.mizan.pipeline.InputDirs;
import org.mizan.pipeline.LoadedInputs;

/** A what-if is names only, checked against what exists, and its address reproduces it exactly. */
class WhatIfTest {

    static Snapshot snapshot;

    @BeforeAll
    static void load() {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
        LoadedInputs inputs = LoadedInputs.load(new InputDirs(project.resolve("facts"), project.resolve("rules"),
                project.resolve("templates")));
        snapshot = new Snapshot(inputs, new Findings(List.of(), List.of()), Map.of(), List.of(), false);
    }

    @Test
    void theQueryStringReadsBackAsTheSameWhatIf() {
        WhatIf whatIf = new WhatIf(null, Set.of("support-funding", "support-oil-protection"),
                Set.of("Single-patron concentration"));
        WhatIf again = WhatIf.parse(params(whatIf.query()), snapshot);
        assertEquals(whatIf, again);
        assertEquals("fact=support-funding&fact=support-oil-protection&rule=Single-patron+concentration",
                whatIf.query(), "sorted, so one view has one address");
    }

    @Test
    void theBaselineHasAnEmptyQueryAndEmptyValuesAreIgnored() {
        assertEquals("", WhatIf.BASELINE.query());
        assertTrue(WhatIf.parse(params("scenario=&fact="), snapshot).isBaseline());
    }

    @Test
    void namesThatDoNotExistAreRefused() {
        assertThrows(BadRequest.class, () -> WhatIf.parse(params("fact=support-fundin"), snapshot), "near miss");
        assertThrows(BadRequest.class, () -> WhatIf.parse(params("rule=single-patron+concentration"), snapshot));
        assertThrows(BadRequest.class, () -> WhatIf.parse(params("scenario=coalition-drawdown"), snapshot),
                "a scenario the snapshot does not hold");
        assertThrows(BadRequest.class, () -> WhatIf.parse(params("fact=" + "a".repeat(121)), snapshot));
    }

    private static Map<String, List<String>> params(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(kv[0], k -> new ArrayList<>())
                    .add(kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
