/**
 * Test support shared by every module through {@code statlearn-core}'s test-jar: the reflective
 * {@link dev.statlearn.core.testing.HostileInputSweep} that calls every public entry point of a
 * package with one hostile argument at a time.
 *
 * <p>Other modules use it with
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.statlearn</groupId>
 *   <artifactId>statlearn-core</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
package dev.statlearn.core.testing;
