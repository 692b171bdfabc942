package org.childinneed.policies.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.policies.importer.census.CensusFile;

/** Reads census text in tests: every case and every problem. */
final class CensusFiles {

    final List<ImportedCase> cases = new ArrayList<>();
    final List<ImportProblem> fileProblems;

    private CensusFiles(CensusFile source) {
        for (Optional<ImportedCase> c = source.next(); c.isPresent(); c = source.next()) {
            cases.add(c.get());
        }
        fileProblems = source.sourceProblems();
    }

    static CensusFiles read(byte[] bytes) {
        try (CensusFile source = CensusFile.of(new ByteArrayInputStream(bytes))) {
            return new CensusFiles(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CensusFiles read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A census of the given children ({@code <Child>...</Child>} elements). */
    static String census(String... children) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header/><Children>\n" + String.join("\n", children)
                + "\n</Children></Message>\n";
    }

    /** A child with one episode holding {@code episode} (elements inside CINdetails). */
    static String child(String id, String born, String episode) {
        return "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID><PersonBirthDate>" + born
                + "</PersonBirthDate></ChildIdentifiers><CINdetails>" + episode + "</CINdetails></Child>";
    }

    List<String> described() {
        List<String> out = new ArrayList<>();
        cases.forEach(c -> c.problems().forEach(p -> out.add(p.describe("census.xml"))));
        fileProblems.forEach(p -> out.add(p.describe("census.xml")));
        return out;
    }
}
