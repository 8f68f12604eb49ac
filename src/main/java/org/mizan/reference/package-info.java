/**
 * The rule author's reference ({@code ./mizan reference}, committed as rules/REFERENCE.md): the fact model, the
 * scales, the categories and the Derive forms, read from the code by reflection so that it cannot drift from it.
 */
package org.mizan.reference;
