package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;

/**
 * The default dossier's evidence workbooks, as generate writes them: evidence-en.xlsx and evidence-ar.xlsx, one
 * row per fact of the dossier (every fact, not only those the brief cites), the Arabic sheet right to left, and
 * the same bytes on a second run.
 */
class EvidenceWorkbookTest {

    private static LoadedInputs inputs;
    private static Findings findings;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void generate() {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
        inputs = LoadedInputs.load(new InputDirs(project.resolve("facts"), project.resolve("rules"),
                project.resolve("templates")));
        findings = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        files = run();
    }

    private static Map<String, byte[]> run() {
        return Generation.run(inputs, inputs.dossier(), findings, null, null, new Generation.Request(
                        List.of(Language.EN, Language.AR), List.of(OutputFormat.XLSX))).stream()
                .collect(Collectors.toMap(Artifact::fileName, Artifact::bytes));
    }

    /** The fact table, the workbook's first sheet; the tables the brief summarises follow it. */
    private static XSSFSheet sheet(XSSFWorkbook book) {
        assertEquals(3, book.getNumberOfSheets());
        return book.getSheetAt(0);
    }

    @Test
    void theDependenciesAndTheHypothesesMatrixHaveASheetEachFrozenFilteredAndInTheBriefsDirection()
            throws IOException {
        long dependencies = findings.dependencies().size();
        for (String name : files.keySet()) {
            boolean arabic = name.equals("evidence-ar.xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get(name)))) {
                XSSFSheet ties = book.getSheetAt(1);
                XSSFSheet matrix = book.getSheetAt(2);
                assertEquals(arabic ? "علاقات الاعتماد" : "Dependencies", ties.getSheetName());
                assertEquals(arabic ? "مصفوفة الفرضيات" : "Hypotheses matrix", matrix.getSheetName());
                assertEquals(dependencies, ties.getLastRowNum(), name + ": a row per dependency");
                assertTrue(matrix.getLastRowNum() > 14, name + ": every item, not the 14 a page had room for");
                for (XSSFSheet s : List.of(ties, matrix)) {
                    assertEquals(arabic, s.isRightToLeft(), name + ": direction");
                    assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), name + ": frozen header");
                    assertTrue(s.getCTWorksheet().isSetAutoFilter(), name + ": filters");
                }
                assertTrue(ties.getRow(1).getCell(0).getStringCellValue().matches("[Dع][0-9٠-٩]+"),
                        ties.getRow(1).getCell(0).getStringCellValue());
            }
        }
    }

    /** The fact ids of a sheet's rows, from its last column. */
    private static Set<String> idsIn(XSSFSheet sheet) {
        int idColumn = sheet.getRow(0).getLastCellNum() - 1;
        Set<String> ids = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            ids.add(sheet.getRow(r).getCell(idColumn).getStringCellValue());
        }
        return ids;
    }

    @Test
    void eachLanguageHasAWorkbookWithOneRowPerFact() throws IOException {
        assertEquals(Set.of("evidence-en.xlsx", "evidence-ar.xlsx"), files.keySet());
        Set<String> ids = inputs.dossier().facts().stream().filter(f -> f.evidence() != null)
                .map(f -> f.id()).collect(Collectors.toSet());
        for (String name : files.keySet()) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get(name)))) {
                XSSFSheet sheet = sheet(book);
                Set<String> rows = idsIn(sheet);
                assertEquals(ids.size(), sheet.getLastRowNum(), name + ": one row per fact");
                assertEquals(ids, rows, name + ": every fact, each once");
                assertEquals(name.equals("evidence-ar.xlsx"), sheet.isRightToLeft(), name + ": direction");
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name + ": frozen header");
            }
        }
    }

    @Test
    void aFactTheRisksRestOnNamesThemByLabel() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("evidence-en.xlsx")))) {
            XSSFSheet sheet = sheet(book);
            Function<Integer, String> judgments = r -> sheet.getRow(r).getCell(8).getStringCellValue();
            boolean someRisk = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                someRisk |= judgments.apply(r).matches("(.*, )?R\\d+(, .*)?");
                assertFalse(judgments.apply(r).contains("-"), "labels, not ids: " + judgments.apply(r));
            }
            assertTrue(someRisk, "some fact names a risk that rests on it");
        }
    }

    @Test
    void anUndatedFactIsMarkedUndatedBesideHowTheSourcePresentsIt() throws IOException {
        Set<String> undated = inputs.dossier().facts().stream().filter(f -> f.evidence() != null && f.undated())
                .map(f -> f.id()).collect(Collectors.toSet());
        assertFalse(undated.isEmpty(), "the shipped dossier has undated facts (bases, programmes)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("evidence-en.xlsx")))) {
            XSSFSheet sheet = sheet(book);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String id = sheet.getRow(r).getCell(9).getStringCellValue();
                assertEquals(undated.contains(id), sheet.getRow(r).getCell(4).getStringCellValue().contains("undated"),
                        id);
            }
        }
    }

    /**
     * What an analyst who opens the workbook in LibreOffice sees: LibreOffice reads each workbook and saves it again
     * as .xlsx, and that copy, read back, still has one row per fact with every fact's id. Skipped where LibreOffice
     * is not installed (.ci/run installs it).
     */
    @Test
    void libreOfficeOpensEachWorkbookWithEveryFact(@TempDir Path tmp) throws Exception {
        Set<String> ids = inputs.dossier().facts().stream().filter(f -> f.evidence() != null)
                .map(f -> f.id()).collect(Collectors.toSet());
        for (String name : files.keySet()) {
            Path in = Files.createDirectories(tmp.resolve("in")).resolve(name);
            Files.write(in, files.get(name));
            Path saved = LibreOffice.convert(in, "xlsx:Calc MS Excel 2007 XML", "xlsx",
                    Files.createDirectories(tmp.resolve("out")));
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(saved))) {
                XSSFSheet sheet = book.getSheetAt(0);
                Set<String> rows = idsIn(sheet);
                assertEquals(ids.size(), sheet.getLastRowNum(), name + " as LibreOffice saves it: one row per fact");
                assertEquals(ids, rows, name + " as LibreOffice saves it: every fact");
                assertEquals(name.equals("evidence-ar.xlsx"), sheet.isRightToLeft(), name + ": direction kept");
            }
        }
    }

    @Test
    void aSecondRunWritesTheSameBytes() {
        Map<String, byte[]> again = run();
        files.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name));
    }
}
