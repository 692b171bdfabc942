package org.childinneed.policies.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.Attributes;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.ConferenceOutcome;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.EventType;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.PlanOrigin;

/**
 * One referral episode's dates, as the census and the Standard Safeguarding Dataset both give
 * them, turned into case events by one mapping (the table in the README): an assessment is
 * {@code in-need} when a plan starts on or after its authorisation, a plan ending on the closure
 * date takes its reason from the closure code, a CP plan ending up to 7 days before a CIN plan
 * starts is a step-down, an initial conference on the day a CP plan starts has outcome
 * {@code cp-plan}. Each importer reads and checks its own format and adds dates here.
 */
public final class EpisodeEvents {

    private static final Map<String, ClosureReason> CLOSURE = Map.of("RC1", ClosureReason.ADOPTED, "RC2",
            ClosureReason.DIED, "RC3", ClosureReason.CHILD_ARRANGEMENTS_ORDER, "RC4",
            ClosureReason.SPECIAL_GUARDIANSHIP_ORDER, "RC5", ClosureReason.TRANSFERRED_TO_ANOTHER_AUTHORITY, "RC6",
            ClosureReason.ADULT_SOCIAL_CARE, "RC7", ClosureReason.NO_LONGER_IN_NEED, "RC8",
            ClosureReason.NO_LONGER_IN_NEED, "RC9", ClosureReason.STEPPED_DOWN_TO_EARLY_HELP);

    private record Pending(String id, EventType type, LocalDate date, Map<String, Object> attributes) {
    }

    private record Span(LocalDate start, Optional<LocalDate> end) {
    }

    private final Optional<LocalDate> closure;
    private final Optional<ClosureReason> reason;
    private final List<Pending> events = new ArrayList<>();
    private final List<Span> cinPlans = new ArrayList<>();
    private final List<Span> cpPlans = new ArrayList<>();
    private int assessments;
    private int conferences;

    /** An episode referred on {@code referral}, closed on {@code closure} with the census code {@code reasonCode} (RC1-RC9). */
    public EpisodeEvents(LocalDate referral, Optional<LocalDate> closure, Optional<String> reasonCode) {
        this.closure = closure;
        this.reason = reasonCode.flatMap(EpisodeEvents::closureReason);
        add("r1", EventType.REFERRAL, referral, Map.of());
    }

    /** The reason a census closure code (RC1 to RC9, any case) stands for; empty for any other code. */
    public static Optional<ClosureReason> closureReason(String code) {
        return Optional.ofNullable(CLOSURE.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** A CIN plan. */
    public void cinPlan(LocalDate start, Optional<LocalDate> end) {
        cinPlans.add(new Span(start, end));
    }

    /** A child protection plan (not an event itself: it tells outcomes and step-downs). */
    public void cpPlan(LocalDate start, Optional<LocalDate> end) {
        cpPlans.add(new Span(start, end));
    }

    /**
     * An assessment: its start and authorisation, with the outcome where the source records it, else
     * inferred from the plans (so add the plans first).
     */
    public void assessment(Optional<LocalDate> started, Optional<LocalDate> authorised, Optional<AssessmentOutcome> outcome) {
        String id = "a" + ++assessments;
        started.ifPresent(d -> add(id + "s", EventType.ASSESSMENT_STARTED, d, Map.of()));
        authorised.ifPresent(d -> add(id, EventType.ASSESSMENT_COMPLETED, d,
                Map.of("outcome", outcome.orElseGet(() -> outcomeAfter(d)))));
    }

    /**
     * An initial child protection conference, once a day; its outcome is {@code cp-plan} when
     * {@code plan} (the source says so) or a CP plan starts that day (so add the plans first).
     */
    public void conference(LocalDate day, boolean plan) {
        boolean held = events.stream().anyMatch(e -> e.type() == EventType.INITIAL_CP_CONFERENCE && e.date().equals(day));
        if (!held) {
            boolean cp = plan || cpPlans.stream().anyMatch(d -> d.start().equals(day));
            add("c" + ++conferences, EventType.INITIAL_CP_CONFERENCE, day, cp ? Map.of("outcome", ConferenceOutcome.CP_PLAN) : Map.of());
        }
    }

    /** Any other event ({@code id} unique within the episode). */
    public void add(String id, EventType type, LocalDate date, Map<String, Object> attributes) {
        events.add(new Pending(id, type, date, attributes));
    }

    /** The episode's events in date order (events of one day in the order added, the plans' last). */
    public List<CaseEvent> events() {
        List<Pending> all = new ArrayList<>(events);
        cinPlans.sort(Comparator.comparing(Span::start));
        addPlans(all);
        all.sort(Comparator.comparing(Pending::date));
        List<CaseEvent> built = new ArrayList<>();
        for (Pending e : all) {
            built.add(e.type().create(EventRef.of(built.size(), e.id()), e.date(), Attributes.of(e.attributes())));
        }
        return built;
    }

    private AssessmentOutcome outcomeAfter(LocalDate authorised) {
        boolean plan = cinPlans.stream().anyMatch(d -> !d.start().isBefore(authorised))
                || cpPlans.stream().anyMatch(d -> !d.start().isBefore(authorised));
        return plan ? AssessmentOutcome.IN_NEED : AssessmentOutcome.NOT_IN_NEED;
    }

    private void addPlans(List<Pending> all) {
        int n = 0;
        for (Span plan : cinPlans) {
            n++;
            Optional<Span> steppedDown = cpPlans.stream().filter(cp -> cp.end().isPresent()
                    && !cp.end().get().isAfter(plan.start()) && !cp.end().get().plusDays(7).isBefore(plan.start())).findFirst();
            steppedDown.ifPresent(cp -> all.add(new Pending("k" + cpPlans.indexOf(cp), EventType.CP_CONFERENCE,
                    cp.end().get(), Map.of("outcome", ConferenceOutcome.STEP_DOWN_TO_CIN))));
            all.add(new Pending("p" + n, EventType.PLAN_STARTED, plan.start(),
                    Map.of("origin", steppedDown.isPresent() ? PlanOrigin.CHILD_PROTECTION : PlanOrigin.ASSESSMENT)));
            Optional<LocalDate> end = plan.end().or(() -> closure.filter(c -> !c.isBefore(plan.start())));
            if (end.isPresent()) {
                all.add(new Pending("p" + n + "e", EventType.PLAN_ENDED, end.get(), Map.of("reason", reasonFor(end.get()))));
            }
        }
    }

    /** RC codes tell the reason when the plan ends on the closure date; a CP plan starting then tells too. */
    private ClosureReason reasonFor(LocalDate end) {
        if (cpPlans.stream().anyMatch(cp -> cp.start().equals(end))) {
            return ClosureReason.CHILD_PROTECTION_PLAN;
        }
        if (closure.filter(end::equals).isPresent() && reason.isPresent()) {
            return reason.get();
        }
        return ClosureReason.NO_LONGER_IN_NEED;
    }
}
