/**
 * Rules and wording read as layers: the shipped method at the bottom, a dossier's own folder and any folder given
 * on the command line above it, a higher file adding to the lower ones or overriding the one of the same name.
 */
package org.mizan.layer;
