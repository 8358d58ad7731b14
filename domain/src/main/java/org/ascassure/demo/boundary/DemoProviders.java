package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.control.Settings;
import org.ascassure.provider.boundary.FindingThemes;
import org.ascassure.provider.boundary.Providers;
import org.ascassure.provider.entity.FindingTheme;
import org.ascassure.provider.entity.Provider;
import org.ascassure.provider.entity.ProviderDetails;
import org.ascassure.provider.entity.Rating;
import org.ascassure.provider.entity.Sector;
import org.ascassure.provider.entity.ServiceType;

/**
 * The demo council's provider market: forty invented locations across Fernshire with ratings from
 * 2023 to 2026 — most Good, a few Outstanding, some that fell, some not inspected for years, a few
 * new and not yet rated — so the share sits near the 80% target. Also three support episodes and a
 * handful of inspection issues. Loaded once: a council that already has providers is left alone.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoProviders {

  private static final Logger LOG = Logger.getLogger(DemoProviders.class.getName());

  /** id, name, type, council-run, contracted, area, registered, ratings ("2024-03-01 G ..."). */
  record Seed(
      String id,
      String name,
      ServiceType type,
      boolean councilRun,
      boolean contracted,
      String area,
      String registered,
      String ratings) {}

  private static final ServiceType RES = ServiceType.CARE_HOME_RESIDENTIAL;
  private static final ServiceType NUR = ServiceType.CARE_HOME_NURSING;
  private static final ServiceType HOME = ServiceType.HOME_CARE;
  private static final ServiceType SL = ServiceType.SUPPORTED_LIVING;
  private static final ServiceType EXTRA = ServiceType.EXTRA_CARE;

  static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "1-9900000001",
              "Bracken Rise Care Home",
              RES,
              false,
              true,
              "Brackenford",
              "2011-06-01",
              "2023-03-14 G 2025-04-02 G"),
          new Seed(
              "1-9900000002",
              "The Larches Nursing Home",
              NUR,
              false,
              true,
              "Fernbridge",
              "2009-02-10",
              "2023-05-22 R 2024-08-19 G"),
          new Seed(
              "1-9900000003",
              "Hollin Vale House",
              RES,
              false,
              true,
              "Hollin Vale",
              "2014-09-01",
              "2023-01-30 G 2025-10-07 R"),
          new Seed(
              "1-9900000004",
              "Kestow Court",
              NUR,
              false,
              false,
              "Kestow",
              "2012-04-16",
              "2022-11-08 G"),
          new Seed(
              "1-9900000005",
              "Marlcombe Lodge",
              RES,
              false,
              true,
              "Marlcombe",
              "2016-07-04",
              "2023-09-12 O"),
          new Seed(
              "1-9900000006",
              "Tamsey Meadows",
              NUR,
              false,
              true,
              "Tamsey",
              "2010-01-20",
              "2023-06-06 I 2024-02-27 R 2025-01-15 G"),
          new Seed(
              "1-9900000007",
              "Westerleigh Grange",
              RES,
              false,
              false,
              "Westerleigh",
              "2013-03-03",
              "2024-04-18 G"),
          new Seed(
              "1-9900000008",
              "Upper Fern Manor",
              NUR,
              false,
              true,
              "Upper Fern",
              "2008-10-10",
              "2023-02-02 G 2026-03-11 R"),
          new Seed(
              "1-9900000009",
              "Sedge Hill Residential Home",
              RES,
              false,
              true,
              "Brackenford",
              "2015-05-05",
              "2024-07-09 G"),
          new Seed(
              "1-9900000010",
              "Orchard View",
              RES,
              false,
              false,
              "Fernbridge",
              "2017-08-21",
              "2023-11-29 G"),
          new Seed(
              "1-9900000011",
              "Fernshire Reablement at Home",
              HOME,
              true,
              true,
              "Countywide",
              "2012-01-09",
              "2023-04-17 G 2025-06-23 O"),
          new Seed(
              "1-9900000012",
              "Brightwell Home Care",
              HOME,
              false,
              true,
              "Kestow",
              "2018-02-12",
              "2023-08-08 R 2024-11-05 G"),
          new Seed(
              "1-9900000013",
              "Kind Hands Domiciliary Care",
              HOME,
              false,
              true,
              "Marlcombe",
              "2019-06-17",
              "2024-01-22 G"),
          new Seed(
              "1-9900000014",
              "Tamsey Valley Carers",
              HOME,
              false,
              false,
              "Tamsey",
              "2016-11-01",
              "2023-03-28 G 2025-09-16 R"),
          new Seed(
              "1-9900000015",
              "Hearth and Home Support",
              HOME,
              false,
              true,
              "Fernbridge",
              "2020-03-02",
              "2023-07-19 G"),
          new Seed(
              "1-9900000016",
              "Westerleigh Community Care",
              HOME,
              false,
              true,
              "Westerleigh",
              "2017-09-25",
              "2024-05-30 G"),
          new Seed(
              "1-9900000017",
              "Steady Steps Home Care",
              HOME,
              false,
              false,
              "Upper Fern",
              "2021-01-11",
              "2023-02-20 R 2024-06-12 I 2025-05-08 R"),
          new Seed(
              "1-9900000018",
              "Meadowsweet Care at Home",
              HOME,
              false,
              true,
              "Hollin Vale",
              "2018-08-06",
              "2024-10-01 G"),
          new Seed(
              "1-9900000019",
              "Fernbridge Visiting Care",
              HOME,
              false,
              true,
              "Fernbridge",
              "2015-04-13",
              "2023-10-10 O"),
          new Seed(
              "1-9900000020",
              "Coombe Lane Carers",
              HOME,
              false,
              false,
              "Marlcombe",
              "2024-09-02",
              ""),
          new Seed(
              "1-9900000021",
              "Willow Walk Supported Living",
              SL,
              false,
              true,
              "Kestow",
              "2014-02-17",
              "2023-05-03 G 2025-07-21 G"),
          new Seed(
              "1-9900000022",
              "Quarry Lane Flats",
              SL,
              false,
              true,
              "Brackenford",
              "2019-10-14",
              "2024-03-06 G"),
          new Seed(
              "1-9900000023",
              "Stepping Stones Living",
              SL,
              false,
              false,
              "Tamsey",
              "2016-06-27",
              "2023-12-04 R"),
          new Seed(
              "1-9900000024",
              "The Cobbles",
              SL,
              true,
              true,
              "Upper Fern",
              "2011-12-05",
              "2023-01-16 G"),
          new Seed(
              "1-9900000025",
              "Riverside Independent Living",
              SL,
              false,
              true,
              "Fernbridge",
              "2020-05-18",
              "2024-08-27 O"),
          new Seed(
              "1-9900000026",
              "Harbour Street Supported Living",
              SL,
              false,
              false,
              "Westerleigh",
              "2025-06-09",
              ""),
          new Seed(
              "1-9900000027",
              "Linden Extra Care Court",
              EXTRA,
              false,
              true,
              "Hollin Vale",
              "2015-09-07",
              "2023-06-26 G 2025-11-03 G"),
          new Seed(
              "1-9900000028",
              "Beacon Gardens",
              EXTRA,
              true,
              true,
              "Kestow",
              "2018-04-23",
              "2024-02-12 G"),
          new Seed(
              "1-9900000029",
              "St Aldhelm's Court",
              EXTRA,
              false,
              true,
              "Marlcombe",
              "2013-10-28",
              "2023-04-04 G"),
          new Seed(
              "1-9900000030",
              "Fernbridge Day and Respite Centre",
              ServiceType.OTHER,
              true,
              true,
              "Fernbridge",
              "2010-07-12",
              "2023-09-25 G"),
          new Seed(
              "1-9900000031",
              "Ashcombe House",
              RES,
              false,
              true,
              "Tamsey",
              "2012-05-14",
              "2023-08-15 G 2025-02-24 R 2026-06-02 G"),
          new Seed(
              "1-9900000032",
              "Primrose Bank Nursing Home",
              NUR,
              false,
              true,
              "Brackenford",
              "2009-09-09",
              "2023-10-30 R"),
          new Seed(
              "1-9900000033",
              "Heron's Reach",
              RES,
              false,
              false,
              "Westerleigh",
              "2019-01-07",
              "2024-09-17 G"),
          new Seed(
              "1-9900000034",
              "Elmcroft Nursing Centre",
              NUR,
              false,
              true,
              "Hollin Vale",
              "2011-03-21",
              "2024-12-09 G"),
          new Seed(
              "1-9900000035",
              "Whitestone Lodge",
              RES,
              false,
              true,
              "Upper Fern",
              "2014-08-04",
              "2023-03-06 G 2026-01-20 G"),
          new Seed(
              "1-9900000036",
              "Saltmarsh House",
              RES,
              false,
              false,
              "Marlcombe",
              "2018-11-19",
              "2023-12-18 G"),
          new Seed(
              "1-9900000037",
              "Kestow Park Nursing Home",
              NUR,
              false,
              true,
              "Kestow",
              "2013-06-03",
              "2023-07-03 G 2026-04-14 I"),
          new Seed(
              "1-9900000038",
              "Thornbury Residential Home",
              RES,
              false,
              true,
              "Brackenford",
              "2010-02-15",
              "2024-06-24 G"),
          new Seed(
              "1-9900000039",
              "Greenacres Nursing Home",
              NUR,
              false,
              true,
              "Fernbridge",
              "2008-05-19",
              "2023-05-15 G"),
          new Seed(
              "1-9900000040",
              "Ivydene Care Home",
              RES,
              false,
              false,
              "Tamsey",
              "2007-04-02",
              "2023-02-13 R"));

  /** Closed in 2025: counted in earlier quarters only. */
  private static final Map<String, LocalDate> DEREGISTERED =
      Map.of("1-9900000040", LocalDate.of(2025, 8, 31));

  @Inject Settings settings;

  @Inject Councils councils;

  @Inject Providers providers;

  @Inject FindingThemes themes;

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested() || settings.isProduction()) {
      return;
    }
    Council fernshire = councils.findByOnsCode(DemoData.ONS_CODE).orElse(null);
    if (fernshire == null || !providers.allOfCouncil(fernshire.getId()).isEmpty()) {
      return;
    }
    long council = fernshire.getId();
    Map<String, Provider> byId = new HashMap<>();
    for (Seed seed : SEEDS) {
      Provider provider =
          providers.create(
              council,
              new ProviderDetails(
                  seed.id(),
                  seed.name(),
                  seed.type(),
                  seed.councilRun() ? Sector.COUNCIL_RUN : Sector.INDEPENDENT,
                  seed.contracted(),
                  seed.area(),
                  LocalDate.parse(seed.registered()),
                  DEREGISTERED.get(seed.id())));
      String[] parts = seed.ratings().isBlank() ? new String[0] : seed.ratings().split(" ");
      for (int i = 0; i < parts.length; i += 2) {
        providers.rate(provider.getId(), LocalDate.parse(parts[i]), rating(parts[i + 1]), Map.of());
      }
      byId.put(seed.id(), provider);
    }
    providers.startEpisode(
        byId.get("1-9900000006").getId(),
        "Care Home Quality Improvement Team",
        LocalDate.of(2023, 7, 3),
        LocalDate.of(2024, 12, 20),
        "Weekly visits after the Inadequate rating: medicines rounds, care plans, a new manager's"
            + " induction.");
    providers.startEpisode(
        byId.get("1-9900000012").getId(),
        "Home Care Market Support",
        LocalDate.of(2023, 9, 4),
        LocalDate.of(2024, 9, 30),
        "Call monitoring and rota planning support.");
    providers.startEpisode(
        byId.get("1-9900000003").getId(),
        "Care Home Quality Improvement Team",
        LocalDate.of(2025, 10, 20),
        null,
        "Started after the Requires improvement rating; focus on staffing and leadership.");
    List<FindingTheme> list = themes.themes(council);
    record(
        byId,
        list,
        "1-9900000003",
        0,
        "2025-10-07",
        "Medicines given covertly without a best-interests record.");
    record(
        byId,
        list,
        "1-9900000003",
        10,
        "2025-10-07",
        "Night staffing below the assessed level on two of five nights sampled.");
    record(
        byId,
        list,
        "1-9900000008",
        0,
        "2026-03-11",
        "Topical creams without body maps or application records.");
    record(byId, list, "1-9900000008", 4, "2026-03-11", "Sluice rooms unlocked and cluttered.");
    record(
        byId,
        list,
        "1-9900000014",
        7,
        "2025-09-16",
        "Care plans not updated after hospital discharge.");
    record(
        byId,
        list,
        "1-9900000037",
        8,
        "2026-04-14",
        "Falls not reviewed for patterns; no learning recorded.");
    record(
        byId,
        list,
        "1-9900000037",
        9,
        "2026-04-14",
        "Bed rails used without mental capacity assessments.");
    record(
        byId,
        list,
        "1-9900000037",
        0,
        "2026-04-14",
        "Time-critical medicines given late on several days.");
    LOG.info("ASC Assure demo providers loaded: " + SEEDS.size() + " locations.");
  }

  private void record(
      Map<String, Provider> byId,
      List<FindingTheme> list,
      String provider,
      int theme,
      String on,
      String text) {
    themes.record(byId.get(provider).getId(), list.get(theme).getId(), LocalDate.parse(on), text);
  }

  private static Rating rating(String code) {
    return switch (code) {
      case "O" -> Rating.OUTSTANDING;
      case "G" -> Rating.GOOD;
      case "R" -> Rating.REQUIRES_IMPROVEMENT;
      case "I" -> Rating.INADEQUATE;
      default -> Rating.NOT_YET_RATED;
    };
  }
}
