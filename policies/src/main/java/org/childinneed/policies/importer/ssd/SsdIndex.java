package org.childinneed.policies.importer.ssd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every SSD table but the episodes, read once into ids and dates keyed by referral and person
 * (no name, no free text), so that each episode row finds its plans, assessments and visits. A bad
 * value is a problem of the referral (or, for a person's own tables, of the person) whose row it
 * is; a row that names neither is a problem of the source.
 */
final class SsdIndex {

    private static final Set<String> DISABILITIES = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR",
            "VIS", "BEH", "CON", "AUT", "DDA");

    /** A plan, enquiry, assessment or conference: its dates and its flag (NFA, CP plan) where the table has one. */
    record Span(LocalDate start, Optional<LocalDate> end, Optional<Boolean> flag) {
    }

    /** What the tables hold about one person. */
    record Person(LocalDate born, boolean disabled, List<Visit> visits) {
    }

    /** A visit: its date, and whether {@code cinv_cin_visit_seen} says the child was not seen. */
    record Visit(LocalDate date, boolean childNotSeen) {
    }

    /** What the tables hold about one referral. */
    record Referral(List<Span> assessments, List<Span> cinPlans, List<Span> cpPlans, List<Span> enquiries,
            List<Span> conferences, List<LocalDate> reviews, List<LocalDate> workers) {
        Referral() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
        }
    }

    private final Map<String, LocalDate> born = new HashMap<>();
    private final Set<String> listed = new java.util.HashSet<>();
    private final Map<String, Boolean> disabled = new HashMap<>();
    private final Map<String, List<Visit>> visits = new HashMap<>();
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Map<String, String> cpPlanReferral = new HashMap<>();
    private final Map<String, List<org.childinneed.policies.importer.ImportProblem>> personProblems = new HashMap<>();
    private final Map<String, List<org.childinneed.policies.importer.ImportProblem>> referralProblems = new HashMap<>();
    private final List<org.childinneed.policies.importer.ImportProblem> orphans = new ArrayList<>();

    SsdIndex(TableReader tables) {
        each(tables, "ssd_person", "pers_person_id", null, (row, p) -> {
            listed.add(p.person.get());
            Optional<LocalDate> dob = row.date("pers_dob", p.person, p.list);
            if (dob.isEmpty() && row.text("pers_dob").isEmpty()) {
                dob = row.date("pers_expected_dob", p.person, p.list);
                if (dob.isEmpty() && row.text("pers_expected_dob").isEmpty()) {
                    p.list.add(row.problem(p.person, "pers_dob", "missing, and no pers_expected_dob either"));
                }
            }
            dob.ifPresent(d -> born.put(p.person.get(), d));
        });
        each(tables, "ssd_disability", "disa_person_id", null, (row, p) -> row.text("disa_disability_code").ifPresent(code -> {
            String c = code.toUpperCase(Locale.ROOT);
            if (!DISABILITIES.contains(c)) {
                p.list.add(row.problem(p.person, "disa_disability_code", "not a census disability code"));
            } else {
                disabled.merge(p.person.get(), !c.equals("NONE"), Boolean::logicalOr);
            }
        }));
        each(tables, "ssd_cin_visits", "cinv_person_id", null, (row, p) -> {
            Optional<LocalDate> date = row.date("cinv_cin_visit_date", p.person, p.list);
            boolean notSeen = row.flag("cinv_cin_visit_seen", p.person, p.list).map(seen -> !seen).orElse(false);
            date.ifPresent(d -> visits.computeIfAbsent(p.person.get(), k -> new ArrayList<>()).add(new Visit(d, notSeen)));
        });
        each(tables, "ssd_cin_assessments", "cina_person_id", "cina_referral_id", (row, p) -> p.referral().assessments()
                .add(new Span(row.date("cina_assessment_start_date", p.person, p.list).orElse(null),
                        row.date("cina_assessment_auth_date", p.person, p.list),
                        row.flag("cina_assessment_outcome_nfa", p.person, p.list))));
        each(tables, "ssd_cp_plans", "cppl_person_id", "cppl_referral_id", (row, p) -> {
            row.id("cppl_cp_plan_id", p.person, p.list).ifPresent(id -> cpPlanReferral.put(id, p.referralId.get()));
            span(row, p, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", null).ifPresent(p.referral().cpPlans()::add);
        });
        each(tables, "ssd_cin_plans", "cinp_person_id", "cinp_referral_id", (row, p) ->
                span(row, p, "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", null).ifPresent(p.referral().cinPlans()::add));
        each(tables, "ssd_s47_enquiry", "s47e_person_id", "s47e_referral_id", (row, p) ->
                span(row, p, "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa").ifPresent(p.referral().enquiries()::add));
        each(tables, "ssd_initial_cp_conference", "icpc_person_id", "icpc_referral_id", (row, p) ->
                span(row, p, "icpc_icpc_date", null, "icpc_icpc_outcome_cp_flag").ifPresent(p.referral().conferences()::add));
        each(tables, "ssd_involvements", "invo_person_id", "invo_referral_id", (row, p) ->
                row.date("invo_involvement_start_date", p.person, p.list).ifPresent(p.referral().workers()::add));
        each(tables, "ssd_cp_reviews", "cppr_person_id", null, (row, p) -> {
            Optional<String> plan = row.id("cppr_cp_plan_id", p.person, p.list);
            Optional<LocalDate> day = row.date("cppr_cp_review_date", p.person, p.list);
            if (plan.isPresent() && day.isPresent()) {
                String referral = cpPlanReferral.get(plan.get());
                if (referral == null) {
                    p.list.add(row.problem(p.person, "cppr_cp_plan_id", "no row of ssd_cp_plans with this cppl_cp_plan_id"));
                } else {
                    referrals.computeIfAbsent(referral, k -> new Referral()).reviews().add(day.get());
                }
            }
        });
        referrals.values().forEach(r -> {
            r.reviews().sort(null);
            r.workers().sort(null);
            r.assessments().removeIf(a -> a.start() == null && a.end().isEmpty());
        });
        visits.values().forEach(v -> v.sort(java.util.Comparator.comparing(Visit::date)));
    }

    Optional<Person> person(String id) {
        LocalDate dob = born.get(id);
        return dob == null ? Optional.empty()
                : Optional.of(new Person(dob, disabled.getOrDefault(id, false), visits.getOrDefault(id, List.of())));
    }

    /** Whether {@code person} has a row in {@code ssd_person}, readable or not. */
    boolean listed(String person) {
        return listed.contains(person);
    }

    Referral referral(String id) {
        return referrals.getOrDefault(id, new Referral());
    }

    /** Problems in the rows of {@code person}'s own tables and of the referral {@code referral}. */
    List<org.childinneed.policies.importer.ImportProblem> problemsOf(String person, String referral) {
        List<org.childinneed.policies.importer.ImportProblem> out = new ArrayList<>(personProblems.getOrDefault(person, List.of()));
        out.addAll(referralProblems.getOrDefault(referral, List.of()));
        return out;
    }

    /** Problems in rows that name no usable person or referral. */
    List<org.childinneed.policies.importer.ImportProblem> orphans() {
        return List.copyOf(orphans);
    }

    /** The row in hand: its person and referral ids, and where its problems go. */
    private final class Owner {
        final Optional<String> person;
        final Optional<String> referralId;
        final List<org.childinneed.policies.importer.ImportProblem> list;

        Owner(Optional<String> person, Optional<String> referralId, List<org.childinneed.policies.importer.ImportProblem> list) {
            this.person = person;
            this.referralId = referralId;
            this.list = list;
        }

        Referral referral() {
            return referrals.computeIfAbsent(referralId.get(), k -> new Referral());
        }
    }

    private interface RowReader {
        void read(Row row, Owner owner);
    }

    private void each(TableReader tables, String table, String personColumn, String referralColumn, RowReader reader) {
        Optional<Iterator<Row>> rows = tables.rows(table);
        if (rows.isEmpty()) {
            return;
        }
        for (Iterator<Row> it = rows.get(); it.hasNext(); ) {
            Row row = it.next();
            List<org.childinneed.policies.importer.ImportProblem> found = new ArrayList<>();
            Optional<String> person = row.id(personColumn, Optional.empty(), found);
            Optional<String> referral = referralColumn == null ? Optional.empty() : row.id(referralColumn, person, found);
            boolean owned = referralColumn == null ? person.isPresent() : referral.isPresent();
            if (!owned) {
                String column = referralColumn == null ? personColumn : referralColumn;
                if (row.text(column).isEmpty()) {
                    found.add(row.problem(person, column, "missing: this row is not read"));
                }
                orphans.addAll(found);
                continue;
            }
            reader.read(row, new Owner(person, referral, found));
            if (!found.isEmpty()) {
                (referralColumn == null ? personProblems.computeIfAbsent(person.get(), k -> new ArrayList<>())
                        : referralProblems.computeIfAbsent(referral.get(), k -> new ArrayList<>())).addAll(found);
            }
        }
    }

    private static Optional<Span> span(Row row, Owner p, String startColumn, String endColumn, String flagColumn) {
        Optional<LocalDate> start = row.date(startColumn, p.person, p.list);
        Optional<LocalDate> end = endColumn == null ? Optional.empty() : row.date(endColumn, p.person, p.list);
        Optional<Boolean> flag = flagColumn == null ? Optional.empty() : row.flag(flagColumn, p.person, p.list);
        if (start.isEmpty()) {
            if (row.text(startColumn).isEmpty()) {
                p.list.add(row.problem(p.person, startColumn, "missing: this row is not read"));
            }
            return Optional.empty();
        }
        if (end.isPresent() && end.get().isBefore(start.get())) {
            p.list.add(row.problem(p.person, endColumn, "before " + startColumn + ": this row is not read"));
            return Optional.empty();
        }
        return Optional.of(new Span(start.get(), end, flag));
    }
}
