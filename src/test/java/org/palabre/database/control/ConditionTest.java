package org.palabre.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    @Test
    void termsJoinedByOneOperatorStayAtOneLevel() {
        Condition three = Condition.of("a = 1").and(Condition.of("b = 2")).and(Condition.of("c = 3"));
        assertEquals("(a = 1 AND b = 2 AND c = 3)", three.text());
        Condition either = Condition.of("a = 1").or(Condition.of("b = 2")).or(Condition.of("c = 3"));
        assertEquals("(a = 1 OR b = 2 OR c = 3)", either.text());
    }

    @Test
    void anOrInsideAnAndKeepsItsParenthesesAndAnAndInsideAnOrNeedsNone() {
        Condition either = Condition.of("a = 1").or(Condition.of("b = 2"));
        assertEquals(
                "((a = 1 OR b = 2) AND c = 3)",
                either.and(Condition.of("c = 3")).text());
        assertEquals(
                "(c = 3 AND (a = 1 OR b = 2))",
                Condition.of("c = 3").and(either).text());
        Condition both = Condition.of("a = 1").and(Condition.of("b = 2"));
        assertEquals(
                "(a = 1 AND b = 2 OR c = 3)", both.or(Condition.of("c = 3")).text());
    }

    @Test
    void aHandWrittenOrIsReadAsOneSoAnAndAroundItWrapsIt() {
        Condition written = Condition.of("EXISTS (SELECT 1 FROM x WHERE x.a = 1 OR x.b = 2) OR y.c = 3");
        assertEquals(
                "((EXISTS (SELECT 1 FROM x WHERE x.a = 1 OR x.b = 2) OR y.c = 3) AND z = 4)",
                written.and(Condition.of("z = 4")).text());
        Condition inner = Condition.of("EXISTS (SELECT 1 FROM x WHERE x.a = 1 OR x.b = 2) AND y.c = 'OR x'");
        assertEquals(
                "(EXISTS (SELECT 1 FROM x WHERE x.a = 1 OR x.b = 2) AND y.c = 'OR x' AND z = 4)",
                inner.and(Condition.of("z = 4")).text(),
                "an OR inside parentheses or quotes is not the text's own");
    }

    @Test
    void aConditionPutIntoAStatementByHandCannotBeChangedByWhatSurroundsIt() {
        Condition either = Condition.of("a = 1 OR b = 2");
        assertEquals("NOT (a = 1 OR b = 2)", "NOT " + either);
        assertEquals("a = 1", Condition.of("a = 1").toString(), "a single term needs no parentheses");
    }

    @Test
    void oneParameterNameCarriesOneValue() {
        Condition first = new Condition("a = :status", Map.of("status", "ACTIVE"));
        assertEquals(
                Map.of("status", "ACTIVE", "role", "ADMIN"),
                first.and(new Condition("b = :role AND c = :status", Map.of("role", "ADMIN", "status", "ACTIVE")))
                        .parameters());
        assertThrows(
                IllegalArgumentException.class,
                () -> first.or(new Condition("d = :status", Map.of("status", "SILENCED"))));
    }
}
