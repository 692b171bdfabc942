package org.childinneed.policies.importer.ssd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.S47Outcome;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.InvalidCaseException;
import org.childinneed.policies.importer.ImportedSource;
import org.childinneed.policies.importer.EpisodeEvents;
import org.childinneed.policies.importer.ImportProblem;
import org.childinneed.policies.importer.ImportedCase;
import org.childinneed.policies.importer.census.CensusFile;

/**
 * The Standard Safeguarding Dataset read as cases, one per referral ({@code ssd_cin_episodes}
 * row), the case id the person id and the referral id ({@code P1-R7}). The episode table is read
 * one row at a time; the other tables are first read once into an index of ids and dates only
 * (some tens of bytes a row, never a name or free text). The mapping is the census's
 * ({@link EpisodeEvents}), with what the SSD adds: visits, allocations and worker changes, and
 * recorded assessment and section 47 outcomes. Problems name the table file and line, the
 * column and the person id.
 */
public final class SsdSource extends ImportedSource {

    static final String EPISODES = "ssd_cin_episodes";

    /** What the SSD can record: the census's events, and visits, allocations and worker changes. */
    public static final Set<EventType> RECORDABLE;

    static {
        EnumSet<EventType> types = EnumSet.copyOf(CensusFile.RECORDABLE);
        types.addAll(List.of(EventType.VISIT, EventType.CASE_ALLOCATED, EventType.WORKER_CHANGED));
        RECORDABLE = java.util.Collections.unmodifiableSet(types);
    }

    private final TableReader tables;
    private final SsdIndex index;
    private final Optional<Iterator<Row>> episodes;
    private final List<ImportProblem> sourceProblems = new ArrayList<>();

    SsdSource(TableReader tables, String name) {
        super(name);
        this.tables = tables;
        this.index = new SsdIndex(tables);
        this.episodes = tables.rows(EPISODES);
        if (episodes.isEmpty()) {
            sourceProblems.add(new ImportProblem(Optional.empty(), Optional.empty(), Optional.empty(), EPISODES,
                    "missing: the source has no CIN episodes table, so no case is read"));
        }
    }

    /** The SSD extract in {@code folder}: one CSV file per table ({@code ssd_cin_episodes.csv} and the others). */
    public static SsdSource folder(Path folder) {
        return new SsdSource(new CsvFolder(folder), folder.toString());
    }

    /** Whether {@code folder} holds an SSD extract (a {@code ssd_cin_episodes.csv}). */
    public static boolean isExtract(Path folder) {
        return CsvFolder.isExtract(folder);
    }

    /**
     * The SSD tables of the database at {@code url}, read over JDBC with the driver the caller puts on
     * the class path; {@code user} and {@code password} may be empty (then the URL or the driver says).
     *
     * @throws IOException if the database cannot be reached: the message names no credential
     */
    public static SsdSource database(String url, Optional<String> user, Optional<String> password) throws IOException {
        return new SsdSource(JdbcTables.connect(url, user, password), printable(url));
    }

    /** {@code url} as it may be printed: without its query or properties, nor a user or password in it. */
    public static String printable(String url) {
        return JdbcTables.redacted(url);
    }

    @Override
    public Optional<ImportedCase> next() {
        if (episodes.isEmpty() || !episodes.get().hasNext()) {
            return Optional.empty();
        }
        return Optional.of(episode(episodes.get().next()));
    }

    @Override
    public List<ImportProblem> sourceProblems() {
        List<ImportProblem> all = new ArrayList<>(sourceProblems);
        all.addAll(index.orphans());
        all.addAll(tables.problems());
        return all;
    }

    @Override
    public Set<EventType> recordable() {
        return RECORDABLE;
    }

    @Override
    public void close() throws IOException {
        tables.close();
    }

    private ImportedCase episode(Row row) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<String> person = row.id("cine_person_id", Optional.empty(), problems);
        Optional<String> referralId = row.id("cine_referral_id", person, problems);
        String caseId = person.orElse("?") + "-" + referralId.orElse(row.where());
        if (person.isEmpty() && row.text("cine_person_id").isEmpty()) {
            problems.add(row.problem(person, "cine_person_id", "missing"));
        }
        if (referralId.isEmpty() && row.text("cine_referral_id").isEmpty()) {
            problems.add(row.problem(person, "cine_referral_id", "missing"));
        }
        Optional<LocalDate> referral = row.date("cine_referral_date", person, problems);
        if (referral.isEmpty() && row.text("cine_referral_date").isEmpty()) {
            problems.add(row.problem(person, "cine_referral_date", "missing"));
        }
        Optional<LocalDate> closure = row.date("cine_close_date", person, problems);
        Optional<String> reason = row.text("cine_close_reason");
        if (reason.isPresent() && EpisodeEvents.closureReason(reason.get()).isEmpty()) {
            problems.add(row.problem(person, "cine_close_reason", "not a census closure reason (RC1 to RC9)"));
            reason = Optional.empty();
        }
        row.flag("cine_referral_nfa", person, problems);
        if (person.isEmpty() || referralId.isEmpty() || referral.isEmpty()) {
            return new ImportedCase(caseId, Optional.empty(), problems);
        }
        problems.addAll(index.problemsOf(person.get(), referralId.get()));
        Optional<SsdIndex.Person> who = index.person(person.get());
        if (who.isEmpty()) {
            if (!index.listed(person.get())) {
                problems.add(row.problem(person, "cine_person_id", "no row of ssd_person with this pers_person_id (so no date of birth)"));
            }
            return new ImportedCase(caseId, Optional.empty(), problems);
        }
        EpisodeEvents events = new EpisodeEvents(referral.get(), closure, reason);
        SsdIndex.Referral r = index.referral(referralId.get());
        r.cpPlans().forEach(p -> events.cpPlan(p.start(), p.end()));
        r.cinPlans().forEach(p -> events.cinPlan(p.start(), p.end()));
        r.assessments().forEach(a -> events.assessment(Optional.ofNullable(a.start()), a.end(),
                a.flag().filter(nfa -> nfa).map(nfa -> AssessmentOutcome.NOT_IN_NEED)));
        int n = 0;
        for (SsdIndex.Span s : r.enquiries()) {
            String id = "s" + ++n;
            events.add(id, EventType.S47_ENQUIRY_STARTED, s.start(), Map.of());
            s.end().ifPresent(end -> events.add(id + "e", EventType.S47_ENQUIRY_COMPLETED, end,
                    s.flag().orElse(false) ? Map.of("outcome", S47Outcome.NO_FURTHER_ACTION) : Map.of()));
        }
        r.conferences().stream().sorted(java.util.Comparator.comparing(SsdIndex.Span::start))
                .forEach(c -> events.conference(c.start(), c.flag().orElse(false)));
        n = 0;
        for (LocalDate review : r.reviews()) {
            events.add("cr" + ++n, EventType.CP_REVIEW, review, Map.of());
        }
        n = 0;
        for (LocalDate worker : r.workers()) {
            events.add("w" + ++n, n == 1 ? EventType.CASE_ALLOCATED : EventType.WORKER_CHANGED, worker, Map.of());
        }
        n = 0;
        for (SsdIndex.Visit visit : who.get().visits()) {
            LocalDate on = visit.date();
            boolean within = !on.isBefore(referral.get()) && closure.map(c -> !on.isAfter(c)).orElse(true);
            if (within) {
                events.add("v" + ++n, EventType.VISIT, on, visit.childNotSeen() ? Map.of("childNotSeen", true) : Map.of());
            }
        }
        try {
            Child child = new Child(who.get().born(), who.get().disabled());
            return new ImportedCase(caseId, Optional.of(new CaseRecord(caseId, child, events.events())), problems);
        } catch (InvalidCaseException e) {
            e.problems().forEach(x -> problems.add(row.problem(person, EPISODES, x.describe())));
            return new ImportedCase(caseId, Optional.empty(), problems);
        }
    }
}
