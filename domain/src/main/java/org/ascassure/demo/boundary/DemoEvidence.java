package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.boundary.EvidenceDetails;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.platform.control.Settings;

/**
 * The demo council's evidence bank: thirty items, E1 to E30 in this order (the demo self-assessment
 * cites them by these references), over all nine statements and four categories, with some drafts,
 * some past their review-by date and two withdrawn. Loaded once: a council that already has
 * evidence is left alone. Every text is invented for the fictional Fernshire.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoEvidence {

  private static final Logger LOG = Logger.getLogger(DemoEvidence.class.getName());

  private static final String PEOPLE = "PEOPLES_EXPERIENCE";
  private static final String STAFF = "STAFF_AND_LEADERS";
  private static final String PARTNERS = "PARTNERS";
  private static final String PROCESSES = "PROCESSES";

  private static final EvidenceStatus DRAFT = EvidenceStatus.DRAFT;
  private static final EvidenceStatus CURRENT = EvidenceStatus.CURRENT;

  /** One demo item; reviewBy null with a current status means "a year from today". */
  record Seed(
      String title,
      String description,
      Set<String> categories,
      Set<String> statements,
      String owner,
      LocalDate evidenceDate,
      LocalDate reviewBy,
      EvidenceStatus status,
      String link,
      String withdrawnBecause) {}

  private static final LocalDate EXPIRED_ON = LocalDate.of(2026, 3, 31);

  private static Seed item(
      String title,
      String description,
      Set<String> categories,
      Set<String> statements,
      String owner,
      LocalDate evidenceDate,
      EvidenceStatus status,
      String link) {
    return new Seed(
        title, description, categories, statements, owner, evidenceDate, null, status, link, null);
  }

  private static Seed expired(
      String title,
      String description,
      Set<String> categories,
      Set<String> statements,
      String owner,
      LocalDate evidenceDate) {
    return new Seed(
        title,
        description,
        categories,
        statements,
        owner,
        evidenceDate,
        EXPIRED_ON,
        CURRENT,
        null,
        null);
  }

  private static Seed withdrawn(Seed seed, String because) {
    return new Seed(
        seed.title(),
        seed.description(),
        seed.categories(),
        seed.statements(),
        seed.owner(),
        seed.evidenceDate(),
        seed.reviewBy(),
        seed.status(),
        seed.link(),
        because);
  }

  private static LocalDate on(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static final List<Seed> ITEMS =
      List.of(
          item( // E1
              "Adult social care front door: contacts and outcomes dashboard",
              "Monthly count of new contacts to the Fernshire Care Connect line, how many were"
                  + " resolved with information and advice, and how many went on to a Care Act"
                  + " assessment.",
              Set.of(PROCESSES),
              Set.of("QS1"),
              "Head of Customer Services and Early Help",
              on(2026, 9, 30),
              CURRENT,
              null),
          item( // E2
              "Care Act assessment experience survey 2025",
              "Postal and online survey of 412 people assessed between April and September 2025:"
                  + " 78% felt listened to, 64% said the wait was reasonable.",
              Set.of(PEOPLE),
              Set.of("QS1"),
              "Head of Quality and Practice",
              on(2025, 11, 14),
              CURRENT,
              "https://www.fernshire.example/adult-care/assessment-survey-2025"),
          item( // E3
              "Assessment waiting list and risk triage procedure",
              "How duty teams rate people waiting for an assessment red, amber or green, and how"
                  + " often each group is contacted while they wait.",
              Set.of(PROCESSES),
              Set.of("QS1"),
              "Head of Adult Operations",
              on(2026, 2, 2),
              CURRENT,
              null),
          expired( // E4
              "Practice audit of needs assessments, autumn 2025",
              "Themed audit of 60 assessments by senior practitioners: strengths-based recording"
                  + " was good in 41, carers' views were missing in 12.",
              Set.of(STAFF),
              Set.of("QS1"),
              "Principal Social Worker",
              on(2025, 10, 20)),
          item( // E5
              "Unpaid carers' feedback panel notes",
              "Notes of the quarterly panel where unpaid carers review carers' assessments and the"
                  + " carers' breaks offer.",
              Set.of(PEOPLE),
              Set.of("QS1", "QS3"),
              "Carers' Lead",
              on(2026, 7, 8),
              CURRENT,
              null),
          item( // E6
              "Prevention and wellbeing strategy 2024 to 2028",
              "The council's plan to prevent, reduce and delay the need for care, agreed by"
                  + " cabinet, with its yearly delivery milestones.",
              Set.of(PROCESSES),
              Set.of("QS2"),
              "Assistant Director, Prevention and Commissioning",
              on(2024, 6, 18),
              CURRENT,
              "https://www.fernshire.example/council/prevention-strategy"),
          item( // E7
              "Information and advice contract review with the voluntary sector",
              "Contract review of the three community information and advice providers, with"
                  + " partner comments on referral routes and demand.",
              Set.of(PARTNERS),
              Set.of("QS2"),
              "Commissioning Manager, Prevention",
              on(2026, 5, 12),
              CURRENT,
              null),
          item( // E8
              "Reablement outcomes: people still at home 91 days after discharge",
              "Quarterly figures for older people discharged from hospital into reablement and"
                  + " still living at home three months later, with their own comments.",
              Set.of(PEOPLE, PROCESSES),
              Set.of("QS2", "QS6"),
              "Head of Reablement",
              on(2026, 6, 30),
              CURRENT,
              null),
          item( // E9
              "Technology-enabled care pilot evaluation",
              "Early findings from the sensor and video-call pilot in two localities; not yet"
                  + " checked by the evaluation partner.",
              Set.of(STAFF),
              Set.of("QS2"),
              "Digital Care Lead",
              on(2026, 10, 1),
              DRAFT,
              null),
          expired( // E10
              "Equality impact assessment of the charging policy",
              "Assessment of how the non-residential charging policy affects disabled people of"
                  + " working age and people on low incomes.",
              Set.of(PROCESSES),
              Set.of("QS3"),
              "Head of Financial Assessments",
              on(2024, 9, 1)),
          item( // E11
              "Listening events with Gypsy, Roma and Traveller communities",
              "What people told us at four site visits about finding out about care, and the"
                  + " changes agreed in response.",
              Set.of(PEOPLE, PARTNERS),
              Set.of("QS3"),
              "Equalities and Engagement Officer",
              on(2026, 4, 22),
              CURRENT,
              null),
          item( // E12
              "Access to services by ethnicity and age, 2025/26",
              "Analysis comparing who asks for support with who receives long-term services,"
                  + " by ethnicity, age and locality, against the census population.",
              Set.of(PROCESSES),
              Set.of("QS3"),
              "Performance and Intelligence Manager",
              on(2026, 5, 31),
              CURRENT,
              null),
          item( // E13
              "Market position statement 2025",
              "The council's view of local care supply and demand to 2030, written for providers"
                  + " thinking of opening or growing services in Fernshire.",
              Set.of(PROCESSES),
              Set.of("QS4"),
              "Head of Commissioning",
              on(2025, 3, 10),
              CURRENT,
              "https://www.fernshire.example/business/market-position-statement"),
          expired( // E14
              "Care home provider forum feedback on the fee uplift",
              "Summary of providers' responses to the 2025/26 fee proposals, including the cost"
                  + " of care exercise.",
              Set.of(PARTNERS),
              Set.of("QS4"),
              "Head of Commissioning",
              on(2025, 2, 26)),
          item( // E15
              "Home care capacity tracker: weekly unmet hours",
              "Weekly hours of home care requested but not yet placed with a provider, by"
                  + " locality, since January 2025.",
              Set.of(PROCESSES),
              Set.of("QS4"),
              "Brokerage Team Manager",
              on(2026, 10, 31),
              CURRENT,
              null),
          withdrawn(
              item( // E16
                  "Direct payments users' survey",
                  "Survey of people who use a direct payment about the support they get to"
                      + " manage it.",
                  Set.of(PEOPLE),
                  Set.of("QS4", "QS6"),
                  "Self-directed Support Lead",
                  on(2025, 1, 20),
                  CURRENT,
                  null),
              "Only 38 replies, too few to rely on; the survey is being repeated."),
          item( // E17
              "Better Care Fund plan 2025/26 and section 75 agreement",
              "The joint plan with the integrated care board for pooled health and care money,"
                  + " and the legal agreement behind it.",
              Set.of(PARTNERS, PROCESSES),
              Set.of("QS5"),
              "Head of Integrated Commissioning",
              on(2025, 7, 1),
              CURRENT,
              "https://www.fernshire.example/council/better-care-fund"),
          item( // E18
              "Integrated neighbourhood team workshop outputs",
              "What community nurses, GPs' social prescribers and social workers said about"
                  + " working as one team in the northern locality.",
              Set.of(STAFF),
              Set.of("QS5"),
              "Locality Manager, North Fernshire",
              on(2026, 9, 17),
              DRAFT,
              null),
          item( // E19
              "Fernshire Community Partnership annual review",
              "Review by the partnership of voluntary groups, parish councils and faith groups of"
                  + " the community support they run with the council.",
              Set.of(PARTNERS),
              Set.of("QS5"),
              "Community Development Lead",
              on(2026, 3, 25),
              CURRENT,
              null),
          item( // E20
              "Hospital discharge pathway performance report",
              "Days from being medically fit to leaving hospital, by pathway, with the reasons"
                  + " for the longest delays.",
              Set.of(PROCESSES),
              Set.of("QS6"),
              "Head of Hospital Social Work",
              on(2026, 8, 31),
              CURRENT,
              null),
          expired( // E21
              "Preparing for adulthood transitions protocol",
              "How children's and adults' services plan together for young people from age 14,"
                  + " agreed by both directors.",
              Set.of(PROCESSES),
              Set.of("QS6"),
              "Transitions Team Manager",
              on(2024, 11, 5)),
          withdrawn(
              item( // E22
                  "Young people's experience of moving to adult services",
                  "Case reviews of six young people who moved to adult services in 2025.",
                  Set.of(PEOPLE),
                  Set.of("QS6"),
                  "Transitions Team Manager",
                  on(2026, 1, 15),
                  CURRENT,
                  null),
              "The reviews held details that could identify the young people; an anonymised"
                  + " summary will replace them."),
          item( // E23
              "Section 42 enquiry timeliness report",
              "How long safeguarding enquiries take from concern to outcome, by team, with the"
                  + " oldest open enquiries listed.",
              Set.of(PROCESSES),
              Set.of("QS7"),
              "Head of Safeguarding",
              on(2026, 9, 30),
              CURRENT,
              null),
          item( // E24
              "Safeguarding Adults Board annual report 2024/25",
              "The board's account of its priorities, partner audits and safeguarding adults"
                  + " reviews for the year.",
              Set.of(PARTNERS),
              Set.of("QS7"),
              "Safeguarding Adults Board Manager",
              on(2025, 9, 30),
              CURRENT,
              "https://www.fernshire.example/safeguarding-board/annual-report"),
          item( // E25
              "Making Safeguarding Personal outcomes feedback",
              "Whether people felt safer after an enquiry and whether the outcomes they wanted"
                  + " were achieved, asked at closure.",
              Set.of(PEOPLE),
              Set.of("QS7"),
              "Head of Safeguarding",
              on(2026, 6, 30),
              CURRENT,
              null),
          item( // E26
              "Adult social care risk register and assurance framework",
              "The directorate's risks, owners and controls, and how performance is reported to"
                  + " the leadership team and scrutiny.",
              Set.of(PROCESSES),
              Set.of("QS8"),
              "Assistant Director, Quality and Governance",
              on(2026, 10, 15),
              CURRENT,
              null),
          expired( // E27
              "Workforce strategy and staff survey results 2025",
              "Vacancy and turnover rates, the social work health check and what staff said"
                  + " about workload and supervision.",
              Set.of(STAFF),
              Set.of("QS8"),
              "Workforce Development Manager",
              on(2025, 5, 30)),
          item( // E28
              "Adult social care savings tracker",
              "Progress on the medium-term financial plan's savings for adult social care; being"
                  + " reconciled with the finance ledger.",
              Set.of(PROCESSES),
              Set.of("QS8"),
              "Finance Business Partner, Adults",
              on(2026, 10, 31),
              DRAFT,
              null),
          item( // E29
              "Learning from complaints: quarterly themes",
              "Themes from complaints and compliments, what changed as a result, and how many"
                  + " complaints were upheld.",
              Set.of(PEOPLE, STAFF),
              Set.of("QS9"),
              "Customer Feedback Manager",
              on(2026, 9, 30),
              CURRENT,
              "https://www.fernshire.example/council/complaints-annual-report"),
          item( // E30
              "Regional peer challenge feedback letter",
              "Letter from the regional peer challenge team after their three-day visit, with"
                  + " strengths and five recommendations.",
              Set.of(PARTNERS, STAFF),
              Set.of("QS8", "QS9"),
              "Assistant Director, Quality and Governance",
              on(2026, 2, 27),
              CURRENT,
              null));

  @Inject Settings settings;

  @Inject Councils councils;

  @Inject EvidenceBank bank;

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested() || settings.isProduction()) {
      return;
    }
    Council fernshire = councils.findByOnsCode(DemoData.ONS_CODE).orElse(null);
    if (fernshire == null || !bank.allOfCouncil(fernshire.getId()).isEmpty()) {
      return;
    }
    LocalDate inAYear = LocalDate.now(EvidenceItem.UK).plusYears(1);
    for (Seed seed : ITEMS) {
      EvidenceItem item =
          bank.create(
              fernshire.getId(),
              new EvidenceDetails(
                  seed.title(),
                  seed.description(),
                  seed.categories(),
                  seed.statements(),
                  seed.owner(),
                  seed.evidenceDate(),
                  seed.reviewBy() == null && seed.status() == CURRENT ? inAYear : seed.reviewBy(),
                  seed.status(),
                  seed.link()));
      if (seed.withdrawnBecause() != null) {
        bank.withdraw(item.getId(), item.getVersion(), seed.withdrawnBecause());
      }
    }
    LOG.info("ASC Assure demo evidence bank loaded: E1 to E" + ITEMS.size() + ".");
  }
}
