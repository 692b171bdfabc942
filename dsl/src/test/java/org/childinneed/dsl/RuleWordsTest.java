package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each rule's description ({@code cin doc}) is the rule in plain words, construct by construct, with no script syntax. */
class RuleWordsTest {

    private static final String HEAD = "policy t \"T\" version \"1\" source \"t.txt\"\n";

    /** Words and marks of the script that must never reach the plain words. */
    static final Pattern SCRIPT_SYNTAX = Pattern.compile("\\bwith (outcome|meeting|chair|by|kind|reason|about|points|elements)\\b"
            + "|\\bmet by\\b|[\\[\\]]|\\bdue within\\b(?= \\d+ \\w+ then)|\\bcounted from the later of date\\b|\\bthen every\\b"
            + "|\\bfor each\\b|\\bwaived when\\b|\\bextended to \\w+ up to\\b|\\b[a-z]+-[a-z]+\\b|\\b[a-z]+[A-Z]\\w*\\b");

    private static String words(String parts) {
        return Scripts.policy(HEAD + "rule T-01 \"Title\"\n  cite \"s\"\n" + parts).rules().get(0).description();
    }

    @Test
    void aOneOffObligation() {
        assertEquals("When an assessment is completed and its outcome is in need, an initial meeting is due within 10 working"
                + " days. It is satisfied by an initial meeting since the last assessment started.", words("""
                  obligation initial-meeting
                    when assessment-completed with outcome in-need
                    due within 10 working days
                    met by meeting with meeting initial since the last assessment-started
                """));
    }

    @Test
    void aRepeatingObligationAndRepeatingWindows() {
        assertEquals("When a plan is started, a visit is due within 4 weeks, and again within 4 weeks of the one that met the"
                + " one before, for as long as the plan lasts. It is satisfied by a visit.", words("""
                  obligation visit
                    every 4 weeks from plan-started
                    met by visit
                """));
        assertEquals("When a plan is started, a visit is due between 4 and 6 weeks later (not before the first), and again"
                + " between 4 and 6 weeks later (not before the first) of the one that met the one before, for as long as the"
                + " plan lasts. It is satisfied by a visit.", words("""
                  obligation visit
                    every between 4 and 6 weeks from plan-started
                    met by visit
                """));
    }

    @Test
    void stepsPointsAndWindows() {
        assertEquals("When a plan is started, a review meeting is due within 6 weeks. After that, another is due 12 weeks"
                + " after the first was started (a later one, not the same one), then one is due every 12 weeks after the one before, for"
                + " as long as the plan lasts. It is satisfied by a review or early review meeting.", words("""
                  obligation review-meeting
                    when plan-started
                    due within 6 weeks
                    then at 12 weeks
                    then every 12 weeks
                    met by meeting with meeting in [review, early-review]
                """));
        assertEquals("When a plan is started, a reflective supervision is due on the day 9 months later (not before). It is"
                + " satisfied by a reflective supervision.", words("""
                  obligation reflective-supervision
                    when plan-started
                    due at 9 months
                    met by supervision with kind reflective
                """));
        assertEquals("When there is an initial meeting, a plan distribution is due the same day. It is satisfied by a plan"
                + " distributed for it.", words("""
                  obligation plan-distribution
                    when meeting with meeting initial
                    due at once
                    met by plan-distributed referring to it
                """));
        assertEquals("When the child moves into the area (counted from the later of its own date and the notified date it"
                + " records), a transfer in meeting is due between 6 and 8 weeks later (not before the first). After that,"
                + " another is due within 3 months of the one that met the one before. It is satisfied by a transfer in meeting.",
                words("""
                  obligation transfer-in-meeting
                    when moved-in counted from the later of date and notified
                    due between 6 and 8 weeks
                    then within 3 months
                    met by meeting with meeting transfer-in
                """));
    }

    @Test
    void conditionsExtensionsAndWaivers() {
        assertEquals("When an assessment is started, an assessment is due within 20 working days. It applies only if the"
                + " child is aged at least 16, or the child is disabled. It is not required if its own assessment completed"
                + " whose outcome is not in need is recorded. It is satisfied by an assessment completed. An assessment extended by"
                + " a consultant social worker extends it by the time it records (its limit working days), up to 45 working"
                + " days in all. A management decision about extension extends it to 30 working days. It is lifted"
                + " by a case allocated allocated to a team manager.", words("""
                  obligation assessment
                    when assessment-started
                    due within 20 working days
                    if child aged at least 16 or child is disabled
                    unless its assessment-completed with outcome not-in-need
                    met by assessment-completed
                    extended to limitWorkingDays up to 45 working days when assessment-extended with by consultant-social-worker
                    extended to 30 working days when management-decision with about extension
                    waived when case-allocated with to team-manager
                """));
    }

    @Test
    void findingsForEachIfAndUnless() {
        assertEquals("Each initial or transfer in meeting where the plan has been open at least 6 months, and there is a"
                + " change of worker since the last review meeting is reported as chair not permitted, unless it is chaired"
                + " by a team manager, or there is a management decision by an assistant director whose rationale is"
                + " recorded within 5 working days after it.", words("""
                  finding chair-not-permitted
                    for each meeting with meeting in [initial, transfer-in]
                    if plan open at least 6 months and a worker-changed since the last meeting with meeting review
                    unless chair is team-manager
                       or a management-decision with by assistant-director, rationale recorded within 5 working days after it
                """));
        assertEquals("Each plan still open after 12 weeks is reported as plan exceeds maximum duration, unless there is no"
                + " management decision about extension at any time before it.", words("""
                  finding plan-exceeds-maximum-duration
                    for each plan open longer than 12 weeks
                    unless no management-decision with about extension before it
                """));
        assertEquals("Each plan still open past the child's 18th birthday is reported as plan past eighteenth birthday,"
                + " unless the plan's origin is child protection.", words("""
                  finding plan-past-eighteenth-birthday
                    for each plan open past the child's 18th birthday
                    unless plan has origin child-protection
                """));
        assertEquals("Each plan updated whose points are more than 8 is reported as plan too long.", words("""
                  finding plan-too-long
                    for each plan-updated with points more than 8
                """));
        assertEquals("Each plan started marked as complex package and not marked as long term support is reported as plan"
                + " too long, unless it is marked as complex package.", words("""
                  finding plan-too-long
                    for each plan-started with complexPackage, not longTermSupport
                    unless complexPackage
                """));
        assertEquals("Each review meeting is reported as next review not set, unless the next review date it records is"
                + " within 3 months after it.", words("""
                  finding next-review-not-set
                    for each meeting with meeting review
                    unless nextReview within 3 months after it
                """));
    }

    @Test
    void advisoryRulesAndDeclaredWordsByTheirDescriptions() {
        CompiledPolicy policy = Scripts.policy(HEAD + """
                event family-network-meeting "a family network meeting"
                obligation kind safety-plan "a written safety plan"
                finding kind network-unchaired "a family network meeting held without a chair"

                advisory rule T-01 "x"
                  cite "s"
                  obligation safety-plan
                    when family-network-meeting
                    due within 5 working days
                    met by plan-updated with elements include [contingency, safety-plan]
                  finding network-unchaired
                    for each family-network-meeting
                    unless a meeting on the same day
                """);
        assertEquals("Advisory, good practice rather than a requirement: When there is a family network meeting, a written"
                + " safety plan is due within 5 working days. It is satisfied by a plan updated whose elements include contingency"
                + " and safety plan. Each family network meeting is reported as a family network meeting held without a"
                + " chair, unless there is a meeting on the same day.", policy.rules().get(0).description());
        assertEquals("x", policy.rules().get(0).title());
    }

    @Test
    void everyBundledRuleReadsWithoutScriptSyntax() throws Exception {
        List<Path> scripts;
        try (var files = Files.list(Scripts.BUNDLED)) {
            scripts = files.filter(p -> p.toString().endsWith(".cin")).sorted().toList();
        }
        StringBuilder all = new StringBuilder();
        List<String> wrong = new java.util.ArrayList<>();
        for (Path script : scripts) {
            CompiledPolicy policy = Scripts.COMPILER.compile(new PolicySource(script.getFileName().toString(),
                    Files.readString(script))).policy().orElseThrow();
            for (RuleSummary rule : policy.rules()) {
                all.append(rule.name()).append(": ").append(rule.description()).append('\n');
                Matcher syntax = SCRIPT_SYNTAX.matcher(rule.description());
                if (syntax.find()) {
                    wrong.add(rule.name() + " of " + script.getFileName() + " holds '" + syntax.group() + "': " + rule.description());
                }
            }
        }
        if (Boolean.getBoolean("rulewords.print")) {
            System.out.println(all);
        }
        assertEquals(List.of(), wrong);
    }
}
