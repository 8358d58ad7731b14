package org.ascassure.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ascassure.assessment.boundary.Assessments;
import org.ascassure.assessment.boundary.OutcomeRecord;
import org.ascassure.assessment.entity.Assessment;
import org.ascassure.audit.entity.AuditAction;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.council.boundary.CouncilDetails;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.council.entity.CouncilType;
import org.ascassure.council.entity.Region;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.security.boundary.Users;
import org.ascassure.security.entity.AppUser;
import org.ascassure.security.entity.Role;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of write there is appends to the trail, and tampering with the trail shows. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @EJB Councils councils;

  @Inject Assessments assessments;

  @Inject Users users;

  @Inject AuditTrail trail;

  @PersistenceContext EntityManager em;

  @Resource UserTransaction transaction;

  private List<AuditRecord> historyOf(String type, Object id) {
    return trail.search(AuditQuery.ofEntity(type, id), PageRequest.first()).items();
  }

  private static JsonObject changes(AuditRecord record) {
    try (var reader = Json.createReader(new StringReader(record.getChanges()))) {
      return reader.readObject();
    }
  }

  @Test
  void creatingAndChangingACouncilRecordsWhoWhatAndTheChangedFieldsOnly() {
    CouncilDetails details = TestData.council("Audit Vale Council");
    Council created = councils.create(details);
    councils.update(
        created.getId(),
        created.getVersion(),
        new CouncilDetails(
            "Audit Vale District Council",
            details.onsCode(),
            CouncilType.COUNTY_COUNCIL,
            Region.NORTH_EAST));

    List<AuditRecord> history = historyOf("Council", created.getId());

    assertThat(history)
        .extracting(AuditRecord::getAction)
        .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    AuditRecord update = history.get(0);
    assertThat(update.getActor()).isEqualTo("system");
    assertThat(update.getCouncilId()).isEqualTo(created.getId());
    assertThat(changes(update).keySet()).containsExactlyInAnyOrder("name", "region");
    assertThat(changes(update).getJsonObject("name").getString("before"))
        .isEqualTo("Audit Vale Council");
    assertThat(changes(update).getJsonObject("name").getString("after"))
        .isEqualTo("Audit Vale District Council");
    assertThat(changes(history.get(1)).getJsonObject("onsCode").getString("after"))
        .isEqualTo(details.onsCode().value());
  }

  @Test
  void recordingAnOutcomeIsRecordedAgainstItsCouncil() {
    Council council = councils.create(TestData.council("Audit Outcome Council"));
    Assessment outcome =
        assessments.recordOutcome(
            council.getId(),
            new OutcomeRecord(
                "cqc-la-2023", LocalDate.of(2025, 1, 10), Map.of("QS1", 2, "QS2", 3), null));

    List<AuditRecord> history = historyOf("Assessment", outcome.getId());

    assertThat(history).hasSize(1);
    assertThat(history.get(0).getCouncilId()).isEqualTo(council.getId());
    assertThat(changes(history.get(0)).getJsonObject("overallPercent").getInt("after"))
        .isEqualTo(63);
    assertThat(
            trail
                .search(
                    new AuditQuery(council.getId(), null, null, null, null, null),
                    PageRequest.first())
                .items())
        .extracting(AuditRecord::getEntityType)
        .containsExactly("Assessment", "Council");
  }

  @Test
  void creatingAUserIsRecordedWithoutThePassword() {
    String password = "Audit-password-" + System.nanoTime();
    AppUser user =
        users.create(
            "audit.user." + System.nanoTime(), "Audit User", password, EnumSet.of(Role.LEAD));

    AuditRecord created = historyOf("User", user.getId()).get(0);

    assertThat(created.getChanges()).contains("LEAD").doesNotContain(password);
    assertThat(created.getChanges()).doesNotContain(user.getPasswordHash());
    assertThat(created.getCouncilId()).isNull();
  }

  @Test
  void disablingAUserIsRecordedAsTheEnabledFieldChangingOnly() {
    AppUser user =
        users.create(
            "audit.disabled." + System.nanoTime(),
            "Audit Disabled",
            "Audit-password-" + System.nanoTime(),
            EnumSet.of(Role.AUDITOR));

    users.setEnabled(user.getId(), user.getVersion(), false);

    AuditRecord disabled = historyOf("User", user.getId()).get(0);
    assertThat(disabled.getAction()).isEqualTo(AuditAction.UPDATE);
    assertThat(changes(disabled).keySet()).containsExactly("enabled");
    assertThat(changes(disabled).getJsonObject("enabled").getBoolean("after")).isFalse();
  }

  @Test
  void theChainIsIntactAndAChangedRecordIsFoundOut() throws Exception {
    councils.create(TestData.council("Chain Council"));
    assertThat(trail.verify().intact()).isTrue();

    transaction.begin();
    try {
      // what someone with database access might try; rolled back so other tests see a clean trail
      Number last =
          (Number) em.createNativeQuery("SELECT MAX(seq) FROM audit_record").getSingleResult();
      em.createNativeQuery("UPDATE audit_record SET actor = 'mallory' WHERE seq = ?")
          .setParameter(1, last.longValue())
          .executeUpdate();

      Verification tampered = trail.verify();

      assertThat(tampered.intact()).isFalse();
      assertThat(tampered.firstBrokenSeq()).isEqualTo(last.longValue());
      assertThat(tampered.problem()).contains("changed after it was written");
    } finally {
      transaction.rollback();
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aRemovedRecordIsFoundOut() throws Exception {
    councils.create(TestData.council("Gap Council"));
    transaction.begin();
    try {
      em.createNativeQuery("DELETE FROM audit_record WHERE seq = 1").executeUpdate();

      Verification gap = trail.verify();

      assertThat(gap.intact()).isFalse();
      assertThat(gap.firstBrokenSeq()).isEqualTo(1L);
    } finally {
      transaction.rollback();
    }
  }
}
