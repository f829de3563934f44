/**
 * Seeded generators of realistic, internally consistent records, and assertions for test suites.
 *
 * <p>Generators are plain functions of a {@link java.util.random.RandomGenerator}: any property-testing
 * framework can wrap them, and the same seed always yields the same record.
 */
package org.recoverykit.testkit;
