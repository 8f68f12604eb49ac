package org.mizan.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.mizan.dossier.Fact;

/**
 * Tests rules one line of analysis at a time, in the manner of Timefold's ConstraintVerifier: the project's rules
 * directory is compiled once per JVM (compiling is the slow part), each test inserts a few facts and asserts on
 * what was inferred. Only the rules a test names are allowed to fire, so each rule is seen alone.
 */
final class RuleVerifier {

    private static RuleBase projectRules;

    private RuleVerifier() {
    }

    static synchronized RuleBase projectRules() {
        if (projectRules == null) {
            projectRules = RuleBase.compile(rulesDir());
        }
        return projectRules;
    }

    static Path rulesDir() {
        return Path.of(System.getProperty("mizan.project.dir", ".")).resolve("rules");
    }

    /** Copies the risk catalogue and the rating table into a test's rules directory, unless already there. */
    static void copySupportFiles(Path dir) throws IOException {
        for (String name : List.of("risks.json", "rating.drl.csv")) {
            if (!Files.exists(dir.resolve(name))) {
                Files.copy(rulesDir().resolve(name), dir.resolve(name));
            }
        }
    }

    /** A session where only {@code rules} may fire, with {@code facts} inserted and fired. */
    static Given given(List<String> rules, Object... givens) {
        Set<String> off = new java.util.TreeSet<>(projectRules().ruleNames());
        off.removeAll(rules);
        off.removeIf(name -> name.startsWith("Rating "));
        Session session = Session.open(projectRules(), off);
        for (Object given : givens) {
            if (given instanceof Fact fact) {
                session.insert(fact);
            } else {
                session.insertFinding((Finding) given);
            }
        }
        session.fire();
        return new Given(session);
    }

    /** A dependency given as already inferred, for rules that build on dependencies. */
    static Dependency dependency(String id, String dependent, String provider, DependencyKind kind) {
        return new Dependency(id, dependent, provider, kind, Strength.STRONG, "given", List.of());
    }

    /** A risk given as already inferred, for rules that build on risks. */
    static Risk risk(String id, String type, String subject, String object) {
        return new Risk(id, type, subject, object, Likelihood.LIKELY, Impact.MAJOR, "given", List.of());
    }

    /** What a test has inserted and what the rules made of it; retract to watch findings go. */
    record Given(Session session) implements AutoCloseable {

        List<Dependency> dependencies() {
            return session.dependencies();
        }

        List<Risk> risks() {
            return session.risks();
        }

        List<Risk> risks(String type) {
            return risks().stream().filter(r -> r.type().equals(type)).toList();
        }

        Given retract(String factId) {
            session.retract(factId);
            session.fire();
            return this;
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
