/**
 * The documented model of community mental-health support: the person, the life domains that matter to
 * them, their person-centred recovery plan, the contacts that deliver it, referrals, time-limited service
 * episodes and discharge plans.
 *
 * <p>The root of a document is {@code RecoveryRecord}. Entities that others refer to
 * carry a stable string id, and references are by id. Dates are {@link java.time.LocalDate}; times of
 * service are {@link java.time.OffsetDateTime}.
 *
 * <h2>Immutability</h2>
 * Every type is immutable and thread-safe. Each is created through its {@code builder()} and copied with
 * its {@code withX} methods; implementations are hidden.
 *
 * <h2>Nulls</h2>
 * Unless otherwise noted, passing a null argument to any method throws
 * {@link org.recoverykit.model.InvariantViolationException}. What may be absent is an
 * {@link java.util.Optional}; collections are never null, only empty.
 *
 * <h2>Invariants and validation</h2>
 * A type checks, when built, only what no record may ever break: a required attribute is present, an end
 * is not before its start. A broken invariant throws {@link org.recoverykit.model.InvariantViolationException}
 * with a message that names the attribute and never the value. Everything else a plan document can get
 * wrong, an incomplete plan included, is accepted here and reported by the validator.
 *
 * <h2>Patient data</h2>
 * {@code toString()} never shows names, birth dates, contact details, addresses or free text: those
 * attributes print as {@code ****}.
 */
@RecoveryKitStyle
package org.recoverykit.model;

import org.recoverykit.internal.RecoveryKitStyle;
