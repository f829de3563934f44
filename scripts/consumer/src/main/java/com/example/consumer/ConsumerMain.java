package com.example.consumer;

import java.time.LocalDate;
import org.recoverykit.model.InvariantViolationException;
import org.recoverykit.model.Period;

/** Uses recoverykit-core the way a downstream project does, and prints "consumer OK" if it behaves. */
public final class ConsumerMain {
    private ConsumerMain() {}

    public static void main(String[] args) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        Period plan = Period.of(start, LocalDate.of(2026, 3, 31));
        check(plan.contains(start), "the first day is in the period");
        check(plan.contains(LocalDate.of(2026, 2, 14)), "a day inside is in the period");
        check(!plan.contains(LocalDate.of(2026, 4, 1)), "the day after the end is not in the period");

        try {
            Period.of(start, start.minusDays(1));
            throw new AssertionError("a period ending before its start was accepted");
        } catch (InvariantViolationException expected) {
            check(expected.getMessage().contains("Period.end"), "the exception names the attribute");
        }
        System.out.println("consumer OK");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("expected: " + what);
        }
    }
}
