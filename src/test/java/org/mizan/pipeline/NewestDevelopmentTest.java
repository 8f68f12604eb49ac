package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.cli.CliRun;
import org.mizan.dossier.Language;

/**
 * The bottom line opens with the newest development that bears on its thesis: the newest dated event naming the
 * actor the arrangement turns on or a party of the headline judgment. News about the parties of the gravest event
 * (fighting between them, say) is news about the thesis even when it does not name the patron.
 */
class NewestDevelopmentTest {

    private static String bottomLine(Path dir) {
        LoadedInputs inputs = LoadedInputs.load(new InputDirs(dir.resolve("facts"), dir.resolve("rules"),
                dir.resolve("templates")));
        Analysis analysis = Analysis.baseline(inputs);
        Brief brief = BriefBuilder.build(Generation.briefInput(inputs, analysis.dossier(), analysis.findings(), null),
                Language.EN, inputs.templates());
        Section judgments = brief.sections().stream().filter(s -> s.anchor().equals("judgments")).findFirst()
                .orElseThrow();
        return ((Paragraph) judgments.blocks().get(0)).plainText();
    }

    /** An event like the shipped accession, with other actors, date and title (its kind is the shipped one's). */
    /**
     * The newest development opens the machine's bottom line, written when the dossier gives no thesis of its own
     * (the shipped dossier does): the thesis is taken out of the copy.
     */
    private static void withoutThesis(Path dir) {
        assertTrue(CliRun.removeThesis(dir), "the shipped dossier has a thesis to take out");
    }

    private static void addEvent(Path dir, String actors, String date, String title) throws IOException {
        String events = Files.readString(dir.resolve("facts/events.json"));
        Matcher kind = Pattern.compile("\"id\": \"event-syria-joins-coalition\"[\\s\\S]*?\"kind\": \"([a-z_]+)\"")
                .matcher(events);
        assertTrue(kind.find());
        Files.writeString(dir.resolve("facts/later-events.json"), """
                { "events": [ {
                  "id": "event-later", "date": "%s", "dateInferred": true,
                  "title": { "en": "%s", "ar": "حدث لاحق" },
                  "kind": "%s", "actors": %s,
                  "evidence": { "source": "desk-note-2025-11-11", "paragraph": 4, "excerpt": "The same day a senior\
                 US official said that Syria had joined the Global Coalition to Defeat ISIS", "credibility": 2,\
                 "attribution": "officially_announced" }
                } ] }
                """.formatted(date, title, kind.group(1), actors), StandardCharsets.UTF_8);
    }

    @Test
    void aNewerEventBetweenThePartiesOfTheGravestEventOpensTheBottomLine(@TempDir Path dir) throws IOException {
        CliRun.copyInputs(dir);
        withoutThesis(dir);
        addEvent(dir, "[\"sdf\", \"government\"]", "2025-11-11", "Clashes between the parties");

        String en = bottomLine(dir);

        assertTrue(en.startsWith("After the newest development in the sources — Clashes between the parties (11"
                + " November 2025)"), en);
    }

    @Test
    void nearMissANewerEventOfNoActorOfTheThesisDoesNot(@TempDir Path dir) throws IOException {
        CliRun.copyInputs(dir);
        withoutThesis(dir);
        addEvent(dir, "[\"israel\"]", "2025-11-11", "Something elsewhere");

        String en = bottomLine(dir);

        assertTrue(!en.contains("Something elsewhere") && en.startsWith("After the newest development in the sources"
                + " — Syria joins the Global Coalition"), en);
    }
}
