/**
 * The shared model of Akhbar: {@link org.akhbar.domain.Article}, {@link org.akhbar.domain.Source},
 * {@link org.akhbar.domain.RawPage} and the ids and hashes that tie them together. No framework,
 * no I/O: every other module depends on this one and it depends on nothing but the JDK.
 */
package org.akhbar.domain;
