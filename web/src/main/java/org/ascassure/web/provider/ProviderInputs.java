package org.ascassure.web.provider;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.ascassure.provider.entity.KeyQuestion;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.Sector;
import org.ascassure.provider.entity.ServiceType;
import org.ascassure.web.platform.Inputs;

/** What clients send; every malformed value is reported at once. */
public final class ProviderInputs {

  private ProviderInputs() {}

  /** A provider: serviceType and sector as codes (CARE_HOME_NURSING, INDEPENDENT). */
  public record ProviderInput(
      String cqcLocationId,
      String name,
      String serviceType,
      String sector,
      Boolean contracted,
      String area,
      String registeredOn,
      String deregisteredOn) {
    ProviderDetails details() {
      Inputs check = Inputs.check();
      ServiceType type = check.enumValue("serviceType", serviceType, ServiceType.class);
      Sector s =
          sector == null || sector.isBlank()
              ? Sector.INDEPENDENT
              : check.enumValue("sector", sector, Sector.class);
      LocalDate registered = check.date("registeredOn", registeredOn);
      LocalDate deregistered = check.date("deregisteredOn", deregisteredOn);
      check.orFail("The provider's details are not valid.");
      return new ProviderDetails(
          cqcLocationId,
          name,
          type,
          s,
          Boolean.TRUE.equals(contracted),
          area,
          registered,
          deregistered);
    }
  }

  /** A rating: overall and, optionally, key questions by code (SAFE, WELL_LED). */
  public record RatingInput(String ratedOn, String overall, Map<String, String> questions) {
    LocalDate date(Inputs check) {
      LocalDate date = check.date("ratedOn", ratedOn);
      if (date == null && (ratedOn == null || ratedOn.isBlank())) {
        check.add(
            new org.ascassure.platform.boundary.FieldError(
                "ratedOn", "ratedOn is required, in the form 2025-09-17."));
      }
      return date;
    }

    Map<KeyQuestion, Rating> keyQuestions(Inputs check) {
      Map<KeyQuestion, Rating> result = new EnumMap<>(KeyQuestion.class);
      if (questions != null) {
        questions.forEach(
            (key, value) -> {
              KeyQuestion q = check.enumValue("questions", key, KeyQuestion.class);
              Rating r = check.enumValue("questions." + key, value, Rating.class);
              if (q != null && r != null) {
                result.put(q, r);
              }
            });
      }
      return result;
    }
  }

  public record SettingInput(Integer targetPercent, Integer staleMonths) {}

  public record ThemeInput(String name, String trainingOffer) {}

  public record IssueInput(Long providerId, Long themeId, String foundOn, String text) {}

  public record EpisodeInput(
      Long providerId, String team, String startedOn, String endedOn, String notes) {}
}
