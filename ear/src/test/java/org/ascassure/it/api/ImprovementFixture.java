package org.ascassure.it.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ascassure.it.Api;

/**
 * A plan with a workstream, an action owned by the demo lead and two snapshots at one council, made
 * once per council through the API as an administrator, for tests that need one to call.
 */
record ImprovementFixture(
    long assessment, long plan, long workstream, long action, long snapshotA, long snapshotB) {

  private static final Map<Long, ImprovementFixture> BY_COUNCIL = new ConcurrentHashMap<>();

  static final String REQUIRES_IMPROVEMENT =
      "{\"framework\":\"cqc-la-2023\",\"publishedOn\":\"2025-06-30\",\"scores\":"
          + "{\"QS1\":2,\"QS2\":2,\"QS3\":1,\"QS4\":2,\"QS5\":3,\"QS6\":2,\"QS7\":2,\"QS8\":2,"
          + "\"QS9\":3}}";

  static ImprovementFixture at(long council) {
    return BY_COUNCIL.computeIfAbsent(council, ImprovementFixture::create);
  }

  static long idOf(Api.Reply reply) {
    if (reply.status() != 201) {
      throw new IllegalStateException("expected 201: " + reply);
    }
    return reply.object().getJsonNumber("id").longValue();
  }

  static long newAssessment(long council) {
    return idOf(
        Api.asAdmin().post("api/v1/councils/" + council + "/assessments", REQUIRES_IMPROVEMENT));
  }

  static String action(String title, String owner, LocalDate due) {
    return "{\"title\":\""
        + title
        + "\",\"owner\":\""
        + owner
        + "\",\"startOn\":\""
        + due.minusDays(100)
        + "\",\"dueOn\":\""
        + due
        + "\",\"statementCodes\":[\"QS1\"]}";
  }

  private static ImprovementFixture create(long council) {
    Api admin = Api.asAdmin();
    long assessment = newAssessment(council);
    long plan =
        idOf(
            admin.post(
                "api/v1/councils/" + council + "/improvement-plans",
                "{\"title\":\"Fixture plan\",\"assessmentId\":" + assessment + "}"));
    long workstream =
        idOf(
            admin.post(
                "api/v1/improvement-plans/" + plan + "/workstreams",
                "{\"title\":\"Fixture workstream\",\"costLow\":1000,\"costHigh\":2000}"));
    long action =
        idOf(
            admin.post(
                "api/v1/workstreams/" + workstream + "/actions",
                action("Fixture action", Api.LEAD, LocalDate.now().plusDays(60))));
    long a =
        idOf(
            admin.post(
                "api/v1/improvement-plans/" + plan + "/snapshots",
                "{\"audience\":\"MONTHLY_BOARD\",\"takenOn\":\""
                    + LocalDate.now().minusMonths(1)
                    + "\"}"));
    long b =
        idOf(
            admin.post(
                "api/v1/improvement-plans/" + plan + "/snapshots",
                "{\"audience\":\"QUARTERLY_DHSC\"}"));
    return new ImprovementFixture(assessment, plan, workstream, action, a, b);
  }
}
