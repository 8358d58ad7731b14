package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.kpi.boundary.Kpis;
import org.ascassure.kpi.boundary.SubmissionDetails;
import org.ascassure.kpi.entity.Dimension;
import org.ascassure.kpi.entity.Direction;
import org.ascassure.kpi.entity.Frequency;
import org.ascassure.kpi.entity.Kpi;
import org.ascassure.kpi.entity.KpiDefinition;
import org.ascassure.kpi.entity.KpiKind;
import org.ascassure.kpi.entity.KpiSubmission;
import org.ascassure.kpi.entity.Period;
import org.ascassure.kpi.entity.Reporter;
import org.ascassure.platform.control.Settings;

/**
 * Fernshire's home-care KPIs: seven measures for three lots and eight providers, with figures for
 * about a year up to the last complete period - mostly on target, some amber and red, a few never
 * reported and one corrected. The figures come from a fixed seed, so every start loads the same
 * spread (relative to today). Loaded once: a council that has KPIs is left alone. All names and
 * texts are invented.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoKpis {

  private static final Logger LOG = Logger.getLogger(DemoKpis.class.getName());

  private static final String NORTH = "Lot 1 North";
  private static final String VALE = "Lot 2 Vale";
  private static final String COAST = "Lot 3 Coast";

  /** Each provider with how far its usual performance sits from target, in percentage points. */
  record Provider(Reporter reporter, double form) {}

  static final List<Provider> PROVIDERS =
      List.of(
          new Provider(new Reporter(NORTH, "Heathway Care"), 4),
          new Provider(new Reporter(NORTH, "Briars Homecare"), 1),
          new Provider(new Reporter(NORTH, "Kestrel Home Care"), -7),
          new Provider(new Reporter(VALE, "Oakdene Support"), 3),
          new Provider(new Reporter(VALE, "Millbrook Care at Home"), -2),
          new Provider(new Reporter(VALE, "Willowbank Support"), 2),
          new Provider(new Reporter(COAST, "Saltmarsh Community Care"), -4),
          new Provider(new Reporter(COAST, "Tanner's Lane Care"), 0));

  /** One demo KPI: how it is defined and how many periods of figures it gets. */
  record Seed(KpiDefinition definition, int periods, int volume) {}

  private static Seed seed(
      String name,
      String description,
      String target,
      String tolerance,
      Frequency frequency,
      Dimension dimension,
      List<Reporter> reporters,
      String exclusions,
      int periods,
      int volume) {
    return new Seed(
        new KpiDefinition(
            name,
            description,
            null,
            KpiKind.RATIO,
            Direction.HIGHER_IS_BETTER,
            new BigDecimal(target),
            tolerance == null ? null : new BigDecimal(tolerance),
            frequency,
            null,
            dimension,
            reporters,
            exclusions),
        periods,
        volume);
  }

  private static List<Reporter> all() {
    return PROVIDERS.stream().map(Provider::reporter).toList();
  }

  private static List<Reporter> north() {
    return PROVIDERS.stream().map(Provider::reporter).filter(r -> r.lot().equals(NORTH)).toList();
  }

  static final List<Seed> SEEDS =
      List.of(
          seed(
              "Referrals that became care starts",
              "Of the referrals brokered to the framework's providers, how many turned into care"
                  + " that actually began. One figure for the whole framework.",
              "95",
              "3",
              Frequency.FOUR_WEEKLY,
              Dimension.COMBINED,
              List.of(),
              null,
              14,
              260),
          seed(
              "Start date agreed by the next working day",
              "Referrals for which the provider confirmed a start date no later than one working"
                  + " day after the brokerage team sent the referral.",
              "80",
              "5",
              Frequency.MONTHLY,
              Dimension.PROVIDER,
              all(),
              "Only standard packages; referrals whose delay the council agreed in advance are"
                  + " left out.",
              13,
              40),
          seed(
              "Care begun within 72 hours of referral",
              "Referrals where the first visit took place within three days of the referral.",
              "80",
              "5",
              Frequency.MONTHLY,
              Dimension.PROVIDER,
              all(),
              "Only standard packages; referrals whose delay the council agreed in advance are"
                  + " left out.",
              13,
              40),
          seed(
              "Urgent referrals begun within 48 hours",
              "Referrals marked urgent (for example a hospital discharge) where care began within"
                  + " two days.",
              "98",
              "2",
              Frequency.MONTHLY,
              Dimension.PROVIDER,
              all(),
              null,
              13,
              12),
          seed(
              "Provider-led reviews up to date",
              "People supported whose review by the provider has been held by its due date.",
              "95",
              "5",
              Frequency.QUARTERLY,
              Dimension.PROVIDER,
              all(),
              null,
              5,
              90),
          seed(
              "Outcomes check current (North lot)",
              "People in the North lot whose personal outcomes check has been completed and is"
                  + " not out of date.",
              "75",
              "5",
              Frequency.QUARTERLY,
              Dimension.PROVIDER,
              north(),
              "People who chose not to take part in outcomes monitoring.",
              5,
              90),
          seed(
              "Planned visits delivered",
              "Scheduled care visits that went ahead as planned.",
              "98",
              "1",
              Frequency.MONTHLY,
              Dimension.PROVIDER,
              all(),
              "Visits the person cancelled, or missed because they were not at home.",
              13,
              1800));

  @Inject Settings settings;

  @Inject Councils councils;

  @Inject Kpis kpis;

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested() || settings.isProduction()) {
      return;
    }
    Council fernshire = councils.findByOnsCode(DemoData.ONS_CODE).orElse(null);
    if (fernshire == null || !kpis.ofCouncil(fernshire.getId()).isEmpty()) {
      return;
    }
    Random random = new Random(20_260_401L);
    int figures = 0;
    for (int k = 0; k < SEEDS.size(); k++) {
      Seed seed = SEEDS.get(k);
      Kpi kpi = kpis.define(fernshire.getId(), seed.definition());
      List<Period> periods = new ArrayList<>();
      Period period = kpi.lastCompletePeriod(Kpis.today());
      for (int i = 0; i < seed.periods(); i++) {
        periods.add(0, period);
        period = kpi.getFrequency().previous(period, kpi.getAnchorDate());
      }
      double target = seed.definition().target().doubleValue();
      for (int p = 0; p < periods.size(); p++) {
        boolean latest = p == periods.size() - 1;
        for (Provider provider : reportersOf(kpi)) {
          if (missing(k, provider, latest, random)) {
            continue;
          }
          // drift: a slow improvement over the year, plus the provider's form and some noise
          double rate =
              target + provider.form() + (p - periods.size()) * 0.15 + random.nextGaussian() * 3;
          int denominator = (int) Math.max(3, seed.volume() * (0.7 + random.nextDouble() * 0.6));
          int numerator =
              (int) Math.min(denominator, Math.max(0, Math.round(denominator * rate / 100)));
          KpiSubmission submission =
              kpis.submit(
                  kpi.getId(),
                  new SubmissionDetails(
                      periods.get(p).start(),
                      periods.get(p).end(),
                      provider.reporter().lot(),
                      provider.reporter().provider(),
                      BigDecimal.valueOf(numerator),
                      BigDecimal.valueOf(denominator),
                      null,
                      null));
          figures++;
          if (k == 2 && latest && provider.reporter().provider().equals("Heathway Care")) {
            kpis.correct(
                submission.getId(),
                submission.getVersion(),
                new SubmissionDetails(
                    null,
                    null,
                    null,
                    null,
                    BigDecimal.valueOf(Math.max(0, numerator - 4)),
                    BigDecimal.valueOf(denominator),
                    null,
                    "Four starts were counted twice in the first return; corrected after the"
                        + " contract review meeting."));
          }
        }
      }
    }
    LOG.info("ASC Assure demo KPIs loaded: " + SEEDS.size() + " KPIs, " + figures + " figures.");
  }

  private static List<Provider> reportersOf(Kpi kpi) {
    if (kpi.getDimension() == Dimension.COMBINED) {
      return List.of(new Provider(Reporter.ALL, 0));
    }
    return PROVIDERS.stream().filter(p -> kpi.getReporters().contains(p.reporter())).toList();
  }

  /**
   * Tanner's Lane has not sent its latest monthly figures; now and then a provider skips a period.
   */
  private static boolean missing(int k, Provider provider, boolean latest, Random random) {
    boolean late =
        latest && provider.reporter().provider().equals("Tanner's Lane Care") && (k == 2 || k == 6);
    return late || (k > 0 && random.nextInt(40) == 0);
  }
}
