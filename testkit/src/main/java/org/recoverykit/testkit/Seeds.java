package org.recoverykit.testkit;

import java.util.stream.LongStream;

/**
 * The seeds of a seeded property test: a fixed base seed, or the one given in the system property
 * {@value #PROPERTY}, followed by as many consecutive seeds as the test asks for.
 *
 * <p>Use it as the source of a JUnit 5 parameterized test, so that the seed of a failing case is part of
 * its display name and can be replayed:
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource
 * void roundTrips(long seed) { ... }
 *
 * static LongStream roundTrips() { return Seeds.stream(1_000); }
 * }</pre>
 *
 * Replay one failing case with {@code -Drecoverykit.seed=<seed>} and a count of 1.
 */
public final class Seeds {
    /** The system property that overrides the base seed. */
    public static final String PROPERTY = "recoverykit.seed";

    /** The base seed used when {@value #PROPERTY} is not set. */
    public static final long DEFAULT_BASE = 20_261_122L;

    private Seeds() {}

    /**
     * Obtains the base seed: the value of {@value #PROPERTY} when it is set, else {@link #DEFAULT_BASE}.
     *
     * @return the base seed
     * @throws IllegalArgumentException if the property is set but is not a whole number
     */
    public static long base() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_BASE;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + PROPERTY + " must be a whole number", e);
        }
    }

    /**
     * Obtains {@code count} consecutive seeds starting at the {@linkplain #base() base seed}.
     *
     * @param count how many seeds, at least 1
     * @return the seeds, in order
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public static LongStream stream(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        long base = base();
        return LongStream.range(0, count).map(i -> base + i);
    }
}
