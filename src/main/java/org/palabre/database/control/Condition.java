package org.palabre.database.control;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of a WHERE clause (JPQL or SQL) with the values of the named parameters it uses, so that a rule written
 * once can be put into many statements without anyone spelling its constants (enum names) by hand. Parameter names
 * are chosen by the rule that writes the condition; the same name always carries the same value.
 */
public record Condition(String text, Map<String, Object> parameters) {

    public Condition {
        parameters = Map.copyOf(parameters);
    }

    public static Condition of(String text) {
        return new Condition(text, Map.of());
    }

    public Condition and(Condition other) {
        return join(" AND ", other);
    }

    public Condition or(Condition other) {
        return join(" OR ", other);
    }

    /** Gives the condition's parameters their values; the statement must contain the condition's text. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return text;
    }

    private Condition join(String operator, Condition other) {
        Map<String, Object> both = new LinkedHashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            Object earlier = both.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalArgumentException("Parameter :" + name + " is bound to two values");
            }
        });
        return new Condition("(" + text + operator + other.text + ")", both);
    }
}
