/**
 * The native JSON document of a {@link org.recoverykit.model.RecoveryRecord}: reading it strictly or
 * leniently, writing it, and the Jackson module that (de)serializes the model in an application's own
 * {@code JsonMapper}.
 *
 * <p>The document uses camelCase properties in a fixed order, ISO-8601 dates and times (a time keeps its
 * offset), lower-kebab codes, and a {@code formatVersion}. Absent values and empty lists are left out.
 *
 * <p>Reading never echoes the document's values in a message: an unreadable document fails with
 * {@link org.recoverykit.json.UnreadableDocumentException}, which says where (JSON Pointer, line and
 * column) and what, but not the offending value, which may be patient data.
 */
@RecoveryKitStyle
package org.recoverykit.json;

import org.recoverykit.internal.RecoveryKitStyle;
