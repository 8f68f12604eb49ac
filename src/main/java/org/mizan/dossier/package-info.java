/**
 * The dossier stage: the fact model (records and enums), and loading and checking the analysts' fact files.
 *
 * <p>Entry points: {@link org.mizan.dossier.DossierLoader#load} reads {@code facts/} and throws one
 * {@link org.mizan.problem.InputException} with every problem found. {@link org.mizan.dossier.DossierValidator}
 * checks an in-memory dossier (as a scenario changes it); {@link org.mizan.dossier.FactReader} reads facts of the
 * same shapes from any JSON file with their locations, and applies field changes. {@link org.mizan.dossier.Citation}
 * and {@link org.mizan.dossier.Names} are what a brief needs to cite and name facts.
 *
 * <p>This package depends on no other stage: facts flow out of it, never back in.
 */
package org.mizan.dossier;
