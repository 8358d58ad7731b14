package org.ascassure.admin.platform;

import jakarta.security.enterprise.credential.Credential;
import org.ascassure.security.boundary.OpenIdConnect;

/**
 * A caller the identity provider has vouched for, already checked by {@link OpenIdConnect}. Only
 * {@link IdentityProviderSignIn} makes one, after the whole sign-in has been verified; nothing a
 * browser sends becomes one.
 */
record IdentityProviderCredential(OpenIdConnect.FederatedCaller caller) implements Credential {}
