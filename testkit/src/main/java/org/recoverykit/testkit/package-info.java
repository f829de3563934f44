/**
 * Seeded generators of realistic, internally consistent records, and assertions for test suites.
 *
 * <p>{@link org.recoverykit.testkit.RecordGenerator} draws whole records, or one part of one, from a
 * {@link java.util.random.RandomGenerator}: any property-testing framework can wrap it, and the same seed always
 * yields the same record. With a {@link org.recoverykit.testkit.Defect}, a record breaks exactly one rule of the
 * validation catalogue, at a place a {@link org.recoverykit.testkit.DefectiveRecord} names. {@link
 * org.recoverykit.testkit.Seeds} feeds seeds to JUnit 5 parameterized tests.
 *
 * <h2>Nulls and failures</h2>
 * Unless otherwise noted, passing a null argument to any method throws {@link java.lang.NullPointerException};
 * a setting out of range throws {@link java.lang.IllegalArgumentException}. Every class is immutable and
 * thread-safe.
 */
package org.recoverykit.testkit;
