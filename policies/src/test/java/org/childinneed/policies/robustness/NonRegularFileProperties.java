package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.cli.Cin;
import org.childinneed.policies.io.Fifo;

/**
 * Issue 11, seeds of the fuzz suites: every kind of file that is not a regular file (a named pipe
 * nobody writes to, a socket, a folder, a dangling link, a loop of links, a device that gives
 * nothing and one that never ends) in every place {@code cin} reads a file (a case file, a policy
 * script, a script to lint or format, a scenario, a scenario's policy, a bank-holidays list, a
 * closure-days list). Each run ends in bounded time, without an internal error, prints nothing a
 * terminal would act on, and a refusal names the file.
 */
class NonRegularFileProperties {

    private static final String CASE = Path.of("..", "examples", "kent", "initial-meeting-over-christmas.json").toString();

    /** Where a file is read; X stands for it. */
    enum Role {
        CASE_FILE("check --policy kent --as-of 2026-02-01 X", ".json"),
        SUMMARY_CASE("summary --policy kent --as-of 2026-02-01 X", ".json"),
        DIFF_CASE("diff --policy kent --policy working-together --as-of 2026-02-01 X", ".json"),
        SCRIPT("check --policy X " + CASE, ".cin"),
        LINT("lint X", ".cin"),
        FMT("fmt --check X", ".cin"),
        SCENARIO("test X", ".json"),
        SCENARIOS_POLICY("test SCENARIO", ".cin"),
        HOLIDAYS("check --policy kent --as-of 2026-02-01 --holidays X " + CASE, ".json"),
        CLOSURE_DAYS("explain --policy kent --as-of 2026-02-01 --closure-days X " + CASE, ".txt");

        final String command;
        final String suffix;

        Role(String command, String suffix) {
            this.command = command;
            this.suffix = suffix;
        }
    }

    /** What stands where a file is expected. */
    enum Kind { PIPE, SOCKET, FOLDER, DANGLING_LINK, LINK_LOOP, EMPTY_DEVICE, ENDLESS_DEVICE }

    @Property(tries = 70)
    void whatIsNotARegularFileIsRefusedInBoundedTime(@ForAll Role role, @ForAll Kind kind) throws Exception {
        Path dir = Files.createTempDirectory("cin-nonregular");
        try {
            Path file = dir.resolve("x" + role.suffix);
            if (!make(kind, file)) {
                return;
            }
            String command = role.command.replace("X", file.toString());
            if (role == Role.SCENARIOS_POLICY) {
                Path scenario = Files.writeString(dir.resolve("scenario.json"), Files.readString(
                        Path.of("scenarios/kent/01-initial-meeting-late-over-christmas.json"))
                        .replace("\"policy\": \"kent\"", "\"policy\": \"x.cin\""));
                command = role.command.replace("SCENARIO", scenario.toString());
            }
            String[] args = command.split(" ");
            Cin.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cin.run(args), command);
            assertNotEquals(3, run.status(), run::toString);
            assertPrintable(run.out() + run.err());
            boolean emptyIsValid = kind == Kind.EMPTY_DEVICE && role == Role.CLOSURE_DAYS;
            if (!emptyIsValid) {
                assertTrue(run.status() == 2, run::toString);
                assertTrue(run.all().contains("x" + role.suffix), run::toString);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static boolean make(Kind kind, Path file) throws Exception {
        switch (kind) {
            case PIPE -> {
                return Fifo.make(file);
            }
            case SOCKET -> {
                try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                    socket.bind(UnixDomainSocketAddress.of(file));
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
                return Files.exists(file);
            }
            case FOLDER -> Files.createDirectory(file);
            case DANGLING_LINK -> Files.createSymbolicLink(file, file.resolveSibling("nowhere" + file.getFileName()));
            case LINK_LOOP -> {
                Path other = file.resolveSibling("loop");
                Files.createSymbolicLink(other, file);
                Files.createSymbolicLink(file, other);
            }
            case EMPTY_DEVICE, ENDLESS_DEVICE -> {
                Path device = Path.of(kind == Kind.EMPTY_DEVICE ? "/dev/null" : "/dev/zero");
                if (!Files.exists(device)) {
                    return false;
                }
                Files.createSymbolicLink(file, device);
            }
        }
        return true;
    }

    private static void assertPrintable(String text) {
        text.chars().forEach(c -> assertFalse(c != '\n' && c != '\t' && Printable.isHazard(c),
                () -> "unescaped " + Printable.name(c) + " in " + Printable.lines(text)));
    }
}
