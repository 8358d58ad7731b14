package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.council.boundary.CouncilDetails;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.council.entity.CouncilType;
import org.ascassure.council.entity.OnsCode;
import org.ascassure.council.entity.Region;
import org.ascassure.platform.control.Settings;
import org.ascassure.security.boundary.Users;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Role;

/** Loads the demo council and users once; later starts find them and leave them alone. */
@Singleton
@Startup
@DependsOn({"Database", "FirstAdministrator"})
public class DemoData {

  public static final OnsCode ONS_CODE = new OnsCode("E10000099");

  /** The demo users, documented in the README; development only. */
  public record DemoUser(String username, String displayName, String password, Role role) {}

  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("demo.admin", "Dana Admin", "Fernshire-admin-2026", Role.ADMIN),
          new DemoUser("demo.lead", "Lee Lead", "Fernshire-lead-2026", Role.LEAD),
          new DemoUser("demo.director", "Dee Director", "Fernshire-director-2026", Role.DIRECTOR),
          new DemoUser("demo.auditor", "Audrey Auditor", "Fernshire-auditor-2026", Role.AUDITOR));

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject Settings settings;

  @Inject Users users;

  @Inject Councils councils;

  @Inject Assessments assessments;

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested()) {
      return;
    }
    if (settings.isProduction()) {
      LOG.warning("ASC Assure: demo data is refused in production; ascassure.demo is ignored.");
      return;
    }
    for (DemoUser demo : USERS) {
      if (users.findByUsername(demo.username()).isEmpty()) {
        users.create(demo.username(), demo.displayName(), demo.password(), EnumSet.of(demo.role()));
      }
      LOG.info(
          "ASC Assure demo user "
              + demo.username()
              + " ("
              + demo.role()
              + ") password "
              + demo.password());
    }
    Council fernshire = councils.findByOnsCode(ONS_CODE).orElseGet(this::loadCouncil);
    for (DemoUser demo : USERS) {
      if (demo.role() == Role.ADMIN) {
        continue;
      }
      AppUser user = users.findByUsername(demo.username()).orElseThrow();
      boolean member =
          users.membershipsOf(user.getId()).stream()
              .anyMatch(m -> m.getCouncilId() == fernshire.getId());
      if (!member) {
        users.addMembership(user.getId(), fernshire.getId(), demo.role(), List.of());
      }
    }
  }

  private Council loadCouncil() {
    Council fernshire =
        councils.create(
            new CouncilDetails(
                "Fernshire County Council",
                ONS_CODE,
                CouncilType.COUNTY_COUNCIL,
                Region.SOUTH_WEST));
    Map<String, Integer> scores = new LinkedHashMap<>();
    scores.put("QS1", 2);
    scores.put("QS2", 3);
    scores.put("QS3", 1);
    scores.put("QS4", 2);
    scores.put("QS5", 3);
    scores.put("QS6", 2);
    scores.put("QS7", 2);
    scores.put("QS8", 2);
    scores.put("QS9", 3);
    assessments.recordOutcome(
        fernshire.getId(),
        new OutcomeRecord("cqc-la-2023", LocalDate.of(2025, 6, 12), scores, null));
    LOG.info("ASC Assure demo council Fernshire County Council loaded.");
    return fernshire;
  }
}
