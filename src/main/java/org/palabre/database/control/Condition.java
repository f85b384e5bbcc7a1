package org.palabre.database.control;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A piece of a WHERE clause (JPQL or SQL) with the values of the named parameters it uses, so that a rule written
 * once can be put into many statements without anyone spelling its constants (enum names) by hand. Parameter names
 * are chosen by the rule that writes the condition; the same name always carries the same value.
 *
 * <p>Joins add parentheses only where precedence needs them (an OR inside an AND). Hibernate's HQL parser is an
 * ANTLR grammar in which an opening parenthesis may start a group, a tuple or a subquery; each needless level of
 * them multiplied the work of the first parse of a statement, and the header's unread count, built from five
 * rules, once took two seconds and hundreds of megabytes to parse on a fresh server.
 */
public final class Condition {

    /** How the text is joined at its top level, outside any parentheses: what decides whether it needs wrapping. */
    private enum Form {
        SINGLE,
        AND,
        OR
    }

    private final String text;
    private final Map<String, Object> parameters;
    private final Form form;

    public Condition(String text, Map<String, Object> parameters) {
        this(text, parameters, formOf(text));
    }

    private Condition(String text, Map<String, Object> parameters, Form form) {
        this.text = Objects.requireNonNull(text);
        this.parameters = Map.copyOf(parameters);
        this.form = form;
    }

    public static Condition of(String text) {
        return new Condition(text, Map.of());
    }

    /**
     * The text to put into a statement: in parentheses when it joins several terms, so that whatever the statement
     * writes around it (a NOT, an OR) cannot change its meaning.
     */
    public String text() {
        return form == Form.SINGLE ? text : "(" + text + ")";
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public Condition and(Condition other) {
        return join(Form.AND, other);
    }

    public Condition or(Condition other) {
        return join(Form.OR, other);
    }

    /** Gives the condition's parameters their values; the statement must contain the condition's text. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Condition that && text.equals(that.text) && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, parameters);
    }

    @Override
    public String toString() {
        return text();
    }

    private Condition join(Form operator, Condition other) {
        Map<String, Object> both = new LinkedHashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            Object earlier = both.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalArgumentException("Parameter :" + name + " is bound to two values");
            }
        });
        String joined = operandOf(operator) + " " + operator.name() + " " + other.operandOf(operator);
        return new Condition(joined, both, operator);
    }

    /** AND binds tighter than OR, so only an OR-joined text needs parentheses, and only as an operand of AND. */
    private String operandOf(Form operator) {
        return operator == Form.AND && form == Form.OR ? "(" + text + ")" : text;
    }

    /**
     * Reads the top-level operator of a hand-written text: OR if any OR stands outside parentheses and quotes, else
     * AND if an AND does (BETWEEN's AND counts, which at worst adds a needless pair of parentheses), else single.
     */
    private static Form formOf(String text) {
        int depth = 0;
        boolean quoted = false;
        boolean sawAnd = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && Character.isWhitespace(c)) {
                if (isWordAt(text, i + 1, "OR")) {
                    return Form.OR;
                }
                sawAnd |= isWordAt(text, i + 1, "AND");
            }
        }
        return sawAnd ? Form.AND : Form.SINGLE;
    }

    private static boolean isWordAt(String text, int start, String word) {
        int end = start + word.length();
        return text.regionMatches(true, start, word, 0, word.length())
                && (end == text.length() || Character.isWhitespace(text.charAt(end)));
    }
}
