/** Configuration values shared by the command line and the JUnit Platform engines. */
package org.imapharness.core.config;
