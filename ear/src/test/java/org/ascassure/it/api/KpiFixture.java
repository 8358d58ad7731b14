package org.ascassure.it.api;

import java.time.LocalDate;
import java.time.ZoneId;
import org.ascassure.it.Api;

/** KPIs and figures made through the API for tests. */
public final class KpiFixture {

  private KpiFixture() {}

  public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  /** The first day of the month {@code back} months before this one. */
  public static LocalDate month(int back) {
    return TODAY.withDayOfMonth(1).minusMonths(back);
  }

  public static String definition(String name) {
    return "{\"name\":\""
        + name
        + "\",\"description\":\"Care begun within three days of referral.\","
        + "\"kind\":\"RATIO\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":80,"
        + "\"amberTolerance\":5,\"frequency\":\"MONTHLY\",\"dimension\":\"PROVIDER\","
        + "\"reporters\":[{\"lot\":\"Lot 1\",\"provider\":\"Alder Care\"},"
        + "{\"lot\":\"Lot 1\",\"provider\":\"Birch Homecare\"},"
        + "{\"lot\":\"Lot 2\",\"provider\":\"Cedar Support\"}],"
        + "\"exclusions\":\"Packages with an agreed delay.\"}";
  }

  public static String figures(LocalDate month, String provider, int numerator, int denominator) {
    String lot = provider.startsWith("Cedar") ? "Lot 2" : "Lot 1";
    return "{\"periodStart\":\""
        + month
        + "\",\"periodEnd\":\""
        + month.plusMonths(1).minusDays(1)
        + "\",\"lot\":\""
        + lot
        + "\",\"provider\":\""
        + provider
        + "\",\"numerator\":"
        + numerator
        + ",\"denominator\":"
        + denominator
        + "}";
  }

  /** A KPI defined by an administrator at the council. */
  public static long newKpi(long council, String name) {
    Api.Reply created =
        Api.asAdmin().post("api/v1/councils/" + council + "/kpis", definition(name));
    if (created.status() != 201) {
      throw new IllegalStateException("could not define a KPI: " + created.body());
    }
    return created.object().getJsonNumber("id").longValue();
  }

  public static long submit(
      long kpi, LocalDate month, String provider, int numerator, int denominator) {
    Api.Reply created =
        Api.asAdmin()
            .post(
                "api/v1/kpis/" + kpi + "/submissions",
                figures(month, provider, numerator, denominator));
    if (created.status() != 201) {
      throw new IllegalStateException("could not submit: " + created.body());
    }
    return created.object().getJsonNumber("id").longValue();
  }
}
