package org.childinneed.policies.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseloadListener;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckedCase;

/**
 * A progress bar on standard error (files done of total, rate, time left), drawn by the
 * {@code me.tongfei:progressbar} library, shown once a run has lasted a second so that short runs
 * print nothing. Problems with inputs go to the printer underneath, and the bar is redrawn below them.
 */
final class Progress implements CaseloadListener {

    private static final long SHOW_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

    private final ProblemPrinter problems;
    private final PrintStream stream;
    private long start;
    private long total = -1;
    private long done;
    private ProgressBar bar;

    Progress(ProblemPrinter problems) {
        this(problems, System.err);
    }

    Progress(ProblemPrinter problems, PrintStream stream) {
        this.problems = problems;
        this.stream = stream;
    }

    @Override
    public void started(OptionalLong total) {
        start = System.nanoTime();
        this.total = total.orElse(-1);
    }

    @Override
    public void checked(CheckedCase checked) {
        problems.checked(checked);
        step();
    }

    @Override
    public void unreadable(CaseOrigin origin, CaseFileException problem) {
        problems.unreadable(origin, problem);
        step();
    }

    @Override
    public void finished(CaseloadOutcome outcome) {
        if (bar != null) {
            bar.stepTo(done);
            bar.close();
        }
    }

    private void step() {
        done++;
        if (bar == null && (done & 63) == 0 && System.nanoTime() - start > SHOW_AFTER_NANOS) {
            bar = new ProgressBarBuilder().setTaskName("cin").setUnit(" files", 1).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(250).setMaxRenderedLength(100).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).startsFrom(done, Duration.ZERO).build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }
}
