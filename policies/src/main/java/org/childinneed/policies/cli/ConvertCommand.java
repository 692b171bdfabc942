package org.childinneed.policies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.policies.casefile.CaseFileWriter;
import org.childinneed.policies.importer.CaseImport;
import org.childinneed.policies.importer.ssd.SsdSource;
import org.childinneed.policies.io.OutputException;
import org.childinneed.policies.io.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cin convert}: an authority's census file to case files, one per episode. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        header = "Write the cases of a Children in Need census file or an SSD extract as case files.",
        description = {"Read each child's episodes from a DfE Children in Need census file (XML) and write each as a "
                + "case file (JSON) named after its case id (LAchildID-episode) in the output directory, to inspect, "
                + "edit, or keep as a scenario. Problems are printed to standard error; every readable case is written."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:every case was converted",
            "2:some input could not be read, or some case file written (the others were still written)"})
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The directory to write case files to (created if missing). Each file is written "
                    + "atomically, and never over an input or into an SSD extract's folder.")
    private Path output;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Census files (XML) and Standard Safeguarding Dataset extracts (directories holding ssd_cin_episodes.csv).")
    private List<Path> inputs = new java.util.ArrayList<>();

    @Option(names = "--ssd", paramLabel = "JDBC-URL", description = "Also convert the cases of a Standard Safeguarding "
            + "Dataset database (the driver jar on the class path; user and password from CIN_SSD_USER and CIN_SSD_PASSWORD).")
    private List<String> ssd = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = context.err();
        int bad = 0;
        int[] written = {0};
        int[] unwritten = {0};
        try {
            OutputFile.createFolder(output);
        } catch (OutputException e) {
            err.println("cin: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
        java.util.function.Consumer<org.childinneed.model.timeline.CaseRecord> sink = record -> {
            Path file = output.resolve(record.caseId().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
            try {
                OutputFile.refuseAliasOfInputs(file, inputs, ".json");
                OutputFile.write(file, out -> out.write(CaseFileWriter.write(record)));
                written[0]++;
            } catch (OutputException e) {
                err.println("cin: " + e.getMessage());
                unwritten[0]++;
            }
        };
        if (inputs.isEmpty() && ssd.isEmpty()) {
            err.println("cin: nothing to convert: name census files, SSD extracts or --ssd JDBC-URL");
            return ExitStatus.BAD_INPUT;
        }
        for (Path input : inputs) {
            if (SsdSource.isExtract(input)) {
                bad += CaseImport.read(input.toString(), SsdSource.folder(input), sink, err);
            } else if (Files.isRegularFile(input) && CaseImport.isCensus(input)) {
                bad += CaseImport.readCensus(input, sink, err);
            } else {
                err.println(input + ": neither a census file (XML) nor an SSD extract (a directory holding ssd_cin_episodes.csv)");
                bad++;
            }
        }
        for (String url : ssd) {
            try {
                bad += CaseImport.read(SsdSource.printable(url), SsdSource.database(url,
                        java.util.Optional.ofNullable(System.getenv("CIN_SSD_USER")),
                        java.util.Optional.ofNullable(System.getenv("CIN_SSD_PASSWORD"))), sink, err);
            } catch (IOException e) {
                err.println("cin: " + e.getMessage());
                bad++;
            }
        }
        context.out().println(written[0] + (written[0] == 1 ? " case file" : " case files") + " written to " + output);
        context.out().flush();
        err.flush();
        return bad > 0 || unwritten[0] > 0 ? ExitStatus.BAD_INPUT : ExitStatus.OK;
    }
}
