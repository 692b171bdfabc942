package org.childinneed.policies.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseSource;
import org.childinneed.policies.caseload.CaseloadListener;
import org.childinneed.policies.caseload.CheckCases;
import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload page: it opens with the summary (a triage list linking to the timelines, the
 * on-time chart), its legend draws exactly the colour classes the timelines use, the header names
 * the policy once, and a caseload too large for one page becomes a folder. A real headless
 * Chromium loads the folder's index at 800 pixels wide: the triage list is in its DOM, every link
 * resolves to a page holding the anchor, and nothing is wider than the window.
 */
class CaseloadHtmlTest {

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]+)\"");

    /** {@code copies} copies of every Kent example, named {@code n/file.json}. */
    private static CaseSource kentCases(int copies) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES.resolve("kent"))) {
            files = list.sorted().toList();
        }
        List<PendingCase> cases = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Path file : files) {
                String text = Files.readString(file).replaceFirst("\"case\": \"([^\"]+)\"", "\"case\": \"$1-" + i + "\"");
                String name = i + "/" + file.getFileName();
                cases.add(PendingCase.of(CaseOrigin.file(name), () -> CaseFileReader.parse(name, text)));
            }
        }
        return cases::stream;
    }

    private static CompiledPolicy kent() throws Exception {
        return BundledPolicies.standard().get("kent");
    }

    @Test
    void a_page_of_several_cases_opens_with_the_triage_list_and_names_the_policy_once() throws Exception {
        StringWriter out = new StringWriter();
        new CheckCases(kent(), LocalDate.of(2026, 11, 22), 2).run(kentCases(2), ReportWriters.named("html", out),
                CaseloadListener.NONE);
        String page = out.toString();
        int triage = page.indexOf("<ol class=\"triage\">");
        int chart = page.indexOf("<svg class=\"chart\"");
        int firstCase = page.indexOf("<section class=\"case\">");
        assertTrue(triage > 0 && chart > triage && firstCase > chart, "summary, chart, then the cases");
        String header = page.substring(page.indexOf("<header>"), page.indexOf("</header>"));
        assertEquals(1, count(header, "Kent Child in Need plans and meetings"), header);
        assertFalse(header.contains("(kent,"), header);
        for (String href : hrefs(page.substring(triage, page.indexOf("</ol>", triage)))) {
            assertTrue(page.contains("id=\"" + href.substring(1) + "\""), href);
        }
    }

    @Test
    void the_timeline_legend_draws_with_the_classes_the_timelines_use() throws Exception {
        StringWriter out = new StringWriter();
        new CheckCases(kent(), LocalDate.of(2026, 11, 22), 1).run(kentCases(1), ReportWriters.named("html", out),
                CaseloadListener.NONE);
        String page = out.toString();
        String timelines = page.substring(page.indexOf("<section class=\"case\">"));
        for (String drawn : List.of("<g class=\"row met\">", "<g class=\"row overdue\">", "<g class=\"row open\">")) {
            String status = drawn.substring("<g class=\"row ".length(), drawn.length() - 2);
            if (timelines.contains(drawn)) {
                assertTrue(HtmlReport.LEGEND.contains("<g class=\"" + status + "\"><rect class=\"bar\""), status);
            }
        }
        for (String mark : List.of("class=\"met-mark\"", "class=\"finding\"", "late-fill", "overdue-fill", "bar window")) {
            assertTrue(HtmlReport.LEGEND.contains(mark), mark);
        }
    }

    @Test
    void a_large_caseload_is_a_folder_whose_index_chromium_loads_with_every_link_resolving(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("caseload");
        new CheckCases(kent(), LocalDate.of(2026, 11, 22), 2).run(kentCases(60), ReportWriters.htmlFolder(folder, 100),
                CaseloadListener.NONE);
        String index = Files.readString(folder.resolve("index.html"));
        assertTrue(Files.exists(folder.resolve("cases-0003.html")));
        List<String> links = hrefs(index);
        assertTrue(links.size() > 10, "links: " + links.size());
        for (String link : links) {
            resolves(folder, link);
        }

        String chromium = chromium();
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium): the browser check is skipped");
        String dom = run(dir, chromium, "--dump-dom", folder.resolve("index.html").toUri().toString());
        assertTrue(dom.contains("<ol class=\"triage\">"), "the triage list is in the DOM Chromium built");
        for (String link : hrefs(dom)) {
            resolves(folder, link);
        }
        assertFitsAndTheLegendsDrawTheColoursUsed(dir, chromium, folder.resolve("index.html"));
        assertFitsAndTheLegendsDrawTheColoursUsed(dir, chromium, folder.resolve("cases-0001.html"));
    }

    /**
     * The single-case page and the one-page caseload in a real Chromium at 800 pixels wide: nothing
     * wider than the window, and every colour a timeline bar or a chart share is drawn in (as the
     * browser computes it from the CSS) is the colour of a key in a legend of the page. The header
     * names the policy once.
     */
    @Test
    void the_case_page_and_the_caseload_page_fit_800_pixels_and_their_legends_draw_the_colours_used(@TempDir Path dir)
            throws Exception {
        String chromium = chromium();
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium): the browser check is skipped");
        StringWriter one = new StringWriter();
        CaseSource kent = kentCases(1);
        new CheckCases(kent(), LocalDate.of(2026, 11, 22), 1).run(() -> kent.cases().filter(c -> c.origin().toString()
                .contains("step-down")), ReportWriters.named("html", one), CaseloadListener.NONE);
        String casePage = one.toString();
        String header = casePage.substring(casePage.indexOf("<header>"), casePage.indexOf("<p class=\"legend\">"));
        assertEquals(1, count(header, "Kent Child in Need plans and meetings"), header);
        assertEquals(1, count(header, "(kent,"), header);
        StringWriter many = new StringWriter();
        new CheckCases(kent(), LocalDate.of(2026, 11, 22), 1).run(kentCases(1), ReportWriters.named("html", many),
                CaseloadListener.NONE);
        assertTrue(casePage.contains("<h2>Case K-1002-0</h2>") && !casePage.contains("<h2>Case K-1001"), "one case");
        assertTrue(many.toString().contains("<ol class=\"triage\">"), "a caseload page");
        assertFitsAndTheLegendsDrawTheColoursUsed(dir, chromium, Files.writeString(dir.resolve("case.html"), casePage));
        assertFitsAndTheLegendsDrawTheColoursUsed(dir, chromium, Files.writeString(dir.resolve("caseload.html"), many.toString()));
    }

    /** Loads {@code page} in an 800-pixel frame and has Chromium measure it and compare drawn and legend colours. */
    private static void assertFitsAndTheLegendsDrawTheColoursUsed(Path dir, String chromium, Path page) throws Exception {
        Path probe = page.resolveSibling("probe-" + page.getFileName());
        Files.writeString(probe, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" src=\"" + page.getFileName()
                + "\" style=\"width:800px;height:600px;border:0\"></iframe>"
                + "<script>document.getElementById('f').onload = function () { var d = this.contentDocument;"
                + " var keys = {}; d.querySelectorAll('.legend rect').forEach(function (r) { keys[getComputedStyle(r).fill] = 1; });"
                + " var drawn = 0, missing = [];"
                + " d.querySelectorAll('g.row rect.bar, svg.chart rect.share').forEach(function (r) { drawn++;"
                + "   var fill = getComputedStyle(r).fill; if (!keys[fill]) { missing.push(r.closest('g').getAttribute('class') + ' ' + fill); } });"
                + " var w = d.documentElement; var p = document.createElement('p'); p.id = 'probe';"
                + " p.textContent = w.scrollWidth + ' ' + w.clientWidth + ' ' + drawn + ' [' + missing.join('; ') + ']';"
                + " document.body.appendChild(p); };</script></body></html>", StandardCharsets.UTF_8);
        String probed = run(dir, chromium, "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom",
                probe.toUri().toString());
        Matcher m = Pattern.compile("<p id=\"probe\">(\\d+) (\\d+) (\\d+) \\[([^\\]]*)\\]</p>").matcher(probed);
        assertTrue(m.find(), "the probe measured " + page.getFileName());
        assertTrue(Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2)), page.getFileName()
                + " at 800 px: nothing is wider than the window: scroll width " + m.group(1) + ", window " + m.group(2));
        assertTrue(Integer.parseInt(m.group(3)) > 5, page.getFileName() + ": bars drawn: " + m.group(3));
        assertEquals("", m.group(4), page.getFileName() + ": colours drawn that no legend key shows");
    }

    private static void resolves(Path folder, String link) throws IOException {
        String[] parts = link.split("#", 2);
        Path target = parts[0].isEmpty() ? folder.resolve("index.html") : folder.resolve(parts[0]);
        assertTrue(Files.isRegularFile(target), link);
        if (parts.length == 2) {
            assertTrue(Files.readString(target).contains("id=\"" + parts[1] + "\""), link);
        }
    }

    private static String chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static String run(Path dir, String chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=800,600", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Chromium finished");
        return out;
    }

    private static List<String> hrefs(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
