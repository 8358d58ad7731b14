package org.ascassure.admin.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;
import org.ascassure.selfassessment.entity.SignOff;

/** How self-assessment pages name statuses and kinds of sign-off for people. */
@Named
@ApplicationScoped
public class SaShow {

  static String statusLabel(SelfAssessmentStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case IN_REVIEW -> "In review";
      case ENDORSED -> "Endorsed";
      case SUBMITTED -> "Submitted";
      case SUPERSEDED -> "Superseded";
    };
  }

  static String kindLabel(SignOff.Kind kind) {
    return kind == SignOff.Kind.ENDORSEMENT ? "Endorsement" : "Stakeholder comment";
  }

  public String status(SelfAssessmentStatus status) {
    return status == null ? "" : statusLabel(status);
  }

  public String kind(SignOff.Kind kind) {
    return kind == null ? "" : kindLabel(kind);
  }
}
