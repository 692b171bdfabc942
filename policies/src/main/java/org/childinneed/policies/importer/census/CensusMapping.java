package org.childinneed.policies.importer.census;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.S47Outcome;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.InvalidCaseException;
import org.childinneed.policies.importer.EpisodeEvents;
import org.childinneed.policies.importer.ImportProblem;
import org.childinneed.policies.importer.ImportedCase;

/**
 * Turns one census {@code Child} into cases, one per {@code CINdetails} episode (the mapping table
 * is in the README). Reads only what rules need (dates, codes, disability); names, UPNs,
 * ethnicity and gender are never read, and no value is repeated in a problem unless it is a
 * well-formed id or the digits of a date.
 */
final class CensusMapping {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9/-]{1,12}");
    private static final Set<String> DISABILITIES = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR",
            "VIS", "BEH", "CON", "AUT", "DDA");

    private CensusMapping() {
    }

    /** The child's LAchildID, when present and safe to repeat in messages. */
    static Optional<String> childId(XmlElement child) {
        return child.child("ChildIdentifiers").flatMap(i -> i.valued("LAchildID")).map(XmlElement::text)
                .filter(id -> SAFE_ID.matcher(id).matches());
    }

    /** Every episode of {@code child} as a case. */
    static List<ImportedCase> cases(XmlElement child) {
        Optional<String> id = childId(child);
        List<ImportProblem> childProblems = new ArrayList<>();
        Problems p = new Problems(id, Optional.empty(), childProblems);
        if (id.isEmpty()) {
            p.add(child.child("ChildIdentifiers").flatMap(i -> i.child("LAchildID")).orElse(child),
                    "Child/ChildIdentifiers/LAchildID", child.child("ChildIdentifiers").flatMap(i -> i.valued("LAchildID"))
                            .isPresent() ? "not a usable id (letters, digits, '.', '_' and '-', at most 40)" : "missing");
        }
        Optional<XmlElement> identifiers = child.child("ChildIdentifiers");
        Optional<LocalDate> born = identifiers.flatMap(i -> p.date(i, "PersonBirthDate", "Child/ChildIdentifiers"));
        if (born.isEmpty() && identifiers.flatMap(i -> i.valued("PersonBirthDate")).isEmpty()) {
            born = identifiers.flatMap(i -> p.date(i, "ExpectedPersonBirthDate", "Child/ChildIdentifiers"));
            if (born.isEmpty() && identifiers.flatMap(i -> i.valued("ExpectedPersonBirthDate")).isEmpty()) {
                p.add(identifiers.orElse(child), "Child/ChildIdentifiers/PersonBirthDate",
                        "missing, and no ExpectedPersonBirthDate either");
            }
        }
        boolean disabled = false;
        for (XmlElement d : child.child("ChildCharacteristics").flatMap(c -> c.child("Disabilities"))
                .map(ds -> ds.all("Disability")).orElse(List.of())) {
            String code = d.text().toUpperCase(Locale.ROOT);
            if (!DISABILITIES.contains(code)) {
                p.add(d, "Child/ChildCharacteristics/Disabilities/Disability", "not a census disability code");
            } else if (!code.equals("NONE")) {
                disabled = true;
            }
        }
        List<XmlElement> episodes = child.all("CINdetails");
        String base = id.orElse("line-" + child.line);
        if (episodes.isEmpty()) {
            p.add(child, "Child/CINdetails", "missing: the child has no episode");
        }
        if (id.isEmpty() || born.isEmpty() || episodes.isEmpty()) {
            return List.of(new ImportedCase(base, Optional.empty(), childProblems));
        }
        Child record = new Child(born.get(), disabled);
        List<ImportedCase> cases = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            List<ImportProblem> problems = new ArrayList<>(i == 0 ? childProblems : List.of());
            cases.add(new Episode(new Problems(id, Optional.of(i + 1), problems), episodes.get(i))
                    .toCase(base + "-" + (i + 1), record, problems));
        }
        return cases;
    }

    /** Problems of one child or episode, and the value readers that add to them. */
    record Problems(Optional<String> child, Optional<Integer> episode, List<ImportProblem> list) {

        void add(XmlElement at, String path, String message) {
            list.add(new ImportProblem(Optional.of(at.line), child, episode, path, message));
        }

        Optional<LocalDate> date(XmlElement parent, String name, String parentPath) {
            Optional<XmlElement> e = parent.valued(name);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            String text = e.get().text();
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() < 1900 || date.getYear() > 2100) {
                    add(e.get(), parentPath + "/" + name, "'" + text + "' lies outside 1900 to 2100");
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeParseException ex) {
                add(e.get(), parentPath + "/" + name, (DATE_LIKE.matcher(text).matches() ? "'" + text + "' " : "")
                        + "is not a real date in the form YYYY-MM-DD");
                return Optional.empty();
            }
        }

        /** A census boolean: true/false/1/0 in any case. */
        Optional<Boolean> flag(XmlElement parent, String name, String parentPath) {
            Optional<XmlElement> e = parent.valued(name);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            switch (e.get().text().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> {
                    return Optional.of(true);
                }
                case "false", "0" -> {
                    return Optional.of(false);
                }
                default -> {
                    add(e.get(), parentPath + "/" + name, "not true, false, 1 or 0");
                    return Optional.empty();
                }
            }
        }
    }

    /** One CINdetails episode: its elements read and checked, the dates handed to {@link EpisodeEvents}. */
    private static final class Episode {
        private static final String PATH = "Child/CINdetails";
        private final Problems p;
        private final XmlElement cin;
        private final Optional<LocalDate> closure;
        private final Optional<String> reason;

        Episode(Problems p, XmlElement cin) {
            this.p = p;
            this.cin = cin;
            this.closure = p.date(cin, "CINclosureDate", PATH);
            Optional<XmlElement> rc = cin.valued("ReasonForClosure");
            this.reason = rc.map(XmlElement::text);
            if (rc.isPresent() && EpisodeEvents.closureReason(rc.get().text()).isEmpty()) {
                p.add(rc.get(), PATH + "/ReasonForClosure", "not a census closure reason (RC1 to RC9)");
            }
        }

        ImportedCase toCase(String caseId, Child child, List<ImportProblem> problems) {
            p.flag(cin, "ReferralNFA", PATH);
            Optional<LocalDate> referral = p.date(cin, "CINreferralDate", PATH);
            if (referral.isEmpty()) {
                if (cin.valued("CINreferralDate").isEmpty()) {
                    p.add(cin, PATH + "/CINreferralDate", "missing");
                }
                return new ImportedCase(caseId, Optional.empty(), problems);
            }
            EpisodeEvents episode = new EpisodeEvents(referral.get(), closure, reason);
            readPlans(episode);
            readAssessments(episode);
            readSection47(episode);
            try {
                return new ImportedCase(caseId, Optional.of(new CaseRecord(caseId, child, episode.events())), problems);
            } catch (InvalidCaseException e) {
                e.problems().forEach(x -> p.add(cin, PATH, x.describe()));
                return new ImportedCase(caseId, Optional.empty(), problems);
            }
        }

        private void readPlans(EpisodeEvents episode) {
            for (XmlElement cp : cin.all("ChildProtectionPlans")) {
                p.date(cp, "CPPstartDate", PATH + "/ChildProtectionPlans").ifPresent(start ->
                        episode.cpPlan(start, p.date(cp, "CPPendDate", PATH + "/ChildProtectionPlans")));
            }
            for (XmlElement plan : cin.all("CINPlanDates")) {
                Optional<LocalDate> start = p.date(plan, "CINPlanStartDate", PATH + "/CINPlanDates");
                Optional<LocalDate> end = p.date(plan, "CINPlanEndDate", PATH + "/CINPlanDates");
                if (start.isEmpty()) {
                    if (plan.valued("CINPlanStartDate").isEmpty()) {
                        p.add(plan, PATH + "/CINPlanDates/CINPlanStartDate", "missing: this plan is not read");
                    }
                } else if (end.isPresent() && end.get().isBefore(start.get())) {
                    p.add(plan, PATH + "/CINPlanDates/CINPlanEndDate", "before the plan's start date: this plan is not read");
                } else {
                    episode.cinPlan(start.get(), end);
                }
            }
        }

        private void readAssessments(EpisodeEvents episode) {
            for (XmlElement a : cin.all("Assessments")) {
                String path = PATH + "/Assessments";
                episode.assessment(p.date(a, "AssessmentActualStartDate", path), p.date(a, "AssessmentAuthorisationDate", path),
                        Optional.empty());
            }
        }

        private void readSection47(EpisodeEvents episode) {
            int n = 0;
            List<LocalDate> conferences = new ArrayList<>();
            for (XmlElement s : cin.all("Section47")) {
                n++;
                String path = PATH + "/Section47";
                Optional<LocalDate> start = p.date(s, "S47ActualStartDate", path);
                Optional<LocalDate> icpc = p.date(s, "DateOfInitialCPC", path);
                Optional<Boolean> notRequired = p.flag(s, "ICPCnotRequired", path);
                p.date(s, "InitialCPCtarget", path);
                if (start.isPresent()) {
                    episode.add("s" + n, EventType.S47_ENQUIRY_STARTED, start.get(), Map.of());
                    if (notRequired.orElse(false) && icpc.isEmpty()) {
                        // The census gives no end date: the decision is dated the enquiry's start.
                        episode.add("s" + n + "e", EventType.S47_ENQUIRY_COMPLETED, start.get(),
                                Map.of("outcome", S47Outcome.NO_FURTHER_ACTION));
                    }
                } else if (s.valued("S47ActualStartDate").isEmpty()) {
                    p.add(s, path + "/S47ActualStartDate", "missing: this enquiry is not read");
                }
                icpc.ifPresent(conferences::add);
            }
            p.date(cin, "DateOfInitialCPC", PATH).ifPresent(conferences::add);
            conferences.stream().sorted().forEach(day -> episode.conference(day, false));
            int r = 0;
            for (XmlElement cp : cin.all("ChildProtectionPlans")) {
                for (XmlElement reviews : cp.all("Reviews")) {
                    for (XmlElement review : reviews.all("CPPreviewDate")) {
                        try {
                            episode.add("cr" + ++r, EventType.CP_REVIEW, LocalDate.parse(review.text()), Map.of());
                        } catch (DateTimeParseException e) {
                            p.add(review, PATH + "/ChildProtectionPlans/Reviews/CPPreviewDate",
                                    (DATE_LIKE.matcher(review.text()).matches() ? "'" + review.text() + "' " : "")
                                            + "is not a real date in the form YYYY-MM-DD");
                        }
                    }
                }
            }
        }
    }
}
