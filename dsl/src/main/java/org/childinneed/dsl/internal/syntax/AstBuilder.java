package org.childinneed.dsl.internal.syntax;

import static org.childinneed.dsl.internal.syntax.grammar.PolicyScriptParser.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.childinneed.dsl.internal.ast.AttributeDecl;
import org.childinneed.dsl.internal.ast.Comparison;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Duration;
import org.childinneed.dsl.internal.ast.EventDecl;
import org.childinneed.dsl.internal.ast.KindDecl;
import org.childinneed.dsl.internal.ast.CodeDecl;
import org.childinneed.dsl.internal.ast.Extension;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.FindingPart;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.NumberLiteral;
import org.childinneed.dsl.internal.ast.ObligationPart;
import org.childinneed.dsl.internal.ast.OutOfScopeDecl;
import org.childinneed.dsl.internal.ast.Part;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.ast.Scope;
import org.childinneed.dsl.internal.ast.Step;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.ast.Text;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.dsl.internal.ast.Trigger;
import org.childinneed.dsl.internal.ast.Waiver;

/**
 * Builds the project's own syntax tree from ANTLR's parse tree. Parts of the parse tree that hold
 * syntax errors are left out (they were reported already), so that the checker can still report
 * every other error in the same run.
 */
final class AstBuilder {

    private final java.util.NavigableSet<Integer> errorTokens;

    /** A builder that leaves out every top-level item in whose text one of {@code errorTokens} lies. */
    AstBuilder(java.util.NavigableSet<Integer> errorTokens) {
        this.errorTokens = errorTokens;
    }

    Optional<PolicyDecl> build(ScriptContext script) {
        HeaderContext header = script.header();
        if (header == null || hasError(header) || header.name() == null || header.POLICY() != null && header.STRING() == null) {
            return Optional.empty();
        }
        boolean complete = !hasError(script) && errorTokens.isEmpty();
        List<ParserRuleContext> items = new ArrayList<>();
        for (int i = 0; i < script.getChildCount(); i++) {
            if (script.getChild(i) instanceof RuleDeclContext || script.getChild(i) instanceof OutOfScopeContext
                    || script.getChild(i) instanceof EventDeclContext || script.getChild(i) instanceof KindDeclContext
                    || script.getChild(i) instanceof CodeDeclContext) {
                items.add((ParserRuleContext) script.getChild(i));
            }
        }
        // An error reported at the first token of an item is the fault of the item before it.
        if (!items.isEmpty() && errorsIn(0, items.get(0).getStart().getTokenIndex() + 1)) {
            return Optional.empty();
        }
        java.util.Set<ParserRuleContext> clean = new java.util.HashSet<>();
        Map<ParserRuleContext, Integer> ends = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int from = items.get(i).getStart().getTokenIndex() + 1;
            int to = i + 1 < items.size() ? items.get(i + 1).getStart().getTokenIndex() + 1 : Integer.MAX_VALUE;
            ends.put(items.get(i), to);
            if (!hasError(items.get(i)) && !errorsIn(from, to)) {
                clean.add(items.get(i));
            }
        }
        List<Text> versions = new ArrayList<>();
        List<Text> effective = new ArrayList<>();
        List<Text> sources = new ArrayList<>();
        List<Name> parents = new ArrayList<>();
        List<Name> uses = new ArrayList<>();
        for (HeaderItemContext item : header.headerItem()) {
            if (item instanceof VersionItemContext v) {
                versions.add(text(v.STRING()));
                if (v.DATE() != null) {
                    effective.add(new Text(v.DATE().getText(), position(v.DATE().getSymbol())));
                }
            } else if (item instanceof SourceItemContext s) {
                sources.add(text(s.STRING()));
            } else if (item instanceof ExtendsItemContext e) {
                parents.add(name(e.name()));
            } else if (item instanceof UsesItemContext u) {
                uses.add(name(u.name()));
            }
        }
        List<RuleDecl> rules = new ArrayList<>();
        for (RuleDeclContext rule : script.ruleDecl()) {
            if (clean.contains(rule)) {
                rules.add(rule(rule, c -> true, false));
            } else if (ends.containsKey(rule)) {
                partialRule(rule, ends.get(rule)).ifPresent(rules::add);
            }
        }
        List<OutOfScopeDecl> outOfScope = new ArrayList<>();
        for (OutOfScopeContext decl : script.outOfScope()) {
            if (clean.contains(decl)) {
                outOfScope.add(new OutOfScopeDecl(decl.clauses.stream().map(this::name).toList(), text(decl.STRING()),
                        Optional.ofNullable(decl.word).map(this::name), position(decl)));
            }
        }
        List<EventDecl> events = new ArrayList<>();
        for (EventDeclContext decl : script.eventDecl()) {
            if (clean.contains(decl)) {
                events.add(event(decl));
            }
        }
        List<KindDecl> kinds = new ArrayList<>();
        for (KindDeclContext decl : script.kindDecl()) {
            if (clean.contains(decl)) {
                kinds.add(new KindDecl(decl.OBLIGATION() != null, name(decl.name(0)), name(decl.name(1)),
                        Optional.ofNullable(decl.STRING()).map(this::text), position(decl)));
            }
        }
        List<CodeDecl> codes = new ArrayList<>();
        for (CodeDeclContext decl : script.codeDecl()) {
            if (clean.contains(decl) && decl instanceof RoleDeclContext role) {
                codes.add(new CodeDecl(true, Optional.empty(), name(role.name()), Optional.ofNullable(role.STRING()).map(this::text),
                        position(decl)));
            } else if (clean.contains(decl) && decl instanceof PlanElementDeclContext element) {
                codes.add(new CodeDecl(false, Optional.of(name(element.name(0))), name(element.name(1)),
                        Optional.ofNullable(element.STRING()).map(this::text), position(decl)));
            }
        }
        boolean vocabulary = header.VOCABULARY_WORD() != null;
        Text title = header.STRING() != null ? text(header.STRING())
                : new Text(header.name().getText(), position(header.name().getStart()));
        return Optional.of(new PolicyDecl(name(header.name()), title, versions, effective, sources, parents, rules,
                outOfScope, events, kinds, codes, uses, vocabulary, complete,
                position((vocabulary ? header.VOCABULARY_WORD() : header.POLICY()).getSymbol())));
    }

    private EventDecl event(EventDeclContext ctx) {
        List<AttributeDecl> attributes = ctx.attributeDecl().stream().map(a -> new AttributeDecl(name(a.name(0)),
                a.ROLE() != null ? new Name("role", position(a.ROLE().getSymbol())) : name(a.name(1)), Optional.ofNullable(a.list()).map(this::values), position(a))).toList();
        return new EventDecl(name(ctx.name()), Optional.ofNullable(ctx.STRING()).map(this::text), attributes, position(ctx));
    }

    /**
     * A rule holding syntax errors, built from its line-level clauses ({@code cite}, {@code when},
     * {@code due}, {@code met by}...) that hold none, so that the checker still reports the errors of
     * the others; empty when its first line ({@code rule <name> "<title>"}) holds one. A syntax error
     * belongs to the clause it lies in, or, at the first word of a clause, to the clause before it
     * (as between items); {@code end} bounds the rule's last clause so.
     */
    private Optional<RuleDecl> partialRule(RuleDeclContext ctx, int end) {
        if (ctx.RULE() == null || ctx.name() == null || ctx.name().exception != null) {
            return Optional.empty();
        }
        List<ParserRuleContext> units = new ArrayList<>();
        for (RuleItemContext item : ctx.ruleItem()) {
            if (item instanceof ObligationItemContext o && o.obligation() != null) {
                units.add(o.obligation());
                units.addAll(o.obligation().obligationClause());
            } else if (item instanceof FindingItemContext f && f.finding() != null) {
                units.add(f.finding());
                units.addAll(f.finding().findingClause());
            } else {
                units.add(item);
            }
        }
        int headerEnd = units.isEmpty() ? end : units.get(0).getStart().getTokenIndex() + 1;
        if (errorsIn(ctx.getStart().getTokenIndex() + 1, headerEnd)) {
            return Optional.empty();
        }
        java.util.Set<ParserRuleContext> broken = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            ParserRuleContext unit = units.get(i);
            int to = i + 1 < units.size() ? units.get(i + 1).getStart().getTokenIndex() + 1 : end;
            boolean head = unit instanceof ObligationContext || unit instanceof FindingContext;
            boolean unitErrors = head ? unit.exception != null || unit.getChild(1) == null
                    || hasError(unit.getChild(1)) : hasError(unit);
            if (unitErrors || errorsIn(unit.getStart().getTokenIndex() + 1, to)) {
                broken.add(unit);
            }
        }
        try {
            return Optional.of(rule(ctx, c -> !broken.contains(c), true));
        } catch (RuntimeException malformed) {
            return Optional.empty(); // a shape the recovery left that this builder cannot read: the rule is left out
        }
    }

    /** The rule, built from the clauses {@code keep} accepts; {@code partial} when syntax errors left some out. */
    private RuleDecl rule(RuleDeclContext ctx, java.util.function.Predicate<ParserRuleContext> keep, boolean partial) {
        List<Name> clauses = new ArrayList<>();
        List<Text> cites = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (RuleItemContext item : ctx.ruleItem()) {
            if (item instanceof ClauseItemContext c && keep.test(c)) {
                c.name().forEach(n -> clauses.add(name(n)));
            } else if (item instanceof CiteItemContext c && keep.test(c)) {
                cites.add(text(c.STRING()));
            } else if (item instanceof ObligationItemContext o && keep.test(o.obligation())) {
                parts.add(obligation(o.obligation(), keep));
            } else if (item instanceof FindingItemContext f && keep.test(f.finding())) {
                parts.add(finding(f.finding(), keep));
            }
        }
        Optional<Text> title = Optional.ofNullable(ctx.STRING()).map(this::text);
        return new RuleDecl(name(ctx.name()), ctx.OVERRIDE() != null, title, clauses, cites, parts,
                position(ctx.RULE().getSymbol(), ctx.name().getStop()), ctx.ADVISORY() != null, partial);
    }

    private ObligationPart obligation(ObligationContext ctx, java.util.function.Predicate<ParserRuleContext> keep) {
        List<Trigger> triggers = new ArrayList<>();
        List<ObligationPart.Every> everys = new ArrayList<>();
        List<Condition> ifs = new ArrayList<>();
        List<Condition> unlesses = new ArrayList<>();
        List<Deadline> dues = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        List<ObligationPart.MetBy> metBys = new ArrayList<>();
        List<Extension> extensions = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        for (ObligationClauseContext clause : ctx.obligationClause()) {
            if (!keep.test(clause)) {
                continue;
            }
            if (clause instanceof WhenClauseContext c) {
                triggers.add(new Trigger(patterns(c.patterns()), Optional.ofNullable(c.countedFrom()).map(this::countedFrom),
                        position(c)));
            } else if (clause instanceof EveryClauseContext c) {
                Optional<Deadline.Window> window = Optional.ofNullable(c.window()).map(this::window);
                everys.add(new ObligationPart.Every(window.map(Deadline.Window::to).orElseGet(() -> duration(c.duration())),
                        window, patterns(c.patterns()), position(c)));
            } else if (clause instanceof IfClauseContext c) {
                ifs.add(condition(c.condition()));
            } else if (clause instanceof UnlessClauseContext c) {
                unlesses.add(condition(c.condition()));
            } else if (clause instanceof DueClauseContext c) {
                dues.add(deadline(c.deadline()));
            } else if (clause instanceof ThenDueClauseContext c) {
                steps.add(new Step.Once(deadline(c.deadline()), position(c)));
            } else if (clause instanceof ThenAtClauseContext c) {
                steps.add(new Step.At(duration(c.duration()), position(c)));
            } else if (clause instanceof ThenEveryClauseContext c) {
                Optional<Deadline.Window> window = Optional.ofNullable(c.window()).map(this::window);
                steps.add(new Step.Every(window.map(Deadline.Window::to).orElseGet(() -> duration(c.duration())), window,
                        position(c)));
            } else if (clause instanceof MetByClauseContext c) {
                metBys.add(new ObligationPart.MetBy(patterns(c.patterns()),
                        Optional.ofNullable(c.pattern()).map(this::pattern), position(c)));
            } else if (clause instanceof ExtendedClauseContext c) {
                extensions.add(extension(c));
            } else if (clause instanceof WaivedClauseContext c) {
                waivers.add(new Waiver(patterns(c.patterns()), position(c)));
            } else if (clause instanceof NoDueClauseContext c) {
                dues.add(new Deadline.None(name(c.name()), position(c)));
            } else if (clause instanceof EveryAttributeClauseContext c) {
                // 'every visitWeeks weeks from d': 'when d', 'due within visitWeeks weeks', repeated.
                Deadline.WithinAttribute period = new Deadline.WithinAttribute(name(c.name()), unit(c.unit()), unitName(c.unit()),
                        position(c.name().getStart(), c.unit().getStop()));
                triggers.add(new Trigger(patterns(c.patterns()), Optional.empty(), position(c)));
                dues.add(period);
                steps.add(new Step.EveryAttribute(period, position(c)));
            }
        }
        return new ObligationPart(name(ctx.name()), triggers, everys, ifs, unlesses, dues, steps, metBys, extensions,
                waivers, position(ctx.OBLIGATION().getSymbol(), ctx.name().getStop()));
    }

    private Extension extension(ExtendedClauseContext c) {
        List<Pattern> when = patterns(c.patterns());
        if (c.extensionAmount() instanceof AttributeExtensionContext a) {
            return new Extension(Optional.of(name(a.name())), duration(a.duration()), when, position(c));
        }
        FixedExtensionContext f = (FixedExtensionContext) c.extensionAmount();
        return new Extension(Optional.empty(), duration(f.duration()), when, position(c));
    }

    private FindingPart finding(FindingContext ctx, java.util.function.Predicate<ParserRuleContext> keep) {
        List<Subject> subjects = new ArrayList<>();
        List<Condition> ifs = new ArrayList<>();
        List<Condition> unlesses = new ArrayList<>();
        for (FindingClauseContext clause : ctx.findingClause()) {
            if (!keep.test(clause)) {
                continue;
            }
            if (clause instanceof ForEachClauseContext c) {
                subjects.add(subject(c.subject()));
            } else if (clause instanceof FindingIfClauseContext c) {
                ifs.add(condition(c.condition()));
            } else if (clause instanceof FindingUnlessClauseContext c) {
                unlesses.add(condition(c.condition()));
            }
        }
        return new FindingPart(name(ctx.name()), subjects, ifs, unlesses,
                position(ctx.FINDING().getSymbol(), ctx.name().getStop()));
    }

    private Subject subject(SubjectContext ctx) {
        if (ctx instanceof PlanLongerSubjectContext c) {
            return new Subject.PlanLongerThan(duration(c.duration()), position(c));
        }
        if (ctx instanceof PlanBirthdaySubjectContext c) {
            return new Subject.PlanPastBirthday(ordinal(c.ORDINAL().getSymbol()), position(c));
        }
        EventSubjectContext c = (EventSubjectContext) ctx;
        return new Subject.Events(pattern(c.pattern()), position(c));
    }

    private Deadline deadline(DeadlineContext ctx) {
        if (ctx instanceof WithinDeadlineContext c) {
            return new Deadline.Within(duration(c.duration()), position(c));
        }
        if (ctx instanceof AtOnceDeadlineContext c) {
            return new Deadline.AtOnce(position(c));
        }
        if (ctx instanceof AtDeadlineContext c) {
            return new Deadline.At(duration(c.duration()), position(c));
        }
        if (ctx instanceof WithinAttributeDeadlineContext c) {
            return new Deadline.WithinAttribute(name(c.name()), unit(c.unit()), unitName(c.unit()), position(c));
        }
        return window(((WindowDeadlineContext) ctx).window());
    }

    private Trigger.CountedFrom countedFrom(CountedFromContext c) {
        return new Trigger.CountedFrom(c.name().stream().map(this::name).toList(), c.EARLIER() == null, position(c));
    }

    private Deadline.Window window(WindowContext c) {
        Optional<Name> fromUnitName = Optional.ofNullable(c.unit()).map(this::unitName);
        Optional<TimeUnit> fromUnit = Optional.ofNullable(c.unit()).flatMap(AstBuilder::unit);
        return new Deadline.Window(number(c.NUMBER().getSymbol()), fromUnitName, fromUnit, duration(c.duration()),
                position(c));
    }

    private Duration duration(DurationContext ctx) {
        return new Duration(number(ctx.NUMBER().getSymbol()), unit(ctx.unit()), unitName(ctx.unit()), position(ctx));
    }

    private Name unitName(UnitContext ctx) {
        String words = ctx.children.stream().map(ParseTree::getText).collect(java.util.stream.Collectors.joining(" "));
        return new Name(words, position(ctx));
    }

    /** The unit the words of {@code ctx} spell, if they spell one ({@code TimeUnit#parse}). */
    private static Optional<TimeUnit> unit(UnitContext ctx) {
        if (ctx.ID() != null) {
            // 'hour' and 'hours' are no words of the language (they may be names): a unit only here.
            String word = ctx.ID().getText();
            return ctx.children.size() == 1 && (word.equals("hour") || word.equals("hours")) ? TimeUnit.parse(word)
                    : Optional.empty();
        }
        return TimeUnit.parse(ctx.children.stream().map(ParseTree::getText)
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    private List<Pattern> patterns(PatternsContext ctx) {
        return ctx.pattern().stream().map(this::pattern).toList();
    }

    private Pattern pattern(PatternContext ctx) {
        List<Filter> filters = new ArrayList<>();
        for (PatternFilterContext f : ctx.patternFilter()) {
            if (f instanceof NegatedFlagFilterContext n) {
                filters.add(new Filter.Flag(name(n.name()), true, position(n)));
            } else {
                filters.add(filter(((PlainFilterContext) f).filter()));
            }
        }
        return new Pattern(name(ctx.name()), filters, ctx.REFERRING() != null, position(ctx));
    }

    private Filter filter(FilterContext ctx) {
        Position pos = position(ctx);
        if (ctx instanceof InFilterContext c) {
            return new Filter.In(name(c.name()), c.NOT() != null, values(c.list()), pos);
        }
        if (ctx instanceof IncludesFilterContext c) {
            return new Filter.Includes(name(c.name()), values(c.list()), pos);
        }
        if (ctx instanceof CompareFilterContext c) {
            return new Filter.Compare(name(c.name()), comparison(c.comparison()), number(c.NUMBER().getSymbol()), pos);
        }
        if (ctx instanceof RecordedFilterContext c) {
            return new Filter.Recorded(name(c.name()), c.NOT() != null, pos);
        }
        if (ctx instanceof EqualsFilterContext c) {
            return new Filter.Equals(name(c.name()), c.NOT() != null, word(c.value()), pos);
        }
        if (ctx instanceof BareEqualsFilterContext c) {
            return new Filter.Equals(name(c.name()), c.NOT() != null, word(c.bareValue()), pos);
        }
        FlagFilterContext c = (FlagFilterContext) ctx;
        return new Filter.Flag(name(c.name()), false, pos);
    }

    private List<Name> values(ListContext ctx) {
        return ctx.value().stream().map(this::word).toList();
    }

    private static Comparison comparison(ComparisonContext ctx) {
        if (ctx.MORE_WORD() != null || ctx.OVER() != null) {
            return Comparison.MORE_THAN;
        }
        if (ctx.LESS() != null || ctx.UNDER() != null) {
            return Comparison.LESS_THAN;
        }
        return ctx.LEAST() != null ? Comparison.AT_LEAST : Comparison.AT_MOST;
    }

    private Condition condition(ConditionContext ctx) {
        List<Condition> any = ctx.conjunction().stream().map(this::conjunction).toList();
        return any.size() == 1 ? any.get(0) : new Condition.AnyOf(any, position(ctx));
    }

    private Condition conjunction(ConjunctionContext ctx) {
        List<Condition> all = ctx.unary().stream().map(this::unary).toList();
        return all.size() == 1 ? all.get(0) : new Condition.AllOf(all, position(ctx));
    }

    private Condition unary(UnaryContext ctx) {
        Condition atom = atom(ctx.atom());
        return ctx.NOT() != null ? new Condition.Not(atom, position(ctx)) : atom;
    }

    private Condition atom(AtomContext ctx) {
        Position pos = position(ctx);
        if (ctx instanceof ParenConditionContext c) {
            return condition(c.condition());
        }
        if (ctx instanceof ChildDisabledConditionContext c) {
            return new Condition.ChildDisabled(c.NOT() != null, pos);
        }
        if (ctx instanceof ChildAgeConditionContext c) {
            return new Condition.ChildAge(comparison(c.comparison()), number(c.NUMBER().getSymbol()), pos);
        }
        if (ctx instanceof PlanOpenConditionContext c) {
            return new Condition.PlanOpen(comparison(c.comparison()), duration(c.duration()), pos);
        }
        if (ctx instanceof PlanHasConditionContext c) {
            return new Condition.PlanHas(c.filter().stream().map(this::filter).toList(), pos);
        }
        if (ctx instanceof ExistsConditionContext c) {
            return new Condition.Exists(pattern(c.pattern()), false, Optional.ofNullable(c.scope()).map(this::scope),
                    pos);
        }
        if (ctx instanceof NoneConditionContext c) {
            return new Condition.Exists(pattern(c.pattern()), true, Optional.ofNullable(c.scope()).map(this::scope),
                    pos);
        }
        if (ctx instanceof PartnerConditionContext c) {
            return new Condition.Partner(pattern(c.pattern()), pos);
        }
        if (ctx instanceof DateWithinConditionContext c) {
            return new Condition.DateWithin(name(c.name()), duration(c.duration()), c.AFTER() != null, pos);
        }
        AttributeConditionContext c = (AttributeConditionContext) ctx;
        return new Condition.Attribute(filter(c.filter()), pos);
    }

    private Scope scope(ScopeContext ctx) {
        Position pos = position(ctx);
        if (ctx instanceof BeforeItScopeContext) {
            return new Scope.BeforeIt(pos);
        }
        if (ctx instanceof AfterItScopeContext) {
            return new Scope.AfterIt(pos);
        }
        if (ctx instanceof SinceLastScopeContext c) {
            return new Scope.SinceLast(pattern(c.pattern()), pos);
        }
        if (ctx instanceof BeforeLastScopeContext c) {
            return new Scope.BeforeLast(pattern(c.pattern()), pos);
        }
        if (ctx instanceof WithinItScopeContext c) {
            return new Scope.WithinOfIt(duration(c.duration()), c.AFTER() != null, pos);
        }
        if (ctx instanceof WithinPlanScopeContext c) {
            return new Scope.WithinOfPlanStart(duration(c.duration()), c.AFTER() != null, pos);
        }
        return new Scope.SameDay(pos);
    }

    private Name name(NameContext ctx) {
        return new Name(ctx.getText(), position(ctx));
    }

    /** A code as written: a name, or a word of the language standing for a code. */
    private Name word(ParserRuleContext ctx) {
        return new Name(ctx.getText(), position(ctx));
    }

    private Text text(TerminalNode node) {
        String raw = node.getText();
        String inner = raw.substring(1, raw.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                c = inner.charAt(++i);
            }
            out.append(c);
        }
        return new Text(out.toString(), position(node.getSymbol()));
    }

    private static NumberLiteral number(Token token) {
        return new NumberLiteral(digits(token.getText()), position(token));
    }

    private static NumberLiteral ordinal(Token token) {
        String text = token.getText();
        return new NumberLiteral(digits(text.substring(0, text.length() - 2)), position(token));
    }

    private static long digits(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether a syntax error was reported at a token in {@code [from, to)}. */
    private boolean errorsIn(int from, int to) {
        Integer first = errorTokens.ceiling(from);
        return first != null && first < to;
    }

    /** Whether the subtree holds a syntax error. */
    static boolean hasError(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext ctx) {
            if (ctx.exception != null) {
                return true;
            }
            for (int i = 0; i < ctx.getChildCount(); i++) {
                if (hasError(ctx.getChild(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Position position(Token token) {
        int length = token.getType() == Token.EOF ? 1 : token.getText().length();
        return new Position(token.getLine(), token.getCharPositionInLine() + 1, length);
    }

    static Position position(ParserRuleContext ctx) {
        return position(ctx.getStart(), ctx.getStop());
    }

    static Position position(Token start, Token stop) {
        if (stop == null || stop.getLine() != start.getLine() || stop.getType() == Token.EOF) {
            return position(start);
        }
        int end = stop.getCharPositionInLine() + stop.getText().length();
        return new Position(start.getLine(), start.getCharPositionInLine() + 1,
                Math.max(1, end - start.getCharPositionInLine()));
    }
}
