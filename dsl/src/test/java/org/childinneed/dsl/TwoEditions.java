package org.childinneed.dsl;

import java.util.List;
import java.util.Optional;

/**
 * A baseline in two editions for tests of versions: policy {@code base}, its 2018 edition (a
 * referral decision within 1 working day) and its 2023 one, effective 15 December 2023 (within 2).
 */
final class TwoEditions {

    private static final String BASE_2018 = """
            policy base "A baseline"
              version "2018"
              source "base-2018.txt"
            rule B-01 "Decision within 1 working day"
              cite "Referrals"
              obligation referral-decision
                when referral
                due within 1 working day
                met by referral-decided
            """;
    private static final String BASE_2023 = """
            policy base "A baseline"
              version "2023" effective 2023-12-15
              source "base-2023.txt"
            rule B-01 "Decision within 2 working days"
              cite "Referrals"
              obligation referral-decision
                when referral
                due within 2 working days
                met by referral-decided
            """;

    /** Two rules of an authority that extends {@code base}: A-02's kind {@code home-check} is one {@link #wordingHomeCheckEach()} declares. */
    static final String AUTHORITY_RULES = """
            rule A-01 "A visit within 10 working days of a referral"
              cite "Visits"
              obligation visit
                when referral
                due within 10 working days
                met by visit
            rule A-02 "A home check within 5 working days of a referral"
              cite "Home checks"
              obligation home-check
                when referral
                due within 5 working days
                met by visit
            """;

    private TwoEditions() {
    }

    /** The two editions, each declaring the kind {@code home-check}, and wording it its own way. */
    static PolicyResolver wordingHomeCheckEach() {
        return resolver("obligation kind home-check \"a home check (2018 wording)\"\n",
                "obligation kind home-check \"a home check (2023 wording)\"\n");
    }

    /** The two editions as written above. */
    static PolicyResolver resolver() {
        return resolver("", "");
    }

    /** The two editions, each followed by the declarations or rules given for it. */
    static PolicyResolver resolver(String more2018, String more2023) {
        List<PolicySource> editions = List.of(new PolicySource("base.cin", BASE_2018 + more2018),
                new PolicySource("base@2023.cin", BASE_2023 + more2023));
        return new PolicyResolver() {
            @Override
            public Optional<PolicySource> find(String policyId) {
                return versions(policyId).stream().findFirst();
            }

            @Override
            public List<PolicySource> versions(String policyId) {
                return policyId.equals("base") ? editions : List.of();
            }
        };
    }
}
