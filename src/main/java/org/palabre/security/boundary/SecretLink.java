package org.palabre.security.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page reached by a link whose address is its own secret (a password reset, an address confirmation,
 * an unsubscribe link from a mail): its answers are never stored by any cache, though the visitor who follows
 * the link is not signed in ({@link SecretLinkAnswers}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SecretLink {}
