/**
 * Implementation details of RecoveryKit: not part of its API, and subject to change without notice.
 */
package org.recoverykit.internal;
