package org.ascassure.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on Faces' CDI integration (injectable FacesContext, converters managed by CDI). */
@FacesConfig
@ApplicationScoped
public class FacesSetup {}
