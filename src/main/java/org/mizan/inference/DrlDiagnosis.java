package org.mizan.inference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;
import org.mizan.problem.Problem;

/**
 * The problems of one DRL file that failed to build, cause first: the file is built again on its own with a
 * KnowledgeBuilder, whose errors still know their rule and, for an action, the compiler's line, which the
 * KieBuilder's messages lose. A syntax error stops the parser, so only the first is reported; otherwise each rule
 * gets one problem, its conditions before its action (an unknown type makes the action's variables unknown too).
 */
final class DrlDiagnosis {

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private DrlDiagnosis() {
    }

    static List<Problem> of(String file, String text) {
        List<KnowledgeBuilderError> errors = errorsOf(text);
        RuleSpans spans = new RuleSpans(text);
        DrlWording wording = new DrlWording(file, spans, DrlTypes.of(text));
        Optional<ParserError> syntax = errors.stream().filter(ParserError.class::isInstance)
                .map(ParserError.class::cast).filter(e -> !e.getMessage().contains(NULL_PACKAGE))
                .min(Comparator.comparingInt(ParserError::getRow));
        if (syntax.isPresent()) {
            return List.of(wording.syntax(syntax.get().getMessage(), syntax.get().getRow(), syntax.get().getCol()));
        }
        Map<String, KnowledgeBuilderError> firstPerRule = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError e : errors) {
            String rule = ruleOf(e);
            if (rule == null) {
                problems.add(wording.other(e.getMessage(), e.getLines().length > 0 ? e.getLines()[0] : 0));
            } else if (!firstPerRule.containsKey(rule) || firstPerRule.get(rule) instanceof RuleBuildError
                    && !(e instanceof RuleBuildError)) {
                firstPerRule.put(rule, e);
            }
        }
        Map<String, Integer> actionStarts = ActionLines.calibrate(text, spans, firstPerRule);
        firstPerRule.forEach((rule, e) -> problems.add(e instanceof RuleBuildError build
                ? wording.action(rule, problemOf(build), actionStarts.get(rule))
                : wording.condition(rule, e.getMessage(), e.getLines().length > 0 ? e.getLines()[0] : -1)));
        problems.sort(Comparator.comparingInt((Problem p) -> p.where().line()).thenComparingInt(p -> p.where().column()));
        return problems;
    }

    static List<KnowledgeBuilderError> errorsOf(String text) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("org/mizan/rules/diagnosis.drl"), ResourceType.DRL);
        return List.copyOf(builder.getErrors());
    }

    static String ruleOf(KnowledgeBuilderError e) {
        if (e instanceof RuleBuildError build && build.getRule() != null) {
            return build.getRule().getName();
        }
        if (e instanceof DescrBuildError descr && descr.getParentDescr() instanceof RuleDescr rule) {
            return rule.getName();
        }
        return null;
    }

    /** The first compiler problem of an action's error, or null when Drools gave none. */
    static CompilationProblem problemOf(RuleBuildError e) {
        return e.getObject() instanceof CompilationProblem[] problems && problems.length > 0 ? problems[0] : null;
    }
}
