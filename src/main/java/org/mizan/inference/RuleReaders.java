package org.mizan.inference;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;

/**
 * Which fact and finding types each rule's conditions match, read from the compiled rules (patterns nested in
 * {@code not}, {@code exists}, {@code accumulate} and {@code from} included). It answers "which rules could use a
 * fact of this kind", for a fact nothing rests on.
 */
final class RuleReaders {

    private RuleReaders() {
    }

    static Map<String, Set<Class<?>>> of(KieBase kieBase) {
        Map<String, Set<Class<?>>> read = new TreeMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            Set<Class<?>> types = new HashSet<>();
            if (r instanceof RuleImpl rule) {
                collect(rule.getLhs(), types);
            }
            read.put(r.getName(), types);
        }));
        return read;
    }

    private static void collect(RuleConditionElement element, Set<Class<?>> types) {
        // The pattern over an accumulate or collect matches its result (a number, a list), not a fact: only the
        // patterns inside it read facts.
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && !(pattern.getSource() instanceof Accumulate) && !(pattern.getSource() instanceof Collect)
                && type.getClassType() != Object.class) {
            types.add(type.getClassType());
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            collect(nested, types);
        }
    }
}
